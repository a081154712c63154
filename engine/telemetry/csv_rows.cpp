#include "engine/telemetry/csv_rows.h"

#include "engine/telemetry/swar.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64) // MSVC on x86-64 does not define __SSE2__
#include <emmintrin.h>
#endif
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

namespace indicia::telemetry {

namespace {

struct ByteMasks {
    std::uint64_t quotes = 0;
    std::uint64_t stops = 0; // ',', '\n' and '\r' (told apart later by reading the byte)
    bool high = false;       // some byte >= 0x80
};

// Bit i of each mask describes byte p[i]; `p` must have 64 readable bytes.
ByteMasks byteMasks(const char* p)
{
    ByteMasks m;
#if defined(__SSE2__) || defined(_M_X64) // MSVC on x86-64 does not define __SSE2__
    // SSE2 is part of every x86-64 CPU: 16 bytes per compare, no runtime dispatch needed.
    const __m128i quote = _mm_set1_epi8('"'), comma = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n'),
                  cr = _mm_set1_epi8('\r');
    const auto load = [p](int k) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k)); };
    const auto mask = [](__m128i eq) { return std::uint64_t(std::uint32_t(_mm_movemask_epi8(eq))); };
    const auto stop = [&](__m128i v) {
        return _mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    };
    // Written out four times (not a loop) so that every shift is a constant.
    const __m128i v0 = load(0), v1 = load(1), v2 = load(2), v3 = load(3);
    m.quotes = mask(_mm_cmpeq_epi8(v0, quote)) | mask(_mm_cmpeq_epi8(v1, quote)) << 16 |
               mask(_mm_cmpeq_epi8(v2, quote)) << 32 | mask(_mm_cmpeq_epi8(v3, quote)) << 48;
    m.stops = mask(stop(v0)) | mask(stop(v1)) << 16 | mask(stop(v2)) << 32 | mask(stop(v3)) << 48;
    m.high = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(v0, v1), _mm_or_si128(v2, v3))) != 0;
#else
    for (int i = 0; i < 64; ++i) {
        const std::uint64_t bit = std::uint64_t(1) << i;
        const char c = p[i];
        m.quotes |= c == '"' ? bit : 0;
        m.stops |= (c == ',' || c == '\n' || c == '\r') ? bit : 0;
        m.high |= static_cast<unsigned char>(c) >= 0x80;
    }
#endif
    return m;
}

#if defined(__GNUC__) && defined(__x86_64__)
// The same with AVX2, 32 bytes per compare, for the CPUs that have it (chosen at run
// time, so the binary still runs on any x86-64). No lambdas: they would not inherit the
// target attribute.
__attribute__((target("avx2"))) ByteMasks byteMasksAvx2(const char* p)
{
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
    const __m256i quote = _mm256_set1_epi8('"'), comma = _mm256_set1_epi8(','), lf = _mm256_set1_epi8('\n'),
                  cr = _mm256_set1_epi8('\r');
    const __m256i stopA = _mm256_or_si256(_mm256_cmpeq_epi8(a, comma),
                                          _mm256_or_si256(_mm256_cmpeq_epi8(a, lf), _mm256_cmpeq_epi8(a, cr)));
    const __m256i stopB = _mm256_or_si256(_mm256_cmpeq_epi8(b, comma),
                                          _mm256_or_si256(_mm256_cmpeq_epi8(b, lf), _mm256_cmpeq_epi8(b, cr)));
    ByteMasks m;
    m.quotes = std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(a, quote)))) |
               std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, quote)))) << 32;
    m.stops = std::uint64_t(std::uint32_t(_mm256_movemask_epi8(stopA))) |
              std::uint64_t(std::uint32_t(_mm256_movemask_epi8(stopB))) << 32;
    m.high = _mm256_movemask_epi8(_mm256_or_si256(a, b)) != 0;
    return m;
}
#endif

using ByteMasksFunction = ByteMasks (*)(const char*);

ByteMasksFunction bestByteMasks()
{
#if defined(__GNUC__) && defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2"))
        return byteMasksAvx2;
#endif
    return byteMasks;
}

// Bit i of the result is the XOR of bits 0..i: 1 from an opening quote up to (not
// including) its closing quote. A doubled quote inside a quoted cell toggles twice.
std::uint64_t prefixXor(std::uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

// Bits from..to (inclusive), 0 <= from, to <= 63; empty when from > to.
std::uint64_t bitRange(std::size_t from, std::size_t to)
{
    if (from > to)
        return 0;
    const std::uint64_t upTo = to == 63 ? ~std::uint64_t(0) : (std::uint64_t(1) << (to + 1)) - 1;
    return upTo & (~std::uint64_t(0) << from);
}

} // namespace

CsvRowSplitter::CsvRowSplitter(std::string_view text, std::size_t maxRecordBytes, std::size_t columns,
                               std::size_t lastReadCell)
    : text_(text), maxRecordBytes_(maxRecordBytes), columns_(columns), lastReadCell_(lastReadCell),
      bounds_(columns + 2, 0)
{
    resumeAt(0);
}

void CsvRowSplitter::resumeAt(std::size_t position)
{
    restartBlocksAt(position);
    startRow(position);
    rowOpen_ = true;
}

// The next block starts at `position`, which must be outside quotes at a row start.
void CsvRowSplitter::restartBlocksAt(std::size_t position)
{
    blockStart_ = nextBlock_ = position;
    masks_ = {};
    pending_ = 0;
    insideQuotes_ = false;
    afterBoundary_ = true;
}

