// Plain indicator lists over real feeds and a crafted file, and format detection.

#include "engine/codec/codec_codes.h"
#include "engine/codec/format.h"
#include "engine/codec/plain_list.h"
#include "engine/issue_codes.h"

#include <QTest>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

using namespace indicia;

namespace {

const std::string kLists = std::string(INDICIA_SHARED_DATA) + "/ioc_lists/";
const std::string kTestData = std::string(INDICIA_TEST_DATA) + "/";

std::vector<ImportRow> readAll(std::istream& in)
{
    PlainListReader reader(in);
    std::vector<ImportRow> rows;
    ImportRow row;
    while (reader.next(row))
        rows.push_back(row);
    return rows;
}

std::vector<ImportRow> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        qFatal("cannot open %s", path.c_str());
    return readAll(in);
}

std::vector<ImportRow> readText(const std::string& text)
{
    std::istringstream in(text);
    return readAll(in);
}

QString typeName(const std::optional<IndicatorType>& type)
{
    return type ? QString::fromUtf8(toString(*type).data(), qsizetype(toString(*type).size()))
                : QStringLiteral("none");
}

QString firstError(const ImportRow& row)
{
    return row.errors.empty() ? QString() : QString::fromStdString(row.errors.front().code);
}

bool hasWarning(const ImportRow& row, std::string_view code)
{
    return std::any_of(row.warnings.begin(), row.warnings.end(),
                       [&](const Issue& w) { return w.code == code; });
}

} // namespace

class TestPlainList : public QObject {
    Q_OBJECT

private slots:
    void realLists_data();
    void realLists();
    void maltrailSpecialLines();
    void signatureBaseSkipsCommentHeaders();
    void craftedFile_data();
    void craftedFile();
    void craftedFileWarnings();
    void emptyAndCommentOnly();
    void detectFormat_data();
    void detectFormat();
};

// Every value line of each file, and how many of them are valid indicators. The maltrail
// path-only trails ("/api/v1/stage1") have no host, so they are refused, as they should be.
void TestPlainList::realLists_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type"); // the type every valid row has, or "mixed"
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("valid");
    auto row = [](const char* file, const char* type, int rows, int valid) {
        QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(type) << rows << valid;
    };
    row("eset/attor/samples.md5", "FileMd5", 32, 32);
    row("eset/attor/samples.sha1", "FileSha1", 32, 32);
    row("eset/attor/samples.sha256", "FileSha256", 32, 32);
    row("eset/bandook/samples.sha256", "FileSha256", 136, 136);
    row("eset/groundbait/samples.md5", "FileMd5", 298, 298);
    row("eset/moose/samples.sha1", "FileSha1", 28, 28);
    row("abusech-derived/malicious-hash_full-hash-sha1-aa.txt", "FileSha1", 605, 605);
    row("criticalpath/compromised-ips.txt", "IpAddress", 539, 539);
    row("criticalpath/cps_cobaltstrike_ip.txt", "IpAddress", 160, 160);
    row("criticalpath/cps_cobaltstrike_domain.txt", "DomainName", 67, 67);
    row("maltrail/mass_scanner_cidr.txt", "mixed", 1106, 1106);
    row("maltrail/malware/apt_menupass.txt", "mixed", 1651, 1651);
    row("maltrail/malicious/covenant.txt", "mixed", 707, 703);
    row("signature-base/c2-iocs.txt", "mixed", 1844, 1844);
}

void TestPlainList::realLists()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(int, rows);
    QFETCH(int, valid);
    const auto read = readFile(kLists + file.toStdString());
    QCOMPARE(int(read.size()), rows);
    int validCount = 0;
    std::size_t previous = 0;
    for (const ImportRow& row : read) {
        QVERIFY(row.row > previous); // rows are line numbers, strictly increasing
        QCOMPARE(row.line, row.row);
        previous = row.row;
        if (!row.valid())
            continue;
        ++validCount;
        if (type != QLatin1String("mixed"))
            QCOMPARE(typeName(row.type), type);
    }
    QCOMPARE(validCount, valid);
}

void TestPlainList::maltrailSpecialLines()
{
    const auto menupass = readFile(kLists + "maltrail/malware/apt_menupass.txt");
    const auto withPort = std::find_if(menupass.begin(), menupass.end(),
                                       [](const ImportRow& r) { return r.raw == "204.79.197.200:8443"; });
    QVERIFY(withPort != menupass.end());
    QCOMPARE(typeName(withPort->type), QStringLiteral("IpAddress"));
    QCOMPARE(withPort->indicator.value, std::string("204.79.197.200"));
    QVERIFY(hasWarning(*withPort, codes::kPortDropped));

    const auto cidr = readFile(kLists + "maltrail/mass_scanner_cidr.txt");
    QCOMPARE(cidr.front().raw, std::string("5.63.151.0/24")); // "# scanners.labs.rapid7.com" cut
    QCOMPARE(cidr.front().row, std::size_t(7));
    QCOMPARE(cidr.front().indicator.value, std::string("5.63.151.0/24"));
    const auto ranges = std::count_if(cidr.begin(), cidr.end(), [](const ImportRow& r) {
        return r.type == IndicatorType::IpRange;
    });
    QCOMPARE(int(ranges), 1096); // and 10 single addresses ("68.183.53.77 # driftnet.io")

    const auto covenant = readFile(kLists + "maltrail/malicious/covenant.txt");
    const auto pathOnly = std::find_if(covenant.begin(), covenant.end(),
                                       [](const ImportRow& r) { return !r.valid(); });
    QCOMPARE(pathOnly->raw, std::string("/api/v1/nps/payload/"));
    QCOMPARE(firstError(*pathOnly), QStringLiteral("url-host-missing"));
}

