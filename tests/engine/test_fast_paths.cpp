// The preview's fast paths agree with the simple code that defines them, on random input:
// CsvRowSplitter (64 bytes at a time, bit masks) against CsvScanner (byte by byte), and
// the eight-digits-at-a-time hex decoder (and four-bytes-at-a-time encoder) against
// per-digit ones; a plain list read in parts on several threads (SourceReader::readAll)
// against the same list read row by row; the bare-hash shortcut of type detection against
// the typed rules; a snapshot compiled one indicator at a time (growing its tables) against
// one compiled from the whole list.

#include "engine/codec/source_reader.h"
#include "engine/match/hex.h"
#include "engine/match/snapshot.h"
#include "engine/normalise.h"
#include "engine/telemetry/event.h"
#include "engine/telemetry/csv_rows.h"
#include "engine/telemetry/csv_scan.h"

#include <QTemporaryDir>
#include <QTest>

#include "engine/text_util.h"

#include <algorithm>
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

    void bareHashShortcutAgreesWithTheRules()
    {
        std::mt19937 rng(7);
        static const std::string alphabet = "0123456789abcdefABCDEF0123456789abcdef g.:[]x\x80";
        int shortcuts = 0;
        for (int round = 0; round < 30000; ++round) {
            const std::size_t lengths[] = {31, 32, 33, 39, 40, 41, 63, 64, 65};
            std::string raw(lengths[rng() % std::size(lengths)], '0');
            const std::size_t letters = round % 4 ? 22 : alphabet.size(); // mostly hex
            for (char& c : raw)
                c = alphabet[rng() % letters];
            std::string canonical = "left over";
            const std::optional<IndicatorType> type = detectBareHash(raw, canonical);
            const Detected detected = detectAndNormalise(raw);
            const bool hashLength = raw.size() == 32 || raw.size() == 40 || raw.size() == 64;
            if (!type) { // only a run of hex digits of a hash's length takes the shortcut
                QVERIFY2(!hashLength || !std::all_of(raw.begin(), raw.end(), text::isHexDigit), raw.c_str());
                continue;
            }
            ++shortcuts;
            // The typed rules (no shortcut in normalise()) give the same value, nothing to warn.
            const Normalised typed = normalise(*type, raw);
            QVERIFY2(typed.ok() && *typed.value == canonical && typed.warnings.empty(), raw.c_str());
            QVERIFY(detected.type == type && detected.result.value == canonical && detected.result.warnings.empty());
        }
        QVERIFY(shortcuts > 5000);
    }

    void snapshotBuiltOneByOneAgreesWithWholeList()
    {
        std::mt19937_64 rng(11);
        const TimePoint asOf(std::chrono::seconds(1780000000));
        const auto hex = [&](std::size_t chars) {
            std::string s(chars, '0');
            for (char& c : s)
                c = "0123456789abcdef"[rng() & 15];
            return s;
        };
        std::vector<match::ListedIndicator> list;
        for (std::uint64_t i = 1; i <= 20000; ++i) {
            match::ListedIndicator& l = list.emplace_back();
            l.id = i;
            l.updated = asOf - std::chrono::hours(i);
            Indicator& ind = l.indicator;
            const auto kind = i % 10;
            ind.type = kind < 4 ? IndicatorType::FileSha256 : kind < 7 ? IndicatorType::FileSha1
                     : kind < 8 ? IndicatorType::FileMd5 : kind < 9 ? IndicatorType::DomainName : IndicatorType::Url;
            ind.value = kind < 4 ? hex(64) : kind < 7 ? hex(40) : kind < 8 ? hex(32)
                      : kind < 9 ? "d" + hex(6) + ".example.com" : "http://u" + hex(6) + ".example.net/p";
            if (i % 7 == 0)
                ind.value = list[i / 2].indicator.value, ind.type = list[i / 2].indicator.type; // repeated keys
            if (i % 13 == 0)
                ind.expiration = asOf - std::chrono::seconds(1);
            if (i % 17 == 0)
                ind.value = "not hex"; // left out as invalid
            if (i % 3 == 0)
                ind.rbacGroups = {"Group" + std::to_string(i % 5)};
        }
        const auto whole = match::Snapshot::build(list, asOf);
        match::SnapshotBuilder builder(asOf); // no reserve: every table grows as it goes
        for (const match::ListedIndicator& l : list)
            builder.add(l.id, l.indicator, l.updated);
        QCOMPARE(builder.added(), list.size());
        const auto streamed = builder.finish();
        QCOMPARE(streamed->indicators().size(), whole->indicators().size());
        QCOMPARE(streamed->expiredLeftOut(), whole->expiredLeftOut());
        QCOMPARE(streamed->invalidLeftOut(), whole->invalidLeftOut());
        QVERIFY(whole->expiredLeftOut() > 0 && whole->invalidLeftOut() > 0);
        std::vector<match::Hit> a, b;
        for (std::uint32_t k = 0; k < whole->indicators().size(); ++k) {
            QCOMPARE(streamed->valueOf(k), whole->valueOf(k));
            QCOMPARE(streamed->scopeOf(streamed->indicators()[k]), whole->scopeOf(whole->indicators()[k]));
            // Every value is found, with the same postings, in both.
            telemetry::Event event;
            const std::string value = whole->valueOf(k);
            const IndicatorType type = whole->indicators()[k].type;
            const auto kind = type == IndicatorType::FileSha256 ? telemetry::ValueKind::Sha256
                            : type == IndicatorType::FileSha1   ? telemetry::ValueKind::Sha1
                            : type == IndicatorType::FileMd5    ? telemetry::ValueKind::Md5
                            : type == IndicatorType::DomainName ? telemetry::ValueKind::Host
                                                                : telemetry::ValueKind::Url;
            event.add(kind, telemetry::Subject::Target, "f", value);
            a.clear();
            b.clear();
            whole->match(event, 0, a);
            streamed->match(event, 0, b);
            QVERIFY(!a.empty());
            QCOMPARE(b.size(), a.size());
            for (std::size_t h = 0; h < a.size(); ++h)
                QCOMPARE(b[h].indicator, a[h].indicator);
        }
        // The builder starts again empty after finish().
        QVERIFY(builder.finish()->indicators().empty());
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
