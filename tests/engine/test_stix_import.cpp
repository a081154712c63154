// STIX 2 bundles: the real Unit 42 AsyncRAT bundle, and crafted patterns for every rule
// (OR'ed comparisons, CIDR, certificates, AND / FOLLOWEDBY / qualifiers refused by name).

#include "engine/codec/format_codes.h"
#include "engine/codec/source_reader.h"
#include "engine/codec/stix_pattern.h"
#include "engine/codec/stix_reader.h"
#include "engine/timeutil.h"

#include <QTest>

#include <fstream>
#include <map>
#include <sstream>

using namespace indicia;

namespace {

const std::string kBundle = std::string(INDICIA_SHARED_DATA)
                            + "/ioc_lists/pan-unit42/stix2-reports/report_json/2024-02-21-AsyncRAT.json";

TimePoint now() { return *parseIsoTimestamp("2025-06-01T00:00:00Z"); }

std::vector<ImportRow> readText(const std::string& json)
{
    std::istringstream in(json);
    StixReader reader(in, now());
    std::vector<ImportRow> rows;
    for (ImportRow row; reader.next(row);)
        rows.push_back(row);
    return rows;
}

// A bundle of one indicator object with this pattern (and optional extra members).
std::string bundleWith(const std::string& pattern, const std::string& extra = {})
{
    std::string escaped;
    for (char c : pattern) {
        if (c == '"' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return R"({"type":"bundle","id":"bundle--1","objects":[{"type":"indicator","id":"indicator--1",)"
           R"("spec_version":"2.1","pattern_type":"stix","pattern":")" + escaped + "\"" + extra + "}]}";
}

QString code(const ImportRow& row) { return row.errors.empty() ? QString() : QString::fromStdString(row.errors.front().code); }
QString str(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

} // namespace

class TestStixImport : public QObject {
    Q_OBJECT

private slots:
    void asyncRatBundle();
    void asyncRatThroughSourceReader();
    void patterns_data();
    void patterns();
    void metadata();
    void notABundle();
};

// 20 objects: 1 report (not taken, says why) and 19 indicators: 3 SHA-256 (two objects
// share a hash), 6 URLs, 5 domains, 5 IPv4 addresses. Checked by hand against the file.
void TestStixImport::asyncRatBundle()
{
    std::ifstream in(kBundle, std::ios::binary);
    QVERIFY(in.good());
    StixReader reader(in, now());
    QVERIFY(!reader.documentError());
    std::map<QString, int> byType;
    std::vector<ImportRow> refused;
    for (ImportRow row; reader.next(row);) {
        if (row.valid())
            ++byType[str(toString(*row.type))];
        else
            refused.push_back(row);
    }
    QCOMPARE(byType[QStringLiteral("FileSha256")], 3);
    QCOMPARE(byType[QStringLiteral("Url")], 6);
    QCOMPARE(byType[QStringLiteral("DomainName")], 5);
    QCOMPARE(byType[QStringLiteral("IpAddress")], 5);
    QCOMPARE(int(refused.size()), 1);
    QCOMPARE(refused[0].raw, std::string("report--b195a176-37cc-46fe-85bd-d6c2e0f6c9c7"));
    QCOMPARE(code(refused[0]), str(codes::kStixNotIndicator));
    QCOMPARE(refused[0].row, std::size_t(1));
}

void TestStixImport::asyncRatThroughSourceReader()
{
    Issue error;
    auto reader = SourceReader::open(kBundle, ValidateOptions{now()}, error);
    QVERIFY(reader);
    QVERIFY(reader->format() == SourceFormat::Stix);
    ImportRow row;
    QVERIFY(reader->next(row)); // the report
    QVERIFY(reader->next(row));
    QVERIFY(row.valid());
    QCOMPARE(row.indicator.value, std::string("67e46ff71741f00418f46766d0946da1031af35e34359dd70651d1ee2b4e5ee2"));
    QCOMPARE(row.indicator.title, std::string("U\xD1\x80" "dateInst\xD0\xB0ller.zip")); // Cyrillic р and а, as published
    QCOMPARE(row.indicator.externalId, std::string("indicator--58c3b5de-b6c2-4eb0-a94f-29befbcb9a70"));
    QVERIFY(row.indicator.description.starts_with("SocGholish zip archive"));
    QVERIFY(row.indicator.description.ends_with("Labels: malicious-activity"));
    QVERIFY(row.indicator.action == Action::Block);
}

void TestStixImport::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected"); // "Type value" per valid row, "!code" per refusal
    auto row = [](const char* name, const char* pattern, QStringList expected) {
        QTest::newRow(name) << QString::fromUtf8(pattern) << expected;
    };
    using L = QStringList;
    row("md5", "[file:hashes.MD5 = 'D41D8CD98F00B204E9800998ECF8427E']", L{QStringLiteral("FileMd5 d41d8cd98f00b204e9800998ecf8427e")});
    row("sha1 quoted", "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']", L{QStringLiteral("FileSha1 da39a3ee5e6b4b0d3255bfef95601890afd80709")});
    row("or in one observation",
        "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' OR file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']",
        L{QStringLiteral("FileSha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), QStringLiteral("FileMd5 d41d8cd98f00b204e9800998ecf8427e")});
    row("or between observations", "[domain-name:value = 'evil.example'] OR ([url:value = 'http://evil.example/a'])",
        L{QStringLiteral("DomainName evil.example"), QStringLiteral("Url http://evil.example/a")});
    row("ipv4 cidr", "[ipv4-addr:value = '185.219.42.0/24']", L{QStringLiteral("IpRange 185.219.42.0/24")});
    row("ipv4 /32 is an address", "[ipv4-addr:value = '203.0.113.9/32']", L{QStringLiteral("!ip-non-public")});
    row("ipv4 public /32", "[ipv4-addr:value = '8.8.4.4/32']", L{QStringLiteral("IpAddress 8.8.4.4")});
    row("issubset", "[ipv4-addr:value ISSUBSET '45.10.88.0/24']", L{QStringLiteral("IpRange 45.10.88.0/24")});
    row("ipv6", "[ipv6-addr:value = '2001:4860:4860:0:0:0:0:8888']", L{QStringLiteral("IpAddress 2001:4860:4860::8888")});
    row("certificate sha1", "[x509-certificate:hashes.'SHA-1' = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01']",
        L{QStringLiteral("CertificateThumbprint abcdef0123456789abcdef0123456789abcdef01")});
    row("certificate sha256", "[x509-certificate:hashes.'SHA-256' = 'aa']", L{QStringLiteral("!stix-object-unsupported")});
    row("escaped quote", "[url:value = 'http://evil.example/it\\'s']", L{QStringLiteral("Url http://evil.example/it's")});
    row("or with an unsupported path", "[domain-name:value = 'evil.example' OR email-addr:value = 'a@evil.example']",
        L{QStringLiteral("DomainName evil.example"), QStringLiteral("!stix-object-unsupported")});
    row("and", "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e' AND file:name = 'x.exe']", L{QStringLiteral("!stix-pattern-unsupported")});
    row("followedby", "[domain-name:value = 'a.example'] FOLLOWEDBY [domain-name:value = 'b.example']", L{QStringLiteral("!stix-pattern-unsupported")});
    row("within", "[domain-name:value = 'a.example'] WITHIN 300 SECONDS", L{QStringLiteral("!stix-pattern-unsupported")});
    row("like", "[domain-name:value LIKE '%.example']", L{QStringLiteral("!stix-pattern-unsupported")});
    row("not", "[domain-name:value NOT = 'a.example']", L{QStringLiteral("!stix-pattern-unsupported")});
    row("sha512", "[file:hashes.'SHA-512' = 'ab']", L{QStringLiteral("!stix-object-unsupported")});
    row("unclosed string", "[domain-name:value = 'a.example]", L{QStringLiteral("!stix-pattern-invalid")});
    row("unbalanced", "[domain-name:value = 'a.example'", L{QStringLiteral("!stix-pattern-invalid")});
    row("bad value", "[domain-name:value = 'not a domain']", L{QStringLiteral("!domain-label-chars")});
}

void TestStixImport::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const ImportRow& row : readText(bundleWith(pattern.toStdString()))) {
        if (row.valid())
            got << str(toString(*row.type)) + u' ' + QString::fromStdString(row.indicator.value);
        else
            got << u'!' + code(row);
        if (!row.valid() && row.type) // a refused value is still reported with its value
            QVERIFY(!row.raw.empty());
    }
    QCOMPARE(got, expected);
}

void TestStixImport::metadata()
{
    const auto rows = readText(bundleWith(
        "[domain-name:value = 'evil.example']",
        R"(,"name":"C2 domain","description":"Seen in a campaign.","valid_until":"2030-01-31T00:00:00Z",)"
        R"("labels":["malware","T1071","c2"],"external_references":[{"source_name":"mitre-attack","external_id":"T1573"}])"));
    QCOMPARE(int(rows.size()), 1);
    const Indicator& indicator = rows[0].indicator;
    QCOMPARE(indicator.title, std::string("C2 domain"));
    QCOMPARE(indicator.description, std::string("Seen in a campaign.\nLabels: c2"));
    QCOMPARE(indicator.category, std::string("Malware"));
    QCOMPARE(indicator.mitreTechniques, (std::vector<std::string>{"T1573", "T1071"}));
    QCOMPARE(formatIsoTimestamp(*indicator.expiration), std::string("2030-01-31T00:00:00Z"));

    const auto expired = readText(bundleWith("[domain-name:value = 'evil.example']", R"(,"valid_until":"2020-01-01T00:00:00Z")"));
    QCOMPARE(code(expired[0]), QStringLiteral("expiry-past"));
}

void TestStixImport::notABundle()
{
    std::istringstream notJson("{\"type\":\"bundle\", oops");
    StixReader broken(notJson, now());
    QCOMPARE(QString::fromStdString(broken.documentError()->code), str(codes::kJsonInvalid));
    std::istringstream wrongShape(R"({"type":"report","objects":[]})");
    StixReader report(wrongShape, now());
    QCOMPARE(QString::fromStdString(report.documentError()->code), str(codes::kJsonShape));
}

QTEST_GUILESS_MAIN(TestStixImport)
#include "test_stix_import.moc"