void TestPlainList::signatureBaseSkipsCommentHeaders()
{
    const auto rows = readFile(kLists + "signature-base/c2-iocs.txt");
    QCOMPARE(rows.front().raw, std::string("suroot.com"));
    std::map<QString, int> types;
    for (const ImportRow& row : rows)
        ++types[typeName(row.type)];
    QVERIFY(types[QStringLiteral("DomainName")] > 1000);
    QVERIFY(types[QStringLiteral("IpAddress")] > 100);
    QCOMPARE(types[QStringLiteral("none")], 0);
}

// tests/engine/data/plain_mixed.txt: BOM, CRLF, a lone CR, comments of every kind.
void TestPlainList::craftedFile_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value"); // canonical value, or the error code
    auto row = [](int line, const char* type, const char* value) {
        QTest::newRow(QByteArray::number(line).constData())
            << line << QString::fromUtf8(type) << QString::fromUtf8(value);
    };
    row(3, "FileMd5", "5c4986fe26bf67ac5a81749169bc6676");
    row(4, "FileSha1", "37a1138f9ef575d3b7fc11d59473aea261be4aef");
    row(5, "FileSha256", "99271bebcac0da7f3aad7c4e3966b4f63d5477afa0fa8308a9ed7d53a6009ec4");
    row(6, "IpRange", "5.63.151.0/24");
    row(7, "IpAddress", "204.79.197.200");
    row(8, "DomainName", "malware.example.com");
    row(10, "Url", "http://downloads.example.com/a;jsessionid=1");
    row(11, "Url", "http://downloads.example.com/b");
    row(12, "none", "not-an-indicator");
    row(13, "none", "type-unknown");
    row(14, "Url", "http://evil.example.com/path");
    row(15, "IpAddress", "ip-non-public");
    row(16, "IpAddress", "8.8.4.4");
}

void TestPlainList::craftedFile()
{
    QFETCH(int, line);
    QFETCH(QString, type);
    QFETCH(QString, value);
    const auto rows = readFile(kTestData + "plain_mixed.txt");
    QCOMPARE(rows.size(), std::size_t(13)); // lines 1, 2 and 9 are comments or blank
    const auto found = std::find_if(rows.begin(), rows.end(),
                                    [&](const ImportRow& r) { return r.row == std::size_t(line); });
    QVERIFY(found != rows.end());
    QCOMPARE(typeName(found->type), type);
    if (found->valid())
        QCOMPARE(QString::fromStdString(found->indicator.value), value);
    else
        QCOMPARE(firstError(*found), value);
}

void TestPlainList::craftedFileWarnings()
{
    const auto rows = readFile(kTestData + "plain_mixed.txt");
    auto at = [&](std::size_t line) {
        return *std::find_if(rows.begin(), rows.end(), [&](const ImportRow& r) { return r.row == line; });
    };
    QVERIFY(hasWarning(at(7), codes::kPortDropped));
    QVERIFY(hasWarning(at(14), codes::kDefanged));
    QCOMPARE(at(5).raw, std::string("99271bebcac0da7f3aad7c4e3966b4f63d5477afa0fa8308a9ed7d53a6009ec4"));
}

void TestPlainList::emptyAndCommentOnly()
{
    QVERIFY(readText("").empty());
    QVERIFY(readText("\xEF\xBB\xBF").empty());
    QVERIFY(readText("# only\n\n   \n#another\r\n").empty());
    const auto rows = readText("\n\n# c\n8.8.4.4 # resolver\n");
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].row, std::size_t(4));
}

void TestPlainList::detectFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");
    auto row = [](const char* name, const QByteArray& head, const char* format) {
        QTest::newRow(name) << head << QString::fromUtf8(format);
    };
    row("template header", "IndicatorType,IndicatorValue,ExpirationTime,Action\r\nFileSha1,", "mde-csv");
    row("BOM and quotes", "\xEF\xBB\xBF\"IndicatorType\",\"IndicatorValue\"\n", "mde-csv");
    row("other order and case", " action ,indicatorvalue,INDICATORTYPE\n", "mde-csv");
    row("template header lacking a required column", "IndicatorType,Title,Severity\n", "mde-csv");
    row("hash list", "5c4986fe26bf67ac5a81749169bc6676\n", "plain");
    row("commented list", "# IndicatorType,IndicatorValue\n1.2.3.4\n", "plain");
    row("one template word", "Title\nexample.com\n", "plain");
    row("other CSV", "ioc,type,comment\nexample.com,domain,x\n", "plain");
    row("empty", "", "plain");
}

void TestPlainList::detectFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    const SourceFormat detected = indicia::detectFormat(std::string_view(head.constData(), std::size_t(head.size())));
    QCOMPARE(QString::fromUtf8(toString(detected).data(), qsizetype(toString(detected).size())), format);
}

QTEST_GUILESS_MAIN(TestPlainList)
#include "test_plain_list.moc"
