#pragma once
// Plain lists: one value per line; '#' comment lines, inline " # comment" and "value;comment"
// tails, and blank lines ignored. The type of each value is detected (hash by length, IP,
// CIDR, URL, domain); IP:port is accepted with the port dropped and a warning.

#include "engine/codec/import_row.h"
#include "engine/normalise.h"

#include <istream>
#include <string>
#include <string_view>

namespace indicia {

class PlainListReader {
public:
    // `fileStart` false: `in` holds a later part of a file (whole lines, starting after a
    // line break), so its first line cannot carry the file's byte-order mark, and row
    // numbers count from that part's first line.
    explicit PlainListReader(std::istream& in, NormaliseOptions options = {true, true, true}, bool fileStart = true);
    // The same over text in memory, which must outlive the reader (no copy of each line).
    explicit PlainListReader(std::string_view text, NormaliseOptions options = {true, true, true}, bool fileStart = true);
    // Next non-comment, non-blank line; `row` is its 1-based line number.
    bool next(ImportRow& out);
    // Lines read so far, blank and comment lines included.
    std::size_t lines() const { return lineNumber_; }

private:
    bool nextLine(std::string_view& line);

    std::istream* in_ = nullptr; // null: reading `text_`
    std::string_view text_;
    std::size_t at_ = 0; // into text_
    NormaliseOptions options_;
    std::string line_;
    std::size_t lineNumber_ = 0;
    bool fileStart_ = true;
};

} // namespace indicia
