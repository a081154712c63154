#pragma once
// CsvRowSplitter: the fast path for scanning an Advanced Hunting CSV. It looks at 64 bytes
// at a time and turns them into bit masks (quotes, commas, line breaks, bytes >= 0x80);
// a prefix XOR of the quote mask says which bytes are inside quotes, and the commas and
// line breaks outside quotes are the cell and row boundaries. Nothing is copied, and the
// work per byte is a few vector instructions instead of a branch.
//
// CsvScanner (csv_scan.h) stays the definition of what a record is. The splitter only
// returns rows it is sure CsvScanner would split the same way; anything unusual (a quote
// that does not start a cell, a quote left open, a row longer than the limit, a cell count
// other than the header's) comes back as Status::Slow, and the caller reads that one
// record with CsvScanner and resumes the splitter after it.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace indicia::telemetry {

class CsvRowSplitter {
public:
    enum class Status {
        Row,  // a row with exactly `columns` cells: cell(i)
        Slow, // read the record at slowStart() with CsvScanner, then resumeAt() its end
        End,
    };

    // Cells after `lastReadCell` are only counted: when the rest of a row holds no quote,
    // the splitter jumps to its line break (memchr) and counts its commas.
    CsvRowSplitter(std::string_view text, std::size_t maxRecordBytes, std::size_t columns, std::size_t lastReadCell);

    Status next();
    // Cell `i` of the current row, raw (a quoted cell keeps its quotes; see cellText()).
    std::string_view cell(std::size_t i) const
    {
        return text_.substr(bounds_[i] + 1, bounds_[i + 1] - bounds_[i] - 1);
    }
    // False when the current row is plain ASCII (then UTF-8 needs no check). True may also
    // mean a byte >= 0x80 in a neighbouring row of the same 64-byte block.
    bool rowHasHighBytes() const { return rowHigh_; }
    std::size_t slowStart() const { return rowStart_; }
    void resumeAt(std::size_t position);

private:
    struct Masks {
        std::uint64_t boundaries = 0; // commas and line breaks outside quotes
        std::uint64_t badQuotes = 0;  // quotes that open a quoted section in the middle of a cell
        bool high = false;            // the block holds a byte >= 0x80
    };
    bool loadBlock(); // the next 64 bytes into masks_; false at the end of the text
    void startRow(std::size_t position);
    Status finishRow(std::size_t end);
    // Notes bad quotes and high bytes of the open row in the block, up to bit `lastBit`.
    void noteRowPart(std::size_t lastBit);
    // From `from` (just after the last read cell) to the row's line break, if the rest of
    // the row is simple; false (nothing changed) when the blocks must go on.
    bool skipRestOfRow(std::size_t from);
    void restartBlocksAt(std::size_t position);

    std::string_view text_;
    std::size_t maxRecordBytes_;
    std::size_t columns_;
    std::size_t lastReadCell_;

    // Block state: the block starts at blockStart_; pending_ holds its unread boundaries.
    std::size_t blockStart_ = 0;
    std::size_t nextBlock_ = 0;
    Masks masks_;
    std::uint64_t pending_ = 0;
    bool insideQuotes_ = false;  // carried from one block to the next
    bool afterBoundary_ = true;  // the byte before the block is a boundary or a quote

    // Row state: bounds_[k] is the position of the boundary before cell k (rowStart_ - 1
    // for the first), so cell k is (bounds_[k], bounds_[k + 1]).
    std::size_t rowStart_ = 0;
    std::vector<std::size_t> bounds_;
    std::size_t cellCount_ = 0;
    bool rowAnomaly_ = false;
    bool rowHigh_ = false;
    bool rowOpen_ = true;     // false once a row was returned: next() starts the following one
    std::size_t nextRowStart_ = 0; // after the returned row's line break
};

} // namespace indicia::telemetry
