#pragma once
// Plain lists: one value per line; '#' comment lines, inline " # comment" and "value;comment"
// tails, and blank lines ignored. The type of each value is detected (hash by length, IP,
// CIDR, URL, domain); IP:port is accepted with the port dropped and a warning.

#include "engine/codec/import_row.h"
#include "engine/normalise.h"

#include <istream>
#include <string>

namespace indicia {

class PlainListReader {
public:
    explicit PlainListReader(std::istream& in, NormaliseOptions options = {true, true});
    // Next non-comment, non-blank line; `row` is its 1-based line number.
    bool next(ImportRow& out);

private:
    std::istream& in_;
    NormaliseOptions options_;
    std::string line_;
    std::size_t lineNumber_ = 0;
};

} // namespace indicia
