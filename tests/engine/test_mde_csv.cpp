// The MDE import template: every real sample file, crafted bad rows, header handling,
// the writer (formula neutralisation, quoting, CRLF), a write/read round trip and the
// downloadable sample.

#include "engine/codec/codec_codes.h"
#include "engine/codec/mde_csv.h"
#include "engine/issue_codes.h"
#include "engine/timeutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

using namespace indicia;

namespace {

const std::string kSharedCsv = std::string(INDICIA_SHARED_DATA) + "/mde_import_csv/";
const std::string kTestData = std::string(INDICIA_TEST_DATA) + "/";

// A fixed clock, so that "expiry in the past" does not depend on when the tests run.
ValidateOptions fixedOptions()
{
    return ValidateOptions{*parseIsoTimestamp("2025-01-01T00:00:00Z"), true};
}

std::vector<ImportRow> readAll(std::istream& in, std::optional<Issue>* headerError = nullptr)
{
    MdeCsvReader reader(in, fixedOptions());
    if (headerError)
        *headerError = reader.headerError();
    std::vector<ImportRow> rows;
    ImportRow row;
    while (reader.next(row))
        rows.push_back(row);
    return rows;
}

std::vector<ImportRow> readFile(const std::string& path, std::optional<Issue>* headerError = nullptr)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        qFatal("cannot open %s", path.c_str());
    return readAll(in, headerError);
}

std::vector<ImportRow> readText(const std::string& text)
{
    std::istringstream in(text);
    return readAll(in);
}

// "code@Column" for every error of a row, in order.
QStringList errorCodes(const ImportRow& row)
{
    QStringList out;
    for (const Issue& issue : row.errors)
        out << QString::fromStdString(issue.code + "@" + issue.column);
    return out;
}

bool hasWarning(const ImportRow& row, std::string_view code)
{
    return std::any_of(row.warnings.begin(), row.warnings.end(),
                       [&](const Issue& w) { return w.code == code; });
}

// QCOMPARE prints mismatches; it needs text for our enums.
template <typename Enum>
QString label(Enum value)
{
    return QString::fromUtf8(toString(value).data(), qsizetype(toString(value).size()));
}

const std::string kSha256 = "14daafe35fe1a6a31d0ed3a5f1a2d88d8bb85683cafd905f4092e64a63f6a862";

} // namespace

class TestMdeCsv : public QObject {
    Q_OBJECT

private slots:
    void realFiles_data();
    void realFiles();
    void bomHeaderAndTrailingSpaceAction();
    void paddedValuesAreTrimmed();
    void templateExampleRows();
    void badRows_data();
    void badRows();
    void allErrorsOfARowAreCollected();
    void lenientCells();
    void quotedCellSpanningLines();
    void headerMissingColumns();
    void headerDuplicateColumn();
    void emptyFile();
    void headerInAnotherOrderAndCase();
    void tenMegabyteRowIsRefusedAndReadingGoesOn();
    void neutraliseFormula_data();
    void neutraliseFormula();
    void csvCellQuoting_data();
    void csvCellQuoting();
    void writerLayout();
    void roundTrip();
    void sampleReadsBackClean();
};

// Exact row counts (blank rows excluded) and how many rows pass every rule as of 2025-01-01.
void TestMdeCsv::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("valid");
    QTest::newRow("Antivirus") << "Antivirus_IOCs.csv" << 81 << 80;
    QTest::newRow("DNSTwist") << "DNSTwist_office.com10-06-24.csv" << 3045 << 3045;
    QTest::newRow("Jay (BOM)") << "Jay_-MDE_IOCs.csv" << 432 << 431;
    QTest::newRow("LOTS") << "Living_Off_The_Tunnels_IOCs.csv" << 75 << 75;
    QTest::newRow("RMM (blank rows)") << "RMM.csv" << 351 << 351;
    QTest::newRow("anyrun (padding)") << "anyruniocs.csv" << 72 << 72;
    QTest::newRow("template rows") << "mde_template_example_rows.csv" << 5 << 2;
}

