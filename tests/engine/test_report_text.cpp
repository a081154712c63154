// Report prose: indicators pulled out of real published reports (Unit 42 BazarCall and TA551
// appendices, ESET's Winter Vivern AsciiDoc), crafted lines for each rule, format
// detection between lists and prose, and the plain-list fallback for prose lines.

#include "engine/codec/format.h"
#include "engine/codec/format_codes.h"
#include "engine/codec/report_text.h"
#include "engine/codec/source_reader.h"
#include "engine/timeutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>

#include <fstream>
#include <map>
#include <sstream>

using namespace indicia;

namespace {

const std::string kLists = std::string(INDICIA_SHARED_DATA) + "/ioc_lists/";

std::vector<ImportRow> readStream(std::istream& in)
{
    ReportTextReader reader(in);
    std::vector<ImportRow> rows;
    for (ImportRow row; reader.next(row);)
        rows.push_back(row);
    return rows;
}

std::vector<ImportRow> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        qFatal("cannot open %s", path.c_str());
    return readStream(in);
}

QString str(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

std::map<QString, int> tally(const std::vector<ImportRow>& rows)
{
    std::map<QString, int> counts;
    for (const ImportRow& row : rows)
        ++counts[row.valid() ? str(toString(*row.type)) : u'!' + QString::fromStdString(row.errors.front().code)];
    return counts;
}

QStringList describe(const std::vector<ImportRow>& rows)
{
    QStringList out;
    for (const ImportRow& row : rows)
        out << (row.valid() ? QString(str(toString(*row.type)) + u' ' + QString::fromStdString(row.indicator.value))
                            : QString(u'!' + QString::fromStdString(row.errors.front().code)));
    return out;
}

QStringList readLine(const std::string& text)
{
    std::istringstream in(text);
    return describe(readStream(in));
}

} // namespace

class TestReportText : public QObject {
    Q_OBJECT

private slots:
    void bazarCall();
    void ta551();
    void winterVivern();
    void lines_data();
    void lines();
    void detection_data();
    void detection();
    void plainListFallsBackToProse();
};

// Hand-checked: 47 distinct IP addresses (all in "Received:" lines), 50 distinct defanged
// sending domains, and 60 distinct defanged e-mail addresses, each refused with a reason
// (62 addresses in all: "gysugeco@localhost" is not defanged and "beditu@52.151.9[.]80"
// has an IP, not a domain, after the @).
void TestReportText::bazarCall()
{
    const auto counts = tally(readFile(kLists + "pan-unit42/BazarCall/Appendix-A.txt"));
    QCOMPARE(counts.at(QStringLiteral("IpAddress")), 47);
    QCOMPARE(counts.at(QStringLiteral("DomainName")), 50);
    QCOMPARE(counts.at(u'!' + str(codes::kEmailNotSupported)), 60);
    QCOMPARE(int(counts.size()), 3);
}

// 45 SHA-256 (22 Word documents, 21 DLLs, 2 EXEs), 10 IPs and 15 defanged domains; the six
// legitimate domains the DLL contacted ("port 443 - support.oracle.com") are written plain
// and left out, as are file names such as "bid-08.20.doc".
void TestReportText::ta551()
{
    const auto rows = readFile(kLists + "pan-unit42/TA551/2020-08-27-TA551-IOCs-for-IcedID.txt");
    const auto counts = tally(rows);
    QCOMPARE(counts.at(QStringLiteral("FileSha256")), 45);
    QCOMPARE(counts.at(QStringLiteral("IpAddress")), 10);
    QCOMPARE(counts.at(QStringLiteral("DomainName")), 15);
    QCOMPARE(int(counts.size()), 3);
    for (const ImportRow& row : rows)
        QVERIFY2(row.indicator.value.find("oracle") == std::string::npos, row.indicator.value.c_str());
}

void TestReportText::winterVivern()
{
    const auto rows = readFile(kLists + "eset/winter_vivern/README.adoc");
    QCOMPARE(describe(rows), (QStringList{QStringLiteral("FileSha1 97ed594ef2b5755f0549c6c5758377c0b87cfae0"),
                                          QStringLiteral("FileSha1 8bf7fcc70f6ce032217d9210ef30314ddd6b8135"),
                                          QStringLiteral("IpAddress 38.180.76.31"),
                                          QStringLiteral("DomainName recsecas.com"),
                                          u'!' + str(codes::kEmailNotSupported)}));
    QCOMPARE(rows[0].row, std::size_t(16)); // the table line
    QCOMPARE(rows[2].raw, std::string("38.180.76[.]31"));
}

