// The RFC 4180 tokeniser: a table of edge cases, block-boundary cases, the size cap,
// storage reuse and a multi-megabyte record written to a temporary file.

#include "engine/codec/csv_reader.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>
#include <string>

using indicia::CsvReader;
using indicia::CsvRecord;

namespace {

std::string escaped(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
    return out;
}

// Renders every record as "L<line>[cell][cell]"; a malformed record as "L<line>!" (its
// cells are partial and unspecified). Records are separated by one space.
std::string render(const std::string& input, std::size_t maxBytes)
{
    std::istringstream in(input);
    CsvReader reader(in, maxBytes);
    CsvRecord record;
    std::string out;
    while (reader.next(record)) {
        if (!out.empty())
            out += ' ';
        out += 'L' + std::to_string(record.line);
        if (!record.error.empty()) {
            out += '!';
            continue;
        }
        for (const std::string& field : record.fields)
            out += '[' + escaped(field) + ']';
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void recordNumbersCountBlankRecords();
    void blankDetection();
    void lineBreaksAcrossBlockBoundary();
    void doubledQuoteAcrossBlockBoundary();
    void bomOnlyAtStart();
    void fieldStorageIsReused();
    void hugeRecordInFileIsSkipped();
    void manyRecordsRoundTrip();
};

void TestCsvReader::table_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QByteArray>("expected");
    auto row = [](const char* name, const QByteArray& in, const char* out, int max = 1 << 20) {
        QTest::newRow(name) << in << max << QByteArray(out);
    };
    row("empty file", "", "");
    row("only a header", "a,b,c", "L1[a][b][c]");
    row("LF", "a,b\nc,d\n", "L1[a][b] L2[c][d]");
    row("CRLF", "a,b\r\nc,d\r\n", "L1[a][b] L2[c][d]");
    row("lone CR", "a\rb\r", "L1[a] L2[b]");
    row("mixed line ends", "a\r\nb\nc\rd", "L1[a] L2[b] L3[c] L4[d]");
    row("no final newline", "a,b", "L1[a][b]");
    row("empty cells", ",,", "L1[][][]");
    row("trailing comma", "a,", "L1[a][]");
    row("blank line kept as a record", "a\n\nb\n", "L1[a] L2[] L3[b]");
    row("only a newline", "\n", "L1[]");
    row("blank CRLF rows at end", "a\r\n\r\n\r\n", "L1[a] L2[] L3[]");
    row("spaces kept", "  a , b ", "L1[  a ][ b ]");
    row("quoted comma", "\"a,b\",c", "L1[a,b][c]");
    row("doubled quotes", "\"say \"\"hi\"\"\"", "L1[say \"hi\"]");
    row("only a doubled quote", "\"\"\"\"", "L1[\"]");
    row("quoted empty", "\"\",x", "L1[][x]");
    row("quoted LF", "\"a\nb\",c\nd", "L1[a\\nb][c] L3[d]");
    row("quoted CRLF", "\"a\r\nb\"\r\nc", "L1[a\\r\\nb] L3[c]");
    row("quoted lone CR", "\"a\rb\"\rc", "L1[a\\rb] L3[c]");
    row("quoted list cell", "x,\"G1,G2,G3\",y", "L1[x][G1,G2,G3][y]");
    row("stray quote in unquoted cell is literal", "a\"b,c", "L1[a\"b][c]");
    row("text after closing quote is appended", "\"a\"b,c", "L1[ab][c]");
    row("quote after a space is literal", " \"a,b\"", "L1[ \"a][b\"]");
    row("unterminated quote", "a,\"bc\nd", "L1!");
    row("unterminated quote after good rows", "x\ny\n\"z", "L1[x] L2[y] L3!");
    row("lone quote", "\"", "L1!");
    row("BOM skipped", "\xEF\xBB\xBF" "a,b", "L1[a][b]");
    row("only a BOM", "\xEF\xBB\xBF", "");
    row("BOM later is data", "a\n\xEF\xBB\xBF" "b", "L1[a] L2[\xEF\xBB\xBF" "b]");
    row("UTF-8 passes through", "\xC3\xA9t\xC3\xA9,\xE2\x82\xAC", "L1[\xC3\xA9t\xC3\xA9][\xE2\x82\xAC]");
    row("record exactly at the cap", "0123456789\nx", "L1[0123456789] L2[x]", 10);
    row("record over the cap", "short\n0123456789ABC,x\nnext", "L1[short] L2! L3[next]", 10);
    row("quoted record over the cap spans lines", "\"0123456789\n0123\",x\nnext",
        "L1! L3[next]", 10);
    row("separators count towards the cap", ",,,,,,,,,,,,,,,\nz", "L1! L2[z]", 10);
}

void TestCsvReader::table()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxBytes);
    QFETCH(QByteArray, expected);
    const std::string got = render(input.toStdString(), static_cast<std::size_t>(maxBytes));
    QCOMPARE(QByteArray::fromStdString(got), expected);
}

void TestCsvReader::recordNumbersCountBlankRecords()
{
    std::istringstream in("h1,h2\r\n\r\n\"multi\nline\",x\r\nlast\r\n");
    CsvReader reader(in);
    CsvRecord record;
    std::vector<std::pair<std::size_t, std::size_t>> seen; // (number, line)
    while (reader.next(record))
        seen.emplace_back(record.number, record.line);
    const std::vector<std::pair<std::size_t, std::size_t>> expected = {
        {1, 1}, {2, 2}, {3, 3}, {4, 5}};
    QCOMPARE(seen, expected);
}