void TestMdeCsv::realFiles()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(int, valid);
    std::optional<Issue> headerError;
    const auto read = readFile(kSharedCsv + file.toStdString(), &headerError);
    QVERIFY(!headerError);
    QCOMPARE(int(read.size()), rows);
    QCOMPARE(int(std::count_if(read.begin(), read.end(), [](const ImportRow& r) { return r.valid(); })),
             valid);
    for (std::size_t i = 0; i < read.size(); ++i) {
        QCOMPARE(read[i].row, i + 1);          // no blank rows before the data ends
        QCOMPARE(read[i].line, read[i].row + 1); // one physical line per row, after the header
        QVERIFY(read[i].type.has_value());
        for (const Issue& issue : read[i].errors)
            QVERIFY2(!issue.column.empty(), issue.code.c_str());
    }
}

void TestMdeCsv::bomHeaderAndTrailingSpaceAction()
{
    const auto rows = readFile(kSharedCsv + "Jay_-MDE_IOCs.csv");
    QCOMPARE(rows.front().indicator.value, std::string("jsecoin.com"));
    QCOMPARE(label(rows.front().indicator.type), label(IndicatorType::DomainName));
    QCOMPARE(label(rows.front().indicator.severity), label(Severity::Informational));
    QCOMPARE(label(rows[1].indicator.severity), label(Severity::Low));
    // Two rows spell the action "Block " with a trailing space.
    for (const ImportRow& row : rows)
        QCOMPARE(label(row.indicator.action), label(Action::Block));
    const auto bad = std::find_if(rows.begin(), rows.end(), [](const ImportRow& r) { return !r.valid(); });
    QCOMPARE(bad->row, std::size_t(11));
    QCOMPARE(errorCodes(*bad), QStringList{QStringLiteral("domain-is-url@IndicatorValue")});
    QCOMPARE(bad->raw, std::string("transfer.sh/0tUIJu/Updater.zip "));
}

void TestMdeCsv::paddedValuesAreTrimmed()
{
    const auto rows = readFile(kSharedCsv + "anyruniocs.csv");
    QCOMPARE(rows[0].raw, std::string("intwrs-rms.org  "));
    QCOMPARE(rows[0].indicator.value, std::string("intwrs-rms.org"));
    QVERIFY(!hasWarning(rows[0], codes::kWhitespaceTrimmed)); // padding is the cell's, not the value's
    // Three rows hold a single space as ExpirationTime: that is "never", not an error.
    const auto spaced = std::find_if(rows.begin(), rows.end(),
                                     [](const ImportRow& r) { return r.raw == "nehhenna.click  "; });
    QVERIFY(spaced != rows.end());
    QVERIFY(spaced->valid());
    QVERIFY(!spaced->indicator.expiration);
    QVERIFY(!rows[0].indicator.generateAlert); // FALSE
}

void TestMdeCsv::templateExampleRows()
{
    const auto rows = readFile(kSharedCsv + "mde_template_example_rows.csv");
    QCOMPARE(rows.size(), std::size_t(5));
    const Indicator& sha1 = rows[0].indicator;
    QCOMPARE(label(sha1.type), label(IndicatorType::FileSha1));
    QCOMPARE(label(sha1.action), label(Action::BlockAndRemediate));
    QCOMPARE(sha1.rbacGroups, (std::vector<std::string>{"GroupName1", "GroupName2", "GroupName3"}));
    QCOMPARE(sha1.mitreTechniques, (std::vector<std::string>{"T0000", "T0001", "T0002"}));
    QCOMPARE(sha1.category, std::string("SuspiciousActivity"));
    QCOMPARE(sha1.title, std::string("File SHA1 custom TI example"));
    QVERIFY(sha1.generateAlert);
    QCOMPARE(formatIsoTimestamp(*sha1.expiration), std::string("2018-09-16T12:11:06Z"));
    QCOMPARE(errorCodes(rows[0]), QStringList{QStringLiteral("expiry-past@ExpirationTime")});

    QVERIFY(rows[1].valid()); // Audit with GenerateAlert true
    QCOMPARE(rows[1].indicator.rbacGroups, std::vector<std::string>{"GroupName1"});
    QCOMPARE(rows[1].indicator.mitreTechniques, std::vector<std::string>{"T1046"});
    QCOMPARE(errorCodes(rows[2]),
             (QStringList{QStringLiteral("ip-non-public@IndicatorValue"), QStringLiteral("expiry-past@ExpirationTime")}));
    QVERIFY(!rows[2].indicator.generateAlert);
    QVERIFY(rows[2].indicator.rbacGroups.empty()); // "" = all devices
    QCOMPARE(rows[3].indicator.value, std::string("http://www.facebook.com/")); // canonical URL
    QVERIFY(rows[4].valid());
    QCOMPARE(rows[4].indicator.category, std::string("None"));
}

