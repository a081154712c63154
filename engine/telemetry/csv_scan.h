#pragma once
// CsvScanner: splits RFC 4180 records out of an in-memory range without copying. Fields
// are handed out raw (a quoted cell keeps its quotes); cellText() removes the quotes and,
// only when the cell has doubled quotes, unescapes into a caller-owned scratch buffer.
// This is the hot loop of a preview over Advanced Hunting exports, so it is kept simple:
// a table lookup per byte for unquoted cells and memchr for quoted ones.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace indicia::telemetry {

class CsvScanner {
public:
    enum class Status { Record, Malformed, End };

    CsvScanner(std::string_view text, std::size_t maxRecordBytes);

    // Next record into `fields` (storage reused). Blank lines are skipped. On Malformed,
    // `reason` says why and the scanner has moved past the bad record.
    Status next(std::vector<std::string_view>& fields, std::string_view& reason);
    std::size_t position() const { return pos_; }
    void seek(std::size_t position) { pos_ = position; } // to a record start
    // The text ended inside a quoted cell (the last Malformed record was cut off).
    bool endedInsideQuotes() const { return endedInsideQuotes_; }

private:
    bool scanQuoted(); // from an opening quote to just past its closing quote
    void skipLine();

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t maxRecordBytes_;
    bool endedInsideQuotes_ = false;
};

// The text of a raw cell: quotes removed, doubled quotes undone (into `scratch`, which must
// have been reserved large enough for the record: nothing is appended past its capacity).
std::string_view cellText(std::string_view raw, std::string& scratch);

// Splits one line that is known to hold a header (no embedded newlines needed).
std::vector<std::string> splitHeader(std::string_view line);

} // namespace indicia::telemetry
