// Export writers: each format read back through our own importers keeps everything the
// format can carry (full CSV, MDE CSV, STIX, MISP, text); Zeek and Suricata outputs checked
// line by line; CSV cells neutralised; STIX ids stable.

#include "engine/codec/indicator_writer.h"
#include "engine/codec/json_writers.h"
#include "engine/codec/source_reader.h"
#include "engine/codec/suricata_datasets.h"
#include "engine/timeutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace indicia;

namespace {

TimePoint now() { return *parseIsoTimestamp("2026-01-15T10:00:00Z"); }

Indicator make(IndicatorType type, std::string value, Action action)
{
    Indicator i;
    i.type = type;
    i.value = std::move(value);
    i.action = action;
    i.title = "Title of " + i.value;
    i.description = "Described.";
    return i;
}

// One of each type, with every field used somewhere, quotes, commas, line breaks and a
// spreadsheet formula among the texts.
std::vector<Indicator> sample()
{
    std::vector<Indicator> list;
    Indicator sha256 = make(IndicatorType::FileSha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                            Action::BlockAndRemediate);
    sha256.severity = Severity::High;
    sha256.generateAlert = true;
    sha256.title = "Empty file, \"quoted\"";
    sha256.description = "Line one\nline two";
    sha256.recommendedActions = "Isolate the device";
    sha256.category = "Malware";
    sha256.mitreTechniques = {"T1204.002", "T1059"};
    sha256.rbacGroups = {"Group A", "Group B"};
    sha256.expiration = parseIsoTimestamp("2099-12-31T00:00:00Z");
    list.push_back(sha256);
    Indicator sha1 = make(IndicatorType::FileSha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709", Action::Audit);
    sha1.generateAlert = true;
    sha1.severity = Severity::Low;
    list.push_back(sha1);
    list.push_back(make(IndicatorType::FileMd5, "d41d8cd98f00b204e9800998ecf8427e", Action::Allowed));
    list.push_back(make(IndicatorType::CertificateThumbprint, "abcdef0123456789abcdef0123456789abcdef01", Action::BlockAndRemediate));
    Indicator ip = make(IndicatorType::IpAddress, "45.10.88.24", Action::Warn);
    ip.educateUrl = "https://intranet.example/why";
    list.push_back(ip);
    list.push_back(make(IndicatorType::IpAddress, "2606:4700:4700::1111", Action::Block));
    list.push_back(make(IndicatorType::IpRange, "185.219.42.0/24", Action::Block));
    Indicator domain = make(IndicatorType::DomainName, "evil.example", Action::Block);
    domain.title = "=cmd|' /C calc'!A0";
    list.push_back(domain);
    list.push_back(make(IndicatorType::Url, "http://evil.example/a?b=c&d='q'", Action::Block));
    return list;
}

// The fields a format carries, as one comparable line.
enum Carry { kValueOnly = 0, kMdeFields = 1, kScopeAndIds = 2 };

QString describe(const Indicator& i, int carry)
{
    QString text = QString::fromUtf8(toString(i.type).data()) + u' ' + QString::fromStdString(i.value);
    if (carry >= kMdeFields) {
        text += u" | " + QString::fromUtf8(toString(i.action).data()) + u' ' + QString::fromUtf8(toString(i.severity).data())
                + (i.generateAlert ? u" alert" : u" -") + u" | " + QString::fromStdString(i.title) + u" | "
                + QString::fromStdString(i.description) + u" | " + QString::fromStdString(i.recommendedActions) + u" | "
                + QString::fromStdString(i.category) + u" | " + (i.expiration ? QString::fromStdString(formatIsoTimestamp(*i.expiration)) : QString());
        for (const auto& t : i.mitreTechniques)
            text += u' ' + QString::fromStdString(t);
        for (const auto& g : i.rbacGroups)
            text += u" @" + QString::fromStdString(g);
    }
    if (carry >= kScopeAndIds)
        text += u" | " + QString::fromStdString(i.educateUrl) + u" | " + QString::fromStdString(i.externalId);
    return text;
}

std::string written(WriteFormat format, const std::vector<Indicator>& indicators)
{
    auto writer = makeWriter(format, now());
    std::ostringstream out;
    writer->begin(out);
    for (const Indicator& i : indicators) {
        if (writer->accepts(i.type))
            writer->write(out, i);
    }
    writer->end(out);
    return out.str();
}

// Writes the text to a file and reads it back through SourceReader (detection included).
std::vector<ImportRow> readBack(const std::string& text, SourceFormat expected)
{
    const QString path = QDir::temp().filePath(QStringLiteral("indicia_roundtrip_%1").arg(QCoreApplication::applicationPid()));
    std::ofstream(path.toStdString(), std::ios::binary) << text;
    Issue error;
    auto reader = SourceReader::open(path.toStdString(), ValidateOptions{now()}, error);
    std::vector<ImportRow> rows;
    if (reader) {
        if (reader->format() != expected)
            qWarning("detected %s", toString(reader->format()).data());
        for (ImportRow row; reader->next(row);)
            rows.push_back(row);
    } else {
        qWarning("%s", error.message.c_str());
    }
    QFile::remove(path);
    return rows;
}

QStringList describeAll(const std::vector<Indicator>& indicators, int carry, bool withRanges = true)
{
    QStringList out;
    for (const Indicator& i : indicators) {
        if (withRanges || i.type != IndicatorType::IpRange)
            out << describe(i, carry);
    }
    return out;
}

QStringList describeRows(const std::vector<ImportRow>& rows, int carry)
{
    QStringList out;
    for (const ImportRow& row : rows)
        out << (row.valid() ? describe(row.indicator, carry) : QStringLiteral("refused: ") + QString::fromStdString(row.errors.front().message));
    return out;
}

} // namespace

class TestExportFormats : public QObject {
    Q_OBJECT

private slots:
    void formatNames();
    void fullCsvRoundTrip();
    void mdeCsvRoundTripLeavesRangesOut();
    void stixRoundTrip();
    void mispRoundTrip();
    void textRoundTrip();
    void zeekLines();
    void suricataFiles();
    void stableIds();
};

void TestExportFormats::formatNames()
{
    for (WriteFormat format : kAllWriteFormats)
        QVERIFY(parseWriteFormat(toString(format)) == format);
    QVERIFY(!parseWriteFormat("suricata")); // several files: SuricataDatasets
}

// Full CSV re-imports as the MDE template (extra columns ignored), IP ranges included.
// EducateUrl and ExternalId are written but the template reader has no column for them.
void TestExportFormats::fullCsvRoundTrip()
{
    const std::string text = written(WriteFormat::FullCsv, sample());
    QVERIFY(text.starts_with("IndicatorType,IndicatorValue,"));
    QVERIFY(text.find(",'=cmd|' /C calc'!A0,") != std::string::npos); // neutralised
    QCOMPARE(describeRows(readBack(text, SourceFormat::MdeCsv), kMdeFields), describeAll(sample(), kMdeFields));
}

void TestExportFormats::mdeCsvRoundTripLeavesRangesOut()
{
    const std::string text = written(WriteFormat::MdeCsv, sample());
    QCOMPARE(describeRows(readBack(text, SourceFormat::MdeCsv), kMdeFields), describeAll(sample(), kMdeFields, false));
}

void TestExportFormats::stixRoundTrip()
{
    std::vector<Indicator> indicators = sample();
    indicators[0].externalId = "ticket-42";
    const std::string text = written(WriteFormat::Stix, indicators);
    QVERIFY(text.find(R"("pattern":"[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']")") != std::string::npos);
    QCOMPARE(describeRows(readBack(text, SourceFormat::Stix), kScopeAndIds), describeAll(indicators, kScopeAndIds));
}

// Allowed indicators are written with to_ids false (allow-list entries are not for
// detection) and still come back: our tags state the action.
void TestExportFormats::mispRoundTrip()
{
    std::vector<Indicator> indicators = sample();
    indicators[4].externalId = "ticket-43";
    const std::string text = written(WriteFormat::Misp, indicators);
    QVERIFY(text.find(R"("to_ids":false,"type":"md5")") != std::string::npos);
    QCOMPARE(describeRows(readBack(text, SourceFormat::Misp), kScopeAndIds), describeAll(indicators, kScopeAndIds));
}

// Text carries values only; a certificate thumbprint reads back as the SHA-1 it looks like.
void TestExportFormats::textRoundTrip()
{
    const std::string text = written(WriteFormat::Text, sample());
    QVERIFY(text.starts_with("# FileSha1 (1)\nda39a3ee5e6b4b0d3255bfef95601890afd80709\n\n# FileSha256 (1)\n"));
    QStringList expected = describeAll(sample(), kValueOnly);
    expected.replaceInStrings(QStringLiteral("CertificateThumbprint"), QStringLiteral("FileSha1"));
    QStringList got = describeRows(readBack(text, SourceFormat::PlainList), kValueOnly);
    expected.sort();
    got.sort();
    QCOMPARE(got, expected);
}

void TestExportFormats::zeekLines()
{
    const std::string text = written(WriteFormat::Zeek, sample());
    std::istringstream in(text);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    QCOMPARE(int(lines.size()), 10);
    QCOMPARE(lines[0], std::string("#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc"));
    QCOMPARE(lines[1], std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\tIntel::FILE_HASH\t"
                                   "indicia:BlockAndRemediate\tEmpty file, \"quoted\""));
    QCOMPARE(lines[4], std::string("abcdef0123456789abcdef0123456789abcdef01\tIntel::CERT_HASH\tindicia:BlockAndRemediate\t"
                                   "Title of abcdef0123456789abcdef0123456789abcdef01"));
    QCOMPARE(lines[5], std::string("45.10.88.24\tIntel::ADDR\tindicia:Warn\tTitle of 45.10.88.24"));
    QCOMPARE(lines[7], std::string("185.219.42.0/24\tIntel::SUBNET\tindicia:Block\tTitle of 185.219.42.0/24"));
    QCOMPARE(lines[8], std::string("evil.example\tIntel::DOMAIN\tindicia:Block\t=cmd|' /C calc'!A0"));
    QCOMPARE(lines[9], std::string("evil.example/a?b=c&d='q'\tIntel::URL\tindicia:Block\tTitle of http://evil.example/a?b=c&d='q'"));
}

void TestExportFormats::suricataFiles()
{
    SuricataDatasets datasets;
    int taken = 0;
    for (const Indicator& i : sample())
        taken += datasets.add(i) ? 1 : 0;
    QCOMPARE(taken, 6); // not SHA-1, the range or the URL
    const auto& files = datasets.files();
    QCOMPARE(files.at("indicia-sha256.lst"), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"));
    QCOMPARE(files.at("indicia-md5.lst"), std::string("d41d8cd98f00b204e9800998ecf8427e\n"));
    QCOMPARE(files.at("indicia-ipv4.lst"), std::string("45.10.88.24\n"));
    QCOMPARE(files.at("indicia-ipv6.lst"), std::string("2606:4700:4700::1111\n"));
    QCOMPARE(files.at("indicia-dns.lst"), base64("evil.example") + "\n");
    QCOMPARE(files.at("indicia-tls-cert-sha1.lst"), base64("ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01") + "\n");
    QCOMPARE(base64("evil.example"), std::string("ZXZpbC5leGFtcGxl"));
    QCOMPARE(base64("ab"), std::string("YWI="));
    QCOMPARE(int(datasets.declarations().size()), 6);
}

void TestExportFormats::stableIds()
{
    QCOMPARE(stableUuid("a"), stableUuid("a"));
    QVERIFY(stableUuid("a") != stableUuid("b"));
    const std::string id = stableUuid("FileSha256\nabc");
    QCOMPARE(int(id.size()), 36);
    QCOMPARE(id[14], '8');
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "test_export_formats.moc"