// Rows of tests/engine/data/mde_bad_rows.csv and the errors each must carry.
void TestMdeCsv::badRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("errors");
    auto row = [](const char* name, int number, QStringList errors) {
        QTest::newRow(name) << number << errors;
    };
    row("good", 1, {});
    row("unknown type", 2, {QStringLiteral("type-unknown@IndicatorType")});
    row("empty action", 3, {QStringLiteral("action-required@Action")});
    row("bad hash", 4, {QStringLiteral("hash-length@IndicatorValue")});
    row("past expiry", 5, {QStringLiteral("expiry-past@ExpirationTime")});
    row("extra cells", 7, {QStringLiteral("csv-column-count@")});
    row("short row", 8, {});
    row("legacy action", 9, {});
    row("padding and lists", 10, {});
    row("invalid UTF-8", 11,
        {QStringLiteral("invalid-utf8@Title"), QStringLiteral("invalid-utf8@Description")});
}

void TestMdeCsv::badRows()
{
    QFETCH(int, row);
    QFETCH(QStringList, errors);
    const auto rows = readFile(kTestData + "mde_bad_rows.csv");
    const auto found = std::find_if(rows.begin(), rows.end(),
                                    [&](const ImportRow& r) { return r.row == std::size_t(row); });
    QVERIFY(found != rows.end());
    QCOMPARE(found->line, std::size_t(row) + 1);
    QCOMPARE(errorCodes(*found), errors);
}

void TestMdeCsv::allErrorsOfARowAreCollected()
{
    const auto rows = readFile(kTestData + "mde_bad_rows.csv");
    const ImportRow& row = rows[5];
    QCOMPARE(row.row, std::size_t(6));
    const QStringList codes = errorCodes(row);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()),
             (QSet<QString>{QStringLiteral("action-unknown@Action"), QStringLiteral("severity-unknown@Severity"),
                            QStringLiteral("generate-alert-invalid@GenerateAlert"),
                            QStringLiteral("expiration-invalid@ExpirationTime"),
                            QStringLiteral("title-required@Title")}));
    for (const Issue& issue : row.errors)
        QVERIFY(!issue.message.empty());
    QVERIFY(row.errors[0].message.find("Explode") != std::string::npos);
}

void TestMdeCsv::lenientCells()
{
    const auto rows = readFile(kTestData + "mde_bad_rows.csv");
    const Indicator& shortRow = rows[7].indicator;
    QVERIFY(!shortRow.generateAlert);
    QVERIFY(shortRow.rbacGroups.empty());

    const ImportRow& legacy = rows[8];
    QCOMPARE(label(legacy.indicator.action), label(Action::Audit)); // Alert = Audit with an alert
    QVERIFY(legacy.indicator.generateAlert);
    QVERIFY(hasWarning(legacy, codes::kActionLegacy));

    const Indicator& padded = rows[9].indicator;
    QCOMPARE(padded.value, kSha256); // upper case and padding gone
    QCOMPARE(label(padded.action), label(Action::Block));
    QCOMPARE(label(padded.severity), label(Severity::Low));
    QCOMPARE(padded.rbacGroups, (std::vector<std::string>{"G1", "G2"}));
    QCOMPARE(padded.mitreTechniques, (std::vector<std::string>{"T1059.001", "T1046"}));
    QVERIFY(padded.generateAlert); // "  TRUE "
}

void TestMdeCsv::quotedCellSpanningLines()
{
    const auto rows = readFile(kTestData + "mde_bad_rows.csv");
    QCOMPARE(rows.size(), std::size_t(12)); // two blank rows skipped
    const ImportRow& last = rows.back();
    QCOMPARE(last.row, std::size_t(14)); // blank rows keep their numbers
    QCOMPARE(last.line, std::size_t(15));
    QVERIFY(last.valid());
    QCOMPARE(last.indicator.description, std::string("first line\r\nsecond line"));
}

void TestMdeCsv::headerMissingColumns()
{
    std::optional<Issue> error;
    const auto rows = readFile(kTestData + "mde_missing_columns.csv", &error);
    QVERIFY(rows.empty());
    QVERIFY(error);
    QCOMPARE(error->code, std::string(codes::kCsvHeader));
    QVERIFY(error->message.find("IndicatorValue") != std::string::npos);
    QVERIFY(error->message.find("Action") != std::string::npos);
    QVERIFY(error->message.find("IndicatorType") == std::string::npos);
}