bool CsvRowSplitter::skipRestOfRow(std::size_t from)
{
    const char* begin = text_.data() + from;
    const char* textEnd = text_.data() + text_.size();
    const auto* lineFeed = static_cast<const char*>(std::memchr(begin, '\n', std::size_t(textEnd - begin)));
    if (!lineFeed)
        return false; // the last row: the blocks handle the end of the text
    const char* rowEnd = lineFeed > begin && lineFeed[-1] == '\r' ? lineFeed - 1 : lineFeed;
    const auto size = std::size_t(rowEnd - begin);
    if (std::memchr(begin, '"', size) || std::memchr(begin, '\r', size))
        return false; // quotes or a lone CR: only the blocks follow those exactly
    const std::size_t cells = cellCount_ + swar::count(begin, rowEnd, ',') + 1;
    const auto end = std::size_t(rowEnd - text_.data());
    if (cells != columns_ || end - rowStart_ > maxRecordBytes_)
        return false; // let the blocks find the same thing and send the row the slow way
    cellCount_ = columns_ - 1;
    nextRowStart_ = std::size_t(lineFeed - text_.data()) + 1;
    rowOpen_ = false;
    restartBlocksAt(nextRowStart_);
    return true;
}

void CsvRowSplitter::startRow(std::size_t position)
{
    rowStart_ = position;
    bounds_[0] = position - 1; // wraps for position 0; cell() adds the 1 back
    cellCount_ = 0;
    rowAnomaly_ = false;
    rowHigh_ = false;
}

bool CsvRowSplitter::loadBlock()
{
    if (nextBlock_ >= text_.size())
        return false;
    blockStart_ = nextBlock_;
    nextBlock_ = blockStart_ + 64;
    char tail[64];
    const char* p = text_.data() + blockStart_;
    if (text_.size() - blockStart_ < 64) {
        // The last bytes, padded with zeros (which are none of the bytes we look for).
        std::memset(tail, 0, sizeof tail);
        std::memcpy(tail, p, text_.size() - blockStart_);
        p = tail;
    }
    static const ByteMasksFunction masksOf = bestByteMasks();
#if defined(__GNUC__)
    // The hardware prefetcher stops at each 4 KiB page; asking for the bytes 2 KiB ahead
    // keeps the next page's lines on their way while this block is split (a prefetch
    // never faults, so running past the end of the text is harmless).
    __builtin_prefetch(p + 2048);
#endif
    const ByteMasks bytes = masksOf(p);
    const std::uint64_t inside = prefixXor(bytes.quotes) ^ (insideQuotes_ ? ~std::uint64_t(0) : 0);
    insideQuotes_ = (inside >> 63) != 0;
    // An opening quote is legal only at the start of a cell (after a boundary) or right after
    // a closing quote (a doubled quote). CsvScanner reads any other quote as plain text.
    const std::uint64_t openers = bytes.quotes & inside;
    const std::uint64_t separators = bytes.stops | bytes.quotes;
    const std::uint64_t afterSeparator = (separators << 1) | (afterBoundary_ ? 1 : 0);
    afterBoundary_ = (separators >> 63) != 0;

    masks_.boundaries = bytes.stops & ~inside;
    masks_.badQuotes = openers & ~afterSeparator;
    masks_.high = bytes.high;
    pending_ = masks_.boundaries;
    return true;
}

void CsvRowSplitter::noteRowPart(std::size_t lastBit)
{
    if (rowStart_ >= blockStart_ + 64)
        return;
    const std::uint64_t part = bitRange(rowStart_ > blockStart_ ? rowStart_ - blockStart_ : 0, lastBit);
    rowAnomaly_ |= (masks_.badQuotes & part) != 0;
    rowHigh_ |= masks_.high; // per block: a neighbour's byte only costs a needless UTF-8 check
}

CsvRowSplitter::Status CsvRowSplitter::finishRow(std::size_t end)
{
    if (cellCount_ + 1 == columns_)
        bounds_[columns_] = end;
    const bool clean = !rowAnomaly_ && cellCount_ + 1 == columns_ && end - rowStart_ <= maxRecordBytes_;
    nextRowStart_ = end + 1;
    rowOpen_ = false;
    return clean ? Status::Row : Status::Slow;
}

CsvRowSplitter::Status CsvRowSplitter::next()
{
    if (!rowOpen_) {
        startRow(nextRowStart_);
        rowOpen_ = true;
    }
    for (;;) {
        while (pending_) {
            const auto bit = std::size_t(std::countr_zero(pending_));
            pending_ &= pending_ - 1;
            const std::size_t position = blockStart_ + bit;
            if (text_[position] == ',') {
                // A comma: one more cell (too many is noted, and the row goes the slow way).
                if (++cellCount_ >= columns_) {
                    rowAnomaly_ = true;
                    continue;
                }
                bounds_[cellCount_] = position;
                if (cellCount_ == lastReadCell_ + 1) {
                    noteRowPart(bit);
                    if (!rowAnomaly_ && skipRestOfRow(position + 1))
                        return Status::Row;
                }
                continue;
            }
            if (position == rowStart_ && cellCount_ == 0) {
                startRow(position + 1); // a blank line (or the '\n' of "\r\n") is not a record
                continue;
            }
            noteRowPart(bit);
            return finishRow(position);
        }
        noteRowPart(63);
        if (nextBlock_ - rowStart_ > maxRecordBytes_ && nextBlock_ < text_.size()) {
            rowOpen_ = false; // the caller resumes after CsvScanner's reading of the row
            return Status::Slow; // over-long: let CsvScanner report it and find the row's end
        }
        if (!loadBlock()) {
            if (rowStart_ >= text_.size())
                return Status::End;
            rowAnomaly_ |= insideQuotes_; // the text ends inside quotes
            return finishRow(text_.size());
        }
    }
}

} // namespace indicia::telemetry
