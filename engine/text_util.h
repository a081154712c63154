#pragma once
// Small text helpers shared by the engine's rule files (private to engine/). ASCII only on
// purpose: indicator values are ASCII once IDN has been converted to punycode.

#include "engine/issue.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace indicia::text {

inline bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
// A table, not comparisons: in hex text digits and letters come in random order, and a
// branch on which kind a character is (compilers keep one even for '|') mispredicts about
// every other character.
inline constexpr auto kHexDigitTable = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[std::size_t(c)] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return table;
}();
inline bool isHexDigit(char c) { return kHexDigitTable[static_cast<unsigned char>(c)]; }
inline bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char toLowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

std::string toLowerAscii(std::string_view text);
bool equalsIgnoreCase(std::string_view a, std::string_view b);
bool startsWithIgnoreCase(std::string_view text, std::string_view prefix);
// Inline, so the predicate is inlined too (validating a 100,000-row list calls these per
// character).
inline bool allOf(std::string_view text, bool (*predicate)(char))
{
    for (const char c : text)
        if (!predicate(c))
            return false;
    return true;
}
inline bool containsAsciiSpace(std::string_view text)
{
    for (const char c : text)
        if (isAsciiSpace(c))
            return true;
    return false;
}

// Strips ASCII whitespace plus the invisible characters that copy-paste from web pages and
// spreadsheets brings along (no-break space, zero-width space, byte-order mark).
std::string_view trimWhitespace(std::string_view text);

// Parses a run of decimal digits (no sign, no spaces) into an unsigned value no larger
// than `max`. Returns false on empty input, a non-digit, or overflow past `max`.
bool parseDecimal(std::string_view digits, unsigned long max, unsigned long& out);

// Lists stored as text (device groups, MITRE ids): parts are trimmed of spaces, tabs and
// line ends (trimmedListPart: narrower than trimWhitespace(), and stored keys depend on
// exactly this), and empty parts dropped; joinList() puts `separator` between the parts.
std::string trimmedListPart(std::string_view text);
std::vector<std::string> splitList(std::string_view text, char separator);
std::string joinList(const std::vector<std::string>& parts, char separator);

// An Issue about the indicator value: every normalise() refusal and warning uses this.
Issue valueIssue(std::string_view code, std::string message);

} // namespace indicia::text