void TestMdeCsv::headerDuplicateColumn()
{
    std::optional<Issue> error;
    readFile(kTestData + "mde_duplicate_column.csv", &error);
    QVERIFY(error);
    QCOMPARE(error->code, std::string(codes::kCsvHeader));
    QCOMPARE(error->column, std::string("Action"));
}

void TestMdeCsv::emptyFile()
{
    std::istringstream in("");
    std::optional<Issue> error;
    QVERIFY(readAll(in, &error).empty());
    QVERIFY(error);
    QCOMPARE(error->code, std::string(codes::kCsvHeader));
}

void TestMdeCsv::headerInAnotherOrderAndCase()
{
    const auto rows = readFile(kTestData + "mde_reordered.csv");
    QCOMPARE(rows.size(), std::size_t(3));
    for (const ImportRow& row : rows)
        QVERIFY2(row.valid(), row.errors.empty() ? "" : row.errors[0].message.c_str());
    QCOMPARE(label(rows[0].indicator.type), label(IndicatorType::DomainName));
    QCOMPARE(rows[0].indicator.value, std::string("malware.example.com"));
    QCOMPARE(rows[0].indicator.title, std::string("Reordered domain"));
    QCOMPARE(rows[0].indicator.rbacGroups, (std::vector<std::string>{"Servers", "Laptops"}));
    QCOMPARE(label(rows[1].indicator.action), label(Action::Audit));
    QVERIFY(rows[1].indicator.generateAlert);
    QCOMPARE(label(rows[2].indicator.action), label(Action::Warn));
    QVERIFY(!rows[2].indicator.generateAlert); // the short row lacks the cell
}

// A 10 MB row (over the 4 MiB record cap) is one row error; the rows around it are read.
void TestMdeCsv::tenMegabyteRowIsRefusedAndReadingGoesOn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("huge.csv")).toStdString();
    {
        std::ofstream out(path, std::ios::binary);
        writeMdeCsvHeader(out);
        const std::string good = "DomainName,malware.example.com,,Block,Low,t,d,,,,,False\r\n";
        out << good << "DomainName,x.example.com,,Block,Low,t," << std::string(10'000'000, 'x')
            << ",,,,,False\r\n" << good;
    }
    const auto rows = readFile(path);
    QCOMPARE(rows.size(), std::size_t(3));
    QVERIFY(rows[0].valid());
    QCOMPARE(errorCodes(rows[1]), QStringList{QStringLiteral("csv-record@")});
    QCOMPARE(rows[1].row, std::size_t(2));
    QVERIFY(rows[2].valid());
    QCOMPARE(rows[2].row, std::size_t(3));
    QCOMPARE(rows[2].line, std::size_t(4));
}

void TestMdeCsv::neutraliseFormula_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const char* in, const char* out) {
        QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
    };
    row("equals", "=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")");
    row("plus", "+1+2", "'+1+2");
    row("minus", "-2+3", "'-2+3");
    row("at", "@SUM(A1)", "'@SUM(A1)");
    row("tab", "\t=1", "'\t=1");
    row("carriage return", "\r=1", "'\r=1");
    row("apostrophe then formula gets one more", "'=1", "''=1");
    row("plain text", "Block the downloader", "Block the downloader");
    row("formula char later", "a=b", "a=b");
    row("empty", "", "");
    row("lone apostrophe", "'", "'");
    row("apostrophe then text", "'quoted'", "'quoted'");
    row("hash", "14daafe3", "14daafe3");
    row("space then equals", " =1", " =1");
}

void TestMdeCsv::neutraliseFormula()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(indicia::neutraliseFormula(cell.toStdString())), expected);
}

void TestMdeCsv::csvCellQuoting_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const char* in, const char* out) {
        QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
    };
    row("plain", "abc", "abc");
    row("comma", "G1,G2", "\"G1,G2\"");
    row("quote", "say \"hi\"", "\"say \"\"hi\"\"\"");
    row("newline", "a\nb", "\"a\nb\"");
    row("formula and comma", "=1,2", "\"'=1,2\"");
    row("carriage return formula", "\rx", "\"'\rx\"");
}

