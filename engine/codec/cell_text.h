#pragma once
// Small text rules for import and export cells, private to engine/codec/.

#include <string>
#include <string_view>
#include <vector>

namespace indicia::cell {

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view text);

// Surrounding whitespace (ASCII and the invisible kinds pasted from web pages) removed.
std::string_view trim(std::string_view text);

// Undoes neutraliseFormula(): one apostrophe is dropped when it is followed by more
// apostrophes and then a formula character. Together the two are exact inverses.
std::string_view unneutralise(std::string_view cell);
bool startsWithFormulaChar(std::string_view cell);

// "G1, G2,,G3" -> {"G1", "G2", "G3"}: items trimmed, empty items dropped. Reuses `out`.
void splitList(std::string_view cell, std::vector<std::string>& out);
std::string joinList(const std::vector<std::string>& items);

} // namespace indicia::cell
