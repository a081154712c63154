// Known-good lists: every MISP warninglist in the shared data loads with its exact entry
// count; each kind of match (CIDR inside, range covering, IPv6, subdomain, leading dot,
// URL host, hash case, matching_attributes) on the real lists and on crafted ones; the
// bundled resources/warninglists directory; and the warning SourceReader adds to a row.

#include "engine/codec/format_codes.h"
#include "engine/codec/source_reader.h"
#include "engine/timeutil.h"
#include "engine/warninglist/known_good.h"
#include "engine/warninglist/known_values.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace indicia;

namespace {

const std::string kMispLists = std::string(INDICIA_SHARED_DATA) + "/ioc_lists/misp-warninglists";
const std::string kBundled = std::string(INDICIA_TEST_DATA) + "/../../../resources/warninglists";

QString str(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

// "list name [entry]" of the hit, or "none".
QString hitOf(const KnownGood& lists, IndicatorType type, std::string_view value)
{
    const auto hit = lists.check(type, value);
    return hit ? str(hit->list->name) + u" [" + str(hit->entry) + u']' : QStringLiteral("none");
}

WarningList crafted(WarningListKind kind, std::uint32_t typeMask, std::vector<std::string> entries)
{
    WarningList list;
    list.name = "crafted";
    list.kind = kind;
    list.typeMask = typeMask;
    list.entries = std::move(entries);
    return list;
}

constexpr std::uint32_t bit(IndicatorType type) { return 1u << unsigned(type); }

} // namespace

class TestWarninglist : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMispListLoads_data();
    void everyMispListLoads();
    void matches_data();
    void matches();
    void leadingDotAndHostnameLists();
    void substringAndRegexLists();
    void nestedRangesNameTheNarrowest();
    void matchingAttributesLimitTypes();
    void bundledDirectory();
    void userDirectoryReportsBadFiles();
    void sourceReaderAddsWarnings();
    void wellKnownValuesAreNamed_data();
    void wellKnownValuesAreNamed();
    void knownValueDigestsMatchTheirContents();

private:
    KnownGood misp_;
};

void TestWarninglist::initTestCase()
{
    QVERIFY(misp_.loadDirectory(kMispLists).empty());
    QCOMPARE(int(misp_.listCount()), 13);
}

void TestWarninglist::everyMispListLoads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("kind");
    auto row = [](const char* file, int entries, WarningListKind kind) { QTest::newRow(file) << QString::fromUtf8(file) << entries << int(kind); };
    row("cisco_top1000.json", 1000, WarningListKind::String);
    row("cloudflare.json", 22, WarningListKind::Cidr);
    row("common-ioc-false-positive.json", 69, WarningListKind::String);
    row("crl-hostname.json", 222, WarningListKind::String);
    row("eicar.com.json", 15, WarningListKind::String);
    row("empty-hashes.json", 6, WarningListKind::String);
    row("github.json", 5446, WarningListKind::Cidr);
    row("microsoft-office365-ip.json", 82, WarningListKind::Cidr);
    row("mozilla-CA.json", 516, WarningListKind::String);
    row("multicast.json", 16, WarningListKind::Cidr);
    row("rfc1918.json", 3, WarningListKind::Cidr);
    row("sinkholes.json", 107, WarningListKind::Cidr);
    row("url-shortener.json", 255, WarningListKind::Hostname);
}

void TestWarninglist::everyMispListLoads()
{
    QFETCH(QString, file);
    QFETCH(int, entries);
    QFETCH(int, kind);
    KnownGood lists;
    std::string error;
    QVERIFY2(lists.loadFile(kMispLists + "/" + file.toStdString(), error), error.c_str());
    const WarningList& list = *lists.lists().front();
    QCOMPARE(int(list.entries.size()), entries);
    QCOMPARE(int(list.kind), kind);
    QVERIFY(!list.name.empty());
}