void TestMdeCsv::csvCellQuoting()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(csvCell(cell.toStdString())), expected);
}

void TestMdeCsv::writerLayout()
{
    Indicator ind;
    ind.type = IndicatorType::DomainName;
    ind.value = "malware.example.com";
    ind.action = Action::Warn;
    ind.severity = Severity::Medium;
    ind.title = "=cmd";
    ind.description = "d, with comma";
    ind.rbacGroups = {"G1", "G2"};
    ind.mitreTechniques = {"T1071"};
    ind.expiration = parseIsoTimestamp("2030-05-06T07:08:09Z");
    std::ostringstream out;
    writeMdeCsvHeader(out);
    writeMdeCsvRow(out, ind);
    QCOMPARE(out.str(),
             std::string("IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                         "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n"
                         "DomainName,malware.example.com,2030-05-06T07:08:09.0Z,Warn,Medium,'=cmd,"
                         "\"d, with comma\",,\"G1,G2\",,T1071,False\r\n"));
}

void TestMdeCsv::roundTrip()
{
    std::vector<Indicator> written;
    Indicator a;
    a.type = IndicatorType::FileSha256;
    a.value = kSha256;
    a.action = Action::BlockAndRemediate;
    a.severity = Severity::High;
    a.generateAlert = true;
    a.title = "=HYPERLINK(\"http://evil.example.com\",\"click\")";
    a.description = "Line one, with \"quotes\"\nline two";
    a.recommendedActions = "-isolate the host";
    a.category = "Malware";
    a.rbacGroups = {"Servers", "Tier 0"};
    a.mitreTechniques = {"T1059.001", "T1204"};
    a.expiration = parseIsoTimestamp("2031-01-02T03:04:05Z");
    written.push_back(a);
    Indicator b;
    b.type = IndicatorType::Url;
    b.value = "https://downloads.example.com/a/b?x=1";
    b.action = Action::Audit;
    b.generateAlert = true;
    b.title = "'=already quoted";
    b.description = "@mention and +plus";
    written.push_back(b);
    Indicator c;
    c.type = IndicatorType::IpAddress;
    c.value = "8.8.4.4";
    c.action = Action::Allowed;
    c.title = "+1 trusted resolver";
    c.description = "plain";
    written.push_back(c);

    std::ostringstream out;
    writeMdeCsvHeader(out);
    for (const Indicator& ind : written)
        writeMdeCsvRow(out, ind);
    const auto rows = readText(out.str());
    QCOMPARE(rows.size(), written.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QVERIFY2(rows[i].valid(), rows[i].errors.empty() ? "" : rows[i].errors[0].message.c_str());
        const Indicator& got = rows[i].indicator;
        const Indicator& want = written[i];
        QCOMPARE(label(got.type), label(want.type));
        QCOMPARE(got.value, want.value);
        QCOMPARE(label(got.action), label(want.action));
        QCOMPARE(label(got.severity), label(want.severity));
        QCOMPARE(got.generateAlert, want.generateAlert);
        QCOMPARE(got.title, want.title);
        QCOMPARE(got.description, want.description);
        QCOMPARE(got.recommendedActions, want.recommendedActions);
        QCOMPARE(got.category, want.category);
        QCOMPARE(got.rbacGroups, want.rbacGroups);
        QCOMPARE(got.mitreTechniques, want.mitreTechniques);
        QVERIFY(got.expiration == want.expiration);
    }
}

void TestMdeCsv::sampleReadsBackClean()
{
    const std::string sample = sampleMdeCsv();
    QVERIFY(sample.starts_with("IndicatorType,IndicatorValue,"));
    const auto rows = readText(sample);
    std::set<IndicatorType> types;
    for (const ImportRow& row : rows) {
        QVERIFY2(row.valid(), row.errors.empty() ? "" : row.errors[0].message.c_str());
        QVERIFY2(row.warnings.empty(), row.warnings.empty() ? "" : row.warnings[0].message.c_str());
        types.insert(row.indicator.type);
    }
    QCOMPARE(rows.size(), std::size_t(7));
    QCOMPARE(types.size(), std::size_t(7)); // one row of each MDE type
    QVERIFY(!types.count(IndicatorType::IpRange));
}

QTEST_GUILESS_MAIN(TestMdeCsv)
#include "test_mde_csv.moc"
