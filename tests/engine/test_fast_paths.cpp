// The preview's fast paths agree with the simple code that defines them, on random input:
// CsvRowSplitter (64 bytes at a time, bit masks) against CsvScanner (byte by byte), and
// the eight-digits-at-a-time hex decoder (and four-bytes-at-a-time encoder) against
// per-digit ones; a plain list read in parts on several threads (SourceReader::readAll)
// against the same list read row by row.

#include "engine/codec/source_reader.h"
#include "engine/match/hex.h"
#include "engine/telemetry/csv_rows.h"
#include "engine/telemetry/csv_scan.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

#include <random>
#include <string>
#include <vector>

using namespace indicia;
using namespace indicia::telemetry;

namespace {

// One record as a reader sees it: its cells up to the last one read, or why it is bad.
struct Outcome {
    std::vector<std::string> cells;
    std::string problem;
    bool operator==(const Outcome&) const = default;
};

Outcome fromScanner(CsvScanner::Status status, const std::vector<std::string_view>& cells, std::string_view reason,
                    std::size_t columns, std::size_t lastRead)
{
    if (status == CsvScanner::Status::Malformed)
        return {{}, std::string(reason)};
    if (cells.size() != columns)
        return {{}, "cells " + std::to_string(cells.size())};
    return {std::vector<std::string>(cells.begin(), cells.begin() + std::ptrdiff_t(lastRead) + 1), {}};
}

// The reference: CsvScanner alone.
std::vector<Outcome> slowly(std::string_view text, std::size_t columns, std::size_t lastRead, std::size_t maxBytes)
{
    CsvScanner scanner(text, maxBytes);
    std::vector<std::string_view> cells;
    std::string_view reason;
    std::vector<Outcome> out;
    for (CsvScanner::Status s; (s = scanner.next(cells, reason)) != CsvScanner::Status::End;)
        out.push_back(fromScanner(s, cells, reason, columns, lastRead));
    return out;
}

// The fast path as TelemetrySource uses it: the splitter, and CsvScanner for the rows it returns.
std::vector<Outcome> quickly(std::string_view text, std::size_t columns, std::size_t lastRead, std::size_t maxBytes)
{
    CsvRowSplitter splitter(text, maxBytes, columns, lastRead);
    CsvScanner scanner(text, maxBytes);
    std::vector<std::string_view> cells;
    std::string_view reason;
    std::vector<Outcome> out;
    for (CsvRowSplitter::Status s; (s = splitter.next()) != CsvRowSplitter::Status::End;) {
        if (s == CsvRowSplitter::Status::Row) {
            Outcome row;
            for (std::size_t i = 0; i <= lastRead; ++i)
                row.cells.emplace_back(splitter.cell(i));
            out.push_back(row);
            continue;
        }
        scanner.seek(splitter.slowStart());
        const CsvScanner::Status slow = scanner.next(cells, reason);
        splitter.resumeAt(scanner.position());
        if (slow == CsvScanner::Status::End)
            break;
        out.push_back(fromScanner(slow, cells, reason, columns, lastRead));
    }
    return out;
}

std::string randomCsv(std::mt19937& rng, std::size_t length)
{
    // Mostly plain text, with every byte the splitter treats specially.
    static const std::string pieces[] = {"ab", "x", "0123456789abcdef", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " "};
    std::string text;
    while (text.size() < length)
        text += pieces[rng() % std::size(pieces)];
    return text;
}

// A list with everything a plain list may hold, over 256 KiB so that readAll cuts it:
// a byte-order mark, CRLF, LF and lone CR breaks, comments, blank lines, invalid values,
// invalid UTF-8 and prose lines whose values repeat across the whole file.
std::string messyList(std::mt19937& rng)
{
    std::string text = "\xEF\xBB\xBF# feed header\r\n";
    const auto hex = [&](std::size_t n) {
        std::string h;
        for (std::size_t i = 0; i < n; ++i)
            h += "0123456789abcdefABCDEF"[rng() % 22];
        return h;
    };
    const char* breaks[] = {"\n", "\r\n", "\r", "\n"};
    while (text.size() < 400 * 1024) {
        // Hashes only in the 8 KiB that format detection reads (a list, not a report).
        const unsigned kind = rng() % (text.size() < 8192 ? 10 : 20);
        std::string line;
        if (kind < 10)
            line = hex(40);
        else if (kind == 10)
            line = "evil" + std::to_string(rng() % 30) + "[.]com - C2 seen on 1.2.3." + std::to_string(rng() % 9);
        else if (kind == 11)
            line = "10.0.0." + std::to_string(rng() % 300) + " # scanner";
        else if (kind == 12)
            line = "two words";
        else if (kind == 13)
            line = "";
        else if (kind == 14)
            line = "http://x" + std::to_string(rng() % 50) + ".example.com/a;b";
        else if (kind == 15)
            line = "\xFF bad";
        else if (kind == 16)
            line = hex(1 + rng() % 70);
        else if (kind == 17)
            line = "d" + std::to_string(rng() % 100) + ".example.org;note";
        else // often, so that some part of the cut list starts with one
            line = "\xEF\xBB\xBF" + hex(64); // a byte-order mark that is not at the file start
        text += line + breaks[rng() % 4];
    }
    return text;
}

// What a reader yields for one row, every field the callers use.
std::string describe(const ImportRow& row)
{
    std::string out = std::to_string(row.row) + "/" + std::to_string(row.line) + " " + row.raw + " -> " +
                      (row.type ? std::to_string(int(*row.type)) : "?") + " " + row.indicator.value;
    for (const Issues* issues : {&row.errors, &row.warnings})
        for (const Issue& issue : *issues)
            out += " [" + issue.code + ": " + issue.message + "]";
    return out;
}

} // namespace