// On the 13 real lists. The six external addresses are those the shared telemetry (MDE
// export, Zeek, Sysmon) holds, listed in data/README.md.
void TestWarninglist::matches_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("hit");
    auto row = [](const char* name, const char* type, const char* value, const QByteArray& hit) {
        QTest::newRow(name) << QString::fromUtf8(type) << QString::fromUtf8(value) << QString::fromUtf8(hit);
    };
    const QByteArray gh("List of known GitHub IP ranges (https://api.github.com/meta)");
    row("telemetry 140.82.113.3", "IpAddress", "140.82.113.3", QByteArray(gh + " [140.82.112.0/20]"));
    row("telemetry 20.50.201.200", "IpAddress", "20.50.201.200", QByteArray(gh + " [20.50.128.0/17]"));
    row("telemetry 40.126.32.134", "IpAddress", "40.126.32.134", QByteArray(gh + " [40.126.32.0/23]"));
    row("telemetry 52.109.4.5", "IpAddress", "52.109.4.5", QByteArray(gh + " [52.109.0.0/20]"));
    row("telemetry 52.113.194.132", "IpAddress", "52.113.194.132", "List of known Office 365 IP address ranges [52.112.0.0/14]");
    row("telemetry 52.114.32.24", "IpAddress", "52.114.32.24", "List of known Office 365 IP address ranges [52.112.0.0/14]");
    row("multicast", "IpAddress", "239.255.255.250", "List of RFC 5771 multicast CIDR blocks [239.0.0.0/8]");
    row("private", "IpAddress", "10.1.2.3", "List of RFC 1918 CIDR blocks [10.0.0.0/8]");
    row("range inside a listed range", "IpRange", "140.82.113.0/24", QByteArray(gh + " [140.82.112.0/20]"));
    row("range covering listed ranges", "IpRange", "172.0.0.0/8", "List of RFC 1918 CIDR blocks [172.16.0.0/12]");
    row("ipv6 inside", "IpAddress", "2602:fd5e:1:2::17", QByteArray(gh + " [2602:fd5e:1:2::/64]"));
    row("ipv6 range covering", "IpRange", "2602:fd5e::/32", QByteArray(gh + " [2602:fd5e:1::/63]"));
    row("public address", "IpAddress", "45.10.88.24", "none");
    row("range beside", "IpRange", "45.10.88.0/24", "none");
    row("exact domain on a string list", "DomainName", "www.facebook.com", "Top 1000 websites from Cisco Umbrella [www.facebook.com]");
    row("string list is exact", "DomainName", "a.www.facebook.com", "none");
    row("subdomain on a hostname list", "DomainName", "x.y.bit.ly", "List of known URL Shorteners domains [bit.ly]");
    row("not a subdomain", "DomainName", "notbit.ly", "none");
    row("url host on a hostname list", "Url", "http://bit.ly/abc", "List of known URL Shorteners domains [bit.ly]");
    row("url host on a string list", "Url", "http://ocsp.digicert.com/x", "Top 1000 websites from Cisco Umbrella [ocsp.digicert.com]");
    row("url on an address", "Url", "http://10.0.0.5:8080/x", "List of RFC 1918 CIDR blocks [10.0.0.0/8]");
    row("empty-file SHA-1 upper case", "FileSha1", "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709",
        "List of known hashes with common false-positives (based on Florian Roth input list) [da39a3ee5e6b4b0d3255bfef95601890afd80709]");
    row("empty-file SHA-256", "FileSha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "List of known hashes with common false-positives (based on Florian Roth input list) [e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855]");
    row("mozilla CA thumbprint", "CertificateThumbprint", "010C0695A6981914FFBF5FC6B0B695EA29E912A6",
        "Fingerprint of trusted CA certificates [010c0695a6981914ffbf5fc6b0b695ea29e912a6]");
    row("unknown hash", "FileMd5", "0123456789abcdef0123456789abcdef", "none");
}

void TestWarninglist::matches()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, hit);
    QCOMPARE(hitOf(misp_, *parseIndicatorType(type.toStdString()), value.toStdString()), hit);
}

void TestWarninglist::leadingDotAndHostnameLists()
{
    KnownGood lists;
    lists.add(crafted(WarningListKind::String, bit(IndicatorType::DomainName) | bit(IndicatorType::Url),
                      {".corp.example", "exact.example", "HTTP://Exact.Example/Path"}));
    lists.add(crafted(WarningListKind::Hostname, bit(IndicatorType::DomainName), {"vendor.example."}));
    QCOMPARE(hitOf(lists, IndicatorType::DomainName, "a.b.corp.example"), QStringLiteral("crafted [corp.example]"));
    QCOMPARE(hitOf(lists, IndicatorType::DomainName, "corp.example"), QStringLiteral("crafted [corp.example]"));
    QCOMPARE(hitOf(lists, IndicatorType::DomainName, "xcorp.example"), QStringLiteral("none"));
    QCOMPARE(hitOf(lists, IndicatorType::DomainName, "sub.exact.example"), QStringLiteral("none"));
    QCOMPARE(hitOf(lists, IndicatorType::DomainName, "update.vendor.example"), QStringLiteral("crafted [vendor.example]"));
    QCOMPARE(hitOf(lists, IndicatorType::Url, "http://exact.example/path"), QStringLiteral("crafted [http://exact.example/path]"));
    QCOMPARE(hitOf(lists, IndicatorType::Url, "https://x.corp.example/a"), QStringLiteral("crafted [corp.example]"));
}