void TestReportText::lines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char* text, QStringList expected) { QTest::newRow(text) << QString::fromUtf8(text) << expected; };
    using L = QStringList;
    row("Payload at hxxp[:]//evil[.]example/a.php?x=1.", L{QStringLiteral("Url http://evil.example/a.php?x=1")});
    row("C2: evil(.)example and EVIL[.]EXAMPLE again", L{QStringLiteral("DomainName evil.example")});
    row("D41D8CD98F00B204E9800998ECF8427E;empty file", L{QStringLiteral("FileMd5 d41d8cd98f00b204e9800998ecf8427e")});
    row("45.10.88.0/24 # hosting range", L{QStringLiteral("IpRange 45.10.88.0/24")});
    row("beacon to 204.79.197.200:8443 daily", L{QStringLiteral("IpAddress 204.79.197.200")});
    row("internal 10.1.2.3 seen", L{QStringLiteral("!ip-non-public")});
    row("See https://www.welivesecurity.com/x and checkupdate.js", L{});
    row("mail from <bob@evil[.]example>", L{u'!' + str(codes::kEmailNotSupported)});
    row("download evil[.]example/payload.bin now", L{QStringLiteral("Url http://evil.example/payload.bin")});
    row("version 1.2.3 of the tool", L{});
    row("Hashes: SHA1=DA39A3EE5E6B4B0D3255BFEF95601890AFD80709,MD5=X", L{QStringLiteral("FileSha1 da39a3ee5e6b4b0d3255bfef95601890afd80709")});
    row("ipv6 2001:db8::1 and 2606:4700:4700::1111", L{QStringLiteral("!ip-non-public"), QStringLiteral("IpAddress 2606:4700:4700::1111")});
}

void TestReportText::lines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(readLine(text.toStdString()), expected);
}

void TestReportText::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    auto row = [](const char* file, const char* format) { QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(format); };
    row("pan-unit42/BazarCall/Appendix-A.txt", "report-text");
    row("pan-unit42/TA551/2020-08-27-TA551-IOCs-for-IcedID.txt", "report-text");
    row("eset/winter_vivern/README.adoc", "report-text");
    row("pan-unit42/stix2-reports/report_json/2024-02-21-AsyncRAT.json", "stix");
    row("eset/sednit/2018-11-20_Zebrocy.json", "misp");
    row("pan-unit42/lotusblossom/c2_domains.txt", "plain");
    row("pan-unit42/DanaBotV4/C2s", "plain");
    row("maltrail/malware/agenttesla.txt", "plain");
    row("maltrail/mass_scanner_cidr.txt", "plain");
    row("signature-base/c2-iocs.txt", "plain");
    row("pan-unit42/Shade_ransomware/Shade-ransomware-URLs-March-and-April-2019.txt", "plain");
}

void TestReportText::detection()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    std::ifstream in(kLists + file.toStdString(), std::ios::binary);
    std::string head(8192, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(in.gcount()));
    QCOMPARE(str(toString(detectFormat(head))), format);
}

// A list with a stray line of prose: the line's indicator is still found, by extraction.
void TestReportText::plainListFallsBackToProse()
{
    const QString path = QDir::temp().filePath(QStringLiteral("indicia_fallback_%1.txt").arg(QCoreApplication::applicationPid()));
    {
        std::ofstream out(path.toStdString(), std::ios::binary);
        out << "evil.example\n45.10.88.24\nbad.example:8080 C2 panel\n8.8.8.8\nno indicator here\n"
               "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
               "a.example\nb.example\nc.example\n185.219.42.146\n";
    }
    Issue error;
    auto reader = SourceReader::open(path.toStdString(), ValidateOptions{nowUtc()}, error);
    QVERIFY(reader);
    QVERIFY(reader->format() == SourceFormat::PlainList);
    std::vector<ImportRow> rows;
    for (ImportRow row; reader->next(row);)
        rows.push_back(row);
    QFile::remove(path);
    QCOMPARE(describe(rows), (QStringList{QStringLiteral("DomainName evil.example"), QStringLiteral("IpAddress 45.10.88.24"),
                                          QStringLiteral("DomainName bad.example"), QStringLiteral("IpAddress 8.8.8.8"),
                                          QStringLiteral("!not-an-indicator"),
                                          QStringLiteral("FileSha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                                          QStringLiteral("DomainName a.example"), QStringLiteral("DomainName b.example"),
                                          QStringLiteral("DomainName c.example"), QStringLiteral("IpAddress 185.219.42.146")}));
    QCOMPARE(rows[2].row, std::size_t(3));
}

QTEST_GUILESS_MAIN(TestReportText)
#include "test_report_text.moc"
