// The indicator vocabulary: names, parsing (incl. legacy actions), families, tabs, hash
// strength, actions allowed per type, categories and MITRE ids.

#include "engine/indicator.h"

#include <QTest>

using namespace indicia;

Q_DECLARE_METATYPE(indicia::IndicatorType)
Q_DECLARE_METATYPE(indicia::Action)

namespace {
QByteArray bytes(std::string_view text) { return QByteArray(text.data(), qsizetype(text.size())); }
std::string_view view(const QByteArray& text) { return {text.constData(), std::size_t(text.size())}; }
} // namespace

class TestIndicatorRules : public QObject {
    Q_OBJECT

private slots:
    void typeNames_data();
    void typeNames();
    void parseType_data();
    void parseType();
    void parseAction_data();
    void parseAction();
    void severityRoundTrip();
    void allowedActions_data();
    void allowedActions();
    void hashStrengthOrder();
    void categories_data();
    void categories();
    void mitre_data();
    void mitre();
};

void TestIndicatorRules::typeNames_data()
{
    QTest::addColumn<IndicatorType>("type");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("tab");
    QTest::addColumn<bool>("isHash");
    QTest::addColumn<int>("strength");

    using F = IndicatorFamily;
    using K = TabKind;
    auto row = [](const char* tag, IndicatorType type, const char* name, F family, K tab, bool hash, int strength) {
        QTest::newRow(tag) << type << QByteArray(name) << int(family) << int(tab) << hash << strength;
    };
    row("sha1", IndicatorType::FileSha1, "FileSha1", F::File, K::FileHashes, true, 2);
    row("sha256", IndicatorType::FileSha256, "FileSha256", F::File, K::FileHashes, true, 3);
    row("md5", IndicatorType::FileMd5, "FileMd5", F::File, K::FileHashes, true, 1);
    row("cert", IndicatorType::CertificateThumbprint, "CertificateThumbprint", F::Certificate, K::Certificates, false, 0);
    row("ip", IndicatorType::IpAddress, "IpAddress", F::Network, K::IpAddresses, false, 0);
    row("domain", IndicatorType::DomainName, "DomainName", F::Network, K::UrlsDomains, false, 0);
    row("url", IndicatorType::Url, "Url", F::Network, K::UrlsDomains, false, 0);
    row("range", IndicatorType::IpRange, "IpRange", F::Network, K::IpAddresses, false, 0);
}

void TestIndicatorRules::typeNames()
{
    QFETCH(IndicatorType, type);
    QFETCH(QByteArray, name);
    QFETCH(int, family);
    QFETCH(int, tab);
    QFETCH(bool, isHash);
    QFETCH(int, strength);

    QCOMPARE(bytes(toString(type)), name);
    QCOMPARE(parseIndicatorType(view(name)), std::optional(type));
    QVERIFY(!displayName(type).empty());
    QCOMPARE(int(familyOf(type)), family);
    QCOMPARE(int(tabOf(type)), tab);
    QCOMPARE(isHashType(type), isHash);
    QCOMPARE(hashStrength(type), strength);
}

void TestIndicatorRules::parseType_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected"); // "" = not parsed

    QTest::newRow("exact") << QByteArray("FileSha256") << QByteArray("FileSha256");
    QTest::newRow("lower") << QByteArray("filesha1") << QByteArray("FileSha1");
    QTest::newRow("upper") << QByteArray("DOMAINNAME") << QByteArray("DomainName");
    QTest::newRow("trailing space") << QByteArray("Url ") << QByteArray("Url");
    QTest::newRow("tab and cr") << QByteArray("\tIpAddress\r") << QByteArray("IpAddress");
    QTest::newRow("unknown") << QByteArray("WebCategory") << QByteArray();
    QTest::newRow("empty") << QByteArray("") << QByteArray();
    QTest::newRow("display name is not api name") << QByteArray("SHA-256") << QByteArray();
}

void TestIndicatorRules::parseType()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const std::optional<IndicatorType> type = parseIndicatorType(view(text));
    QCOMPARE(type ? bytes(toString(*type)) : QByteArray(), expected);
}

void TestIndicatorRules::parseAction_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<bool>("impliesAlert");

    QTest::newRow("allowed") << QByteArray("Allowed") << true << Action::Allowed << false << false;
    QTest::newRow("audit") << QByteArray("Audit") << true << Action::Audit << false << false;
    QTest::newRow("warn lower") << QByteArray("warn") << true << Action::Warn << false << false;
    QTest::newRow("block trailing space mde csv") << QByteArray("Block ") << true << Action::Block << false << false;
    QTest::newRow("bar upper") << QByteArray("BLOCKANDREMEDIATE") << true << Action::BlockAndRemediate << false << false;
    QTest::newRow("legacy alert") << QByteArray("Alert") << true << Action::Audit << true << true;
    QTest::newRow("legacy alertandblock") << QByteArray("alertandblock") << true << Action::BlockAndRemediate << true << true;
    QTest::newRow("unknown") << QByteArray("Quarantine") << false << Action::Block << false << false;
    QTest::newRow("empty") << QByteArray() << false << Action::Block << false << false;
}