void TestWarninglist::substringAndRegexLists()
{
    KnownGood lists;
    lists.add(crafted(WarningListKind::Substring, bit(IndicatorType::Url), {"/wp-content/uploads/legit"}));
    lists.add(crafted(WarningListKind::Regex, bit(IndicatorType::DomainName), {"^ns[0-9]+\\.cloud\\.example$", "(unclosed"}));
    QCOMPARE(hitOf(lists, IndicatorType::Url, "https://site.example/WP-content/uploads/legit/a.png"),
             QStringLiteral("crafted [/wp-content/uploads/legit]"));
    QCOMPARE(hitOf(lists, IndicatorType::DomainName, "ns12.cloud.example"), QStringLiteral("crafted [^ns[0-9]+\\.cloud\\.example$]"));
    QCOMPARE(hitOf(lists, IndicatorType::DomainName, "nsx.cloud.example"), QStringLiteral("none"));
}

void TestWarninglist::nestedRangesNameTheNarrowest()
{
    KnownGood lists;
    lists.add(crafted(WarningListKind::Cidr, bit(IndicatorType::IpAddress) | bit(IndicatorType::IpRange),
                      {"100.64.0.0/10", "100.64.8.0/24", "100.64.8.128/25", "100.127.255.255", "::/0"}));
    QCOMPARE(hitOf(lists, IndicatorType::IpAddress, "100.64.8.200"), QStringLiteral("crafted [100.64.8.128/25]"));
    QCOMPARE(hitOf(lists, IndicatorType::IpAddress, "100.64.8.20"), QStringLiteral("crafted [100.64.8.0/24]"));
    QCOMPARE(hitOf(lists, IndicatorType::IpAddress, "100.64.9.1"), QStringLiteral("crafted [100.64.0.0/10]"));
    QCOMPARE(hitOf(lists, IndicatorType::IpAddress, "100.127.255.255"), QStringLiteral("crafted [100.127.255.255]"));
    QCOMPARE(hitOf(lists, IndicatorType::IpAddress, "100.128.0.0"), QStringLiteral("none"));
    QCOMPARE(hitOf(lists, IndicatorType::IpAddress, "ffff::1"), QStringLiteral("crafted [::/0]"));
    QCOMPARE(hitOf(lists, IndicatorType::IpRange, "100.0.0.0/8"), QStringLiteral("crafted [100.64.0.0/10]"));
}

void TestWarninglist::matchingAttributesLimitTypes()
{
    KnownGood lists;
    lists.add(crafted(WarningListKind::String, bit(IndicatorType::FileSha1), {"da39a3ee5e6b4b0d3255bfef95601890afd80709"}));
    QCOMPARE(hitOf(lists, IndicatorType::CertificateThumbprint, "da39a3ee5e6b4b0d3255bfef95601890afd80709"), QStringLiteral("none"));
    QCOMPARE(typeMaskOfAttribute("filename|sha256"), bit(IndicatorType::FileSha256));
    QCOMPARE(typeMaskOfAttribute("ip-dst|port"), bit(IndicatorType::IpAddress) | bit(IndicatorType::IpRange));
    QCOMPARE(typeMaskOfAttribute("ssdeep"), 0u);
}

// The lists shipped with the program: 13 copied from MISP plus 4 of our own.
void TestWarninglist::bundledDirectory()
{
    KnownGood lists;
    const auto errors = lists.loadDirectory(kBundled);
    QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().c_str());
    QCOMPARE(int(lists.listCount()), 17);
    QCOMPARE(hitOf(lists, IndicatorType::IpAddress, "8.8.8.8"), QStringLiteral("Public DNS resolvers (Indicia) [8.8.8.8]"));
    QCOMPARE(hitOf(lists, IndicatorType::IpRange, "8.8.8.0/24"), QStringLiteral("Public DNS resolvers (Indicia) [8.8.8.8]"));
    QCOMPARE(hitOf(lists, IndicatorType::IpAddress, "2606:4700:4700::1111"),
             QStringLiteral("Public DNS resolvers (Indicia) [2606:4700:4700::1111]"));
    QCOMPARE(hitOf(lists, IndicatorType::DomainName, "fe2.update.microsoft.com"),
             QStringLiteral("Operating system and major vendor domains (Indicia) [microsoft.com]"));
    QCOMPARE(hitOf(lists, IndicatorType::FileMd5, "7215ee9c7d9dc229d2921a40e899ec5f"),
             QStringLiteral("Known false-positive file hashes (Indicia) [7215ee9c7d9dc229d2921a40e899ec5f]"));
}

