// The preview's fast paths agree with the simple code that defines them, on random input:
// CsvRowSplitter (64 bytes at a time, bit masks) against CsvScanner (byte by byte), and
// the eight-digits-at-a-time hex decoder (and four-bytes-at-a-time encoder) against
// per-digit ones.

#include "engine/match/hex.h"
#include "engine/telemetry/csv_rows.h"
#include "engine/telemetry/csv_scan.h"

#include <QTest>

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