void TestIndicatorRules::parseAction()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(Action, action);
    QFETCH(bool, legacy);
    QFETCH(bool, impliesAlert);

    const std::optional<ParsedAction> parsed = indicia::parseAction(view(text));
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(bytes(toString(parsed->action)), bytes(toString(action)));
    QCOMPARE(parsed->legacy, legacy);
    QCOMPARE(parsed->impliesAlert, impliesAlert);
    if (!legacy)
        QCOMPARE(bytes(toString(indicia::parseAction(toString(action))->action)), bytes(toString(action)));
}

void TestIndicatorRules::severityRoundTrip()
{
    for (Severity severity : kAllSeverities) {
        QCOMPARE(parseSeverity(toString(severity)), std::optional(severity));
        QCOMPARE(parseSeverity(bytes(toString(severity)).toLower().toStdString()), std::optional(severity));
    }
    QCOMPARE(parseSeverity("Critical"), std::nullopt);
    QCOMPARE(parseSeverity(""), std::nullopt);
}

void TestIndicatorRules::allowedActions_data()
{
    QTest::addColumn<IndicatorType>("type");
    QTest::addColumn<QByteArrayList>("allowed");

    const QByteArrayList all{"Allowed", "Audit", "Warn", "Block", "BlockAndRemediate"};
    const QByteArrayList network{"Allowed", "Audit", "Warn", "Block"};
    QTest::newRow("sha1") << IndicatorType::FileSha1 << all;
    QTest::newRow("sha256") << IndicatorType::FileSha256 << all;
    QTest::newRow("md5") << IndicatorType::FileMd5 << all;
    QTest::newRow("cert") << IndicatorType::CertificateThumbprint << QByteArrayList{"Allowed", "BlockAndRemediate"};
    QTest::newRow("ip") << IndicatorType::IpAddress << network;
    QTest::newRow("domain") << IndicatorType::DomainName << network;
    QTest::newRow("url") << IndicatorType::Url << network;
    QTest::newRow("range") << IndicatorType::IpRange << network;
}

void TestIndicatorRules::allowedActions()
{
    QFETCH(IndicatorType, type);
    QFETCH(QByteArrayList, allowed);

    QByteArrayList actual;
    for (Action action : indicia::allowedActions(type))
        actual << bytes(toString(action));
    QCOMPARE(actual, allowed);
    for (Action action : kAllActions)
        QCOMPARE(isActionAllowed(type, action), allowed.contains(bytes(toString(action))));
}

void TestIndicatorRules::hashStrengthOrder()
{
    QVERIFY(hashStrength(IndicatorType::FileSha256) > hashStrength(IndicatorType::FileSha1));
    QVERIFY(hashStrength(IndicatorType::FileSha1) > hashStrength(IndicatorType::FileMd5));
    QVERIFY(hashStrength(IndicatorType::FileMd5) > hashStrength(IndicatorType::CertificateThumbprint));
}

void TestIndicatorRules::categories_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("known");

    for (const char* name : {"Malware", "UnwantedSoftware", "Ransomware", "CommandandControl", "LateralMovement",
                             "Persistence", "PrivilegeEscalation", "SuspiciousActivity", "Exploit", "InitialAccess",
                             "Execution", "Exfiltration", "Collection", "CredentialAccess", "DefenseEvasion",
                             "Discovery", "Impact", "None"}) {
        QTest::newRow(name) << QByteArray(name) << true;
    }
    QTest::newRow("CommandAndControl spelled otherwise") << QByteArray("CommandAndControl") << false;
    QTest::newRow("lower case") << QByteArray("malware") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("trailing space") << QByteArray("Malware ") << false;
}

void TestIndicatorRules::categories()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, known);
    QCOMPARE(isKnownCategory(view(name)), known);
    QCOMPARE(knownCategories().size(), std::size_t(18));
}

void TestIndicatorRules::mitre_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("technique") << QByteArray("T1059") << true;
    QTest::newRow("sub-technique") << QByteArray("T1059.001") << true;
    QTest::newRow("template T0000") << QByteArray("T0000") << true;
    QTest::newRow("template T1046") << QByteArray("T1046") << true;
    QTest::newRow("lower t") << QByteArray("t1059") << false;
    QTest::newRow("three digits") << QByteArray("T105") << false;
    QTest::newRow("five digits") << QByteArray("T10590") << false;
    QTest::newRow("short sub") << QByteArray("T1059.01") << false;
    QTest::newRow("long sub") << QByteArray("T1059.0011") << false;
    QTest::newRow("tactic id") << QByteArray("TA0001") << false;
    QTest::newRow("space") << QByteArray(" T1059") << false;
    QTest::newRow("trailing dot") << QByteArray("T1059.") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestIndicatorRules::mitre()
{
    QFETCH(QByteArray, id);
    QFETCH(bool, valid);
    QCOMPARE(isMitreTechniqueId(view(id)), valid);
}

QTEST_APPLESS_MAIN(TestIndicatorRules)
#include "test_indicator_rules.moc"
