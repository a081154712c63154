#pragma once
// The part of the STIX 2 patterning language that single indicators can express: one or
// more observations "[path = 'value']" whose comparisons are joined by OR. Everything else
// (AND, FOLLOWEDBY, NOT, qualifiers such as WITHIN or REPEATS, operators other than '=' and
// ISSUBSET) is recognised and refused by name, so the user learns what was not imported.

#include <string>
#include <string_view>
#include <vector>

namespace indicia::stix {

struct Comparison {
    std::string objectType; // "file", "ipv4-addr", ...
    std::string property;   // "hashes.SHA-256", "value" (quotes around path parts removed)
    std::string op;         // "=" or "ISSUBSET"
    std::string value;      // the string literal, unescaped
};

struct PatternParse {
    std::vector<Comparison> comparisons; // set when the pattern is usable
    std::string errorCode;               // codes::kStixPattern*; empty when usable
    std::string error;                   // a readable reason
    bool ok() const { return errorCode.empty(); }
};

PatternParse parsePattern(std::string_view pattern);

} // namespace indicia::stix