void TestWarninglist::userDirectoryReportsBadFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.path().toStdString();
    std::ofstream(path + "/mine.json") << R"({"name":"Our servers","type":"cidr","matching_attributes":["ip-dst"],"list":["45.10.88.0/24"]})";
    std::ofstream(path + "/broken.json") << "{not json";
    std::ofstream(path + "/notes.txt") << "ignored";
    KnownGood lists;
    const auto errors = lists.loadDirectory(path);
    QCOMPARE(int(errors.size()), 1);
    QVERIFY(errors.front().find("broken.json") != std::string::npos);
    QCOMPARE(hitOf(lists, IndicatorType::IpAddress, "45.10.88.24"), QStringLiteral("Our servers [45.10.88.0/24]"));
    const Issue issue = knownGoodIssue(*lists.check(IndicatorType::IpAddress, "45.10.88.24"), "45.10.88.24");
    QCOMPARE(str(issue.code), str(codes::kKnownGood));
    QVERIFY(issue.message.find("\"Our servers\"") != std::string::npos);
}

// The BazarCall appendix names a sending server inside a GitHub range: the row stays valid
// and carries a known-good warning.
void TestWarninglist::sourceReaderAddsWarnings()
{
    SourceOptions options;
    options.knownGood = &misp_;
    Issue error;
    auto reader = SourceReader::open(std::string(INDICIA_SHARED_DATA) + "/ioc_lists/pan-unit42/BazarCall/Appendix-A.txt",
                                     ValidateOptions{nowUtc()}, error, options);
    QVERIFY(reader);
    int warned = 0;
    for (ImportRow row; reader->next(row);) {
        for (const Issue& warning : row.warnings) {
            if (warning.code != codes::kKnownGood)
                continue;
            ++warned;
            QVERIFY(row.valid());
            QCOMPARE(row.indicator.value, std::string("52.151.9.80"));
        }
    }
    QCOMPARE(warned, 1);
}

// Defect #18.6: a known-good hit says what the value is, not only which list holds it.
void TestWarninglist::wellKnownValuesAreNamed_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("name");
    QTest::newRow("empty sha256") << int(IndicatorType::FileSha256)
                                  << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                                  << QStringLiteral("SHA-256 of an empty file");
    QTest::newRow("empty md5") << int(IndicatorType::FileMd5) << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e")
                               << QStringLiteral("MD5 of an empty file");
    QTest::newRow("eicar sha1") << int(IndicatorType::FileSha1) << QStringLiteral("3395856ce81f2b7382dee72602f798b642f14140")
                                << QStringLiteral("SHA-1 of the EICAR test file");
    QTest::newRow("resolver") << int(IndicatorType::IpAddress) << QStringLiteral("8.8.8.8")
                              << QStringLiteral("the Google Public DNS resolver");
}

void TestWarninglist::wellKnownValuesAreNamed()
{
    QFETCH(int, type);
    QFETCH(QString, value);
    QFETCH(QString, name);
    KnownGood lists;
    for (const std::string& error : lists.loadDirectory(kBundled))
        QFAIL(error.c_str());
    const auto hit = lists.check(IndicatorType(type), value.toStdString());
    QVERIFY(hit);
    QCOMPARE(str(hit->valueName), name);
    const Issue issue = knownGoodIssue(*hit, value.toStdString());
    QVERIFY2(str(issue.message).contains(QStringLiteral("is the ") + name), issue.message.c_str());
}

// The names are only as good as the digests: recompute each from the contents it names.
void TestWarninglist::knownValueDigestsMatchTheirContents()
{
    const QByteArray eicar = QByteArrayLiteral("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");
    const std::pair<QByteArray, QString> contents[] = {
        {QByteArray(), QStringLiteral("an empty file")},
        {eicar, QStringLiteral("the EICAR test file")},
        {QByteArray("\n"), QStringLiteral("a file holding one newline")},
        {QByteArray("\r\n"), QStringLiteral("a file holding CR LF")},
        {QByteArray(1, '\0'), QStringLiteral("a file holding one NUL byte")},
        {QByteArray(" "), QStringLiteral("a file holding one space")},
        {QByteArray(4096, '\0'), QStringLiteral("a 4 KiB page of zeros")},
    };
    const std::pair<IndicatorType, QCryptographicHash::Algorithm> algorithms[] = {
        {IndicatorType::FileMd5, QCryptographicHash::Md5},
        {IndicatorType::FileSha1, QCryptographicHash::Sha1},
        {IndicatorType::FileSha256, QCryptographicHash::Sha256},
    };
    for (const auto& [bytes, what] : contents) {
        for (const auto& [type, algorithm] : algorithms) {
            const QByteArray digest = QCryptographicHash::hash(bytes, algorithm).toHex();
            QCOMPARE(str(knownValueName(type, digest.toStdString())),
                     QString::fromLatin1(displayName(type).data()) + QStringLiteral(" of ") + what);
        }
    }
    QVERIFY(knownValueName(IndicatorType::FileSha256, std::string(64, 'a')).empty());
}

QTEST_GUILESS_MAIN(TestWarninglist)
#include "test_warninglist.moc"