void TestCsvReader::blankDetection()
{
    CsvRecord record;
    record.fields = {"", " ", "\t"};
    QVERIFY(record.isBlank());
    record.fields = {"", "x"};
    QVERIFY(!record.isBlank());
    record.fields = {};
    QVERIFY(record.isBlank());
}

// The reader refills its buffer every 64 KiB; a CRLF split across two blocks must still
// count as one line break, inside and outside quotes.
void TestCsvReader::lineBreaksAcrossBlockBoundary()
{
    const std::size_t block = 64 * 1024;
    for (std::size_t shift = 0; shift < 3; ++shift) {
        const std::string first(block - 1 - shift, 'a');
        std::istringstream in(first + "\r\nnext\r\n\"q" + std::string(block, 'b') + "\r\nc\"\r\nz");
        CsvReader reader(in);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.size(), std::size_t(1));
        QCOMPARE(record.fields[0].size(), first.size());
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields[0], std::string("next"));
        QCOMPARE(record.line, std::size_t(2));
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields[0], "q" + std::string(block, 'b') + "\r\nc");
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields[0], std::string("z"));
        QCOMPARE(record.line, std::size_t(5));
        QVERIFY(!reader.next(record));
    }
}

void TestCsvReader::doubledQuoteAcrossBlockBoundary()
{
    const std::size_t block = 64 * 1024;
    for (std::size_t shift = 0; shift < 3; ++shift) {
        // The opening quote takes one byte, so the doubled quote straddles the boundary
        // for one of the shifts.
        const std::string body(block - 2 - shift, 'x');
        std::istringstream in("\"" + body + "\"\"y\",z\n");
        CsvReader reader(in);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QVERIFY(record.error.empty());
        QCOMPARE(record.fields.size(), std::size_t(2));
        QCOMPARE(record.fields[0], body + "\"y");
        QCOMPARE(record.fields[1], std::string("z"));
    }
}

void TestCsvReader::bomOnlyAtStart()
{
    std::istringstream in("\xEF\xBB\xBF\"IndicatorType\",x\n");
    CsvReader reader(in);
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields[0], std::string("IndicatorType")); // the quote is seen after the BOM
}

void TestCsvReader::fieldStorageIsReused()
{
    std::istringstream in(std::string(200, 'a') + ",b\nc,d\n");
    CsvReader reader(in);
    CsvRecord record;
    QVERIFY(reader.next(record));
    const char* storage = record.fields[0].data();
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields[0], std::string("c"));
    QCOMPARE(static_cast<const void*>(record.fields[0].data()), static_cast<const void*>(storage));
}

// A 10 MB record (more than the default 4 MiB cap) is reported and skipped; the records
// around it read normally, and memory never holds the whole record.
void TestCsvReader::hugeRecordInFileIsSkipped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("huge.csv")).toStdString();
    {
        std::ofstream out(path, std::ios::binary);
        out << "a,b\r\n\"";
        const std::string chunk(1 << 20, 'x');
        for (int i = 0; i < 10; ++i)
            out << chunk << "\r\n";
        out << "\",tail\r\nc,d\r\n";
    }
    std::ifstream in(path, std::ios::binary);
    CsvReader reader(in);
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields, (std::vector<std::string>{"a", "b"}));
    QVERIFY(reader.next(record));
    QVERIFY(!record.error.empty());
    QCOMPARE(record.line, std::size_t(2));
    std::size_t held = 0;
    for (const std::string& field : record.fields)
        held += field.size();
    QVERIFY(held <= (4u << 20));
    QVERIFY(reader.next(record));
    QVERIFY(record.error.empty());
    QCOMPARE(record.fields, (std::vector<std::string>{"c", "d"}));
    QCOMPARE(record.line, std::size_t(13));
    QVERIFY(!reader.next(record));
}

// Many records with every kind of cell, spread over several blocks, read back exactly.
void TestCsvReader::manyRecordsRoundTrip()
{
    const std::vector<std::string> cells = {"plain", "", "with,comma", "with \"quote\"",
                                            "multi\r\nline", "tail\n", "x"};
    std::string input;
    const int records = 20000;
    for (int r = 0; r < records; ++r) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c > 0)
                input += ',';
            const std::string& cell = cells[(c + static_cast<std::size_t>(r)) % cells.size()];
            if (cell.find_first_of(",\"\r\n") == std::string::npos) {
                input += cell;
                continue;
            }
            input += '"';
            for (char ch : cell)
                input += ch == '"' ? std::string("\"\"") : std::string(1, ch);
            input += '"';
        }
        input += r % 2 ? "\r\n" : "\n";
    }
    std::istringstream in(input);
    CsvReader reader(in);
    CsvRecord record;
    int count = 0;
    while (reader.next(record)) {
        QVERIFY(record.error.empty());
        QCOMPARE(record.fields.size(), cells.size());
        for (std::size_t c = 0; c < cells.size(); ++c)
            QCOMPARE(record.fields[c], cells[(c + static_cast<std::size_t>(count)) % cells.size()]);
        ++count;
    }
    QCOMPARE(count, records);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