class TestFastPaths : public QObject {
    Q_OBJECT

private slots:
    void rowSplitterAgreesWithScanner()
    {
        std::mt19937 rng(20261128);
        for (int round = 0; round < 10000; ++round) {
            const std::string text = randomCsv(rng, 1 + rng() % 400);
            const std::size_t columns = 1 + rng() % 5;
            const std::size_t lastRead = columns - 1 - rng() % columns;
            const std::size_t maxBytes = round % 3 == 0 ? 20 : 1000;
            const auto expected = slowly(text, columns, lastRead, maxBytes);
            const auto actual = quickly(text, columns, lastRead, maxBytes);
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("round %1 differs; text: %2")
                                     .arg(round)
                                     .arg(QString::fromLatin1(QByteArray::fromStdString(text).toPercentEncoding()))));
        }
    }

    void wellFormedRowsTakeTheFastPath()
    {
        const std::string text = "a,\"b,\nc\",d\r\n\r\n\"x\"\"y\",2,3\nlast,row,\"no newline\"";
        CsvRowSplitter splitter(text, 1000, 3, 1);
        QCOMPARE(splitter.next(), CsvRowSplitter::Status::Row);
        QCOMPARE(splitter.cell(1), std::string_view("\"b,\nc\""));
        QCOMPARE(splitter.next(), CsvRowSplitter::Status::Row);
        QCOMPARE(splitter.cell(0), std::string_view("\"x\"\"y\""));
        QCOMPARE(splitter.next(), CsvRowSplitter::Status::Row);
        QCOMPARE(splitter.cell(0), std::string_view("last"));
        QCOMPARE(splitter.next(), CsvRowSplitter::Status::End);
    }

    void plainListInPartsAgreesWithRowByRow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::mt19937 rng(42);
        for (int round = 0; round < 5; ++round) {
            const std::string path = dir.filePath(QStringLiteral("list%1.txt").arg(round)).toStdString();
            std::ofstream(path, std::ios::binary) << messyList(rng);
            Issue error;
            const ValidateOptions options{TimePoint(std::chrono::seconds(1780000000))};
            std::vector<std::string> expected;
            auto reader = SourceReader::open(path, options, error);
            QVERIFY(reader);
            QVERIFY(reader->format() == SourceFormat::PlainList);
            for (ImportRow row; reader->next(row);)
                expected.push_back(describe(row));
            QVERIFY(expected.size() > 10000);
            for (const unsigned threads : {1u, 2u, 3u, 8u}) {
                std::vector<std::string> actual;
                RowSink sink;
                sink.take = [&](ImportRow& row) { actual.push_back(describe(row)); };
                SourceFormat format = SourceFormat::MdeCsv;
                QVERIFY(SourceReader::readAll(path, options, error, sink, threads, {}, &format));
                QVERIFY(format == SourceFormat::PlainList);
                QCOMPARE(actual.size(), expected.size());
                for (std::size_t i = 0; i < expected.size(); ++i)
                    if (actual[i] != expected[i])
                        QFAIL(qPrintable(QStringLiteral("threads %1, row %2: %3 instead of %4")
                                             .arg(threads)
                                             .arg(i)
                                             .arg(QString::fromStdString(actual[i]), QString::fromStdString(expected[i]))));
            }
        }
    }

    void hexDecoderAgreesWithDigitByDigit()
    {
        std::mt19937 rng(6);
        static const std::string digits = "0123456789abcdefABCDEFgG /\x80";
        for (int round = 0; round < 20000; ++round) {
            std::string hex;
            const std::size_t length = 2 * (rng() % 34);
            for (std::size_t i = 0; i < length; ++i)
                hex += digits[rng() % (round % 2 ? 22 : digits.size())];
            unsigned char expected[34] = {}, actual[34] = {};
            bool valid = true;
            for (std::size_t i = 0; i < length; i += 2) {
                const auto nibble = [&](char c) {
                    const auto at = std::string_view("0123456789abcdef").find(char(std::tolower(static_cast<unsigned char>(c))));
                    valid &= at != std::string_view::npos && static_cast<unsigned char>(c) < 0x80;
                    return at == std::string_view::npos ? 0 : int(at);
                };
                expected[i / 2] = static_cast<unsigned char>(nibble(hex[i]) << 4 | nibble(hex[i + 1]));
            }
            QCOMPARE(match::decodeHex(hex, actual), valid);
            if (!valid)
                continue;
            QVERIFY(std::equal(expected, expected + length / 2, actual));
            // And back: lower-case hex, four bytes at a time against one at a time.
            const std::string_view bytes(reinterpret_cast<const char*>(actual), length / 2);
            char text[68];
            match::encodeHexLower(bytes, text);
            std::string lower = hex;
            for (char& c : lower)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            QCOMPARE(std::string(text, length), lower);
        }
    }
};

QTEST_GUILESS_MAIN(TestFastPaths)
#include "test_fast_paths.moc"
