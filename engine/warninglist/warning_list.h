#pragma once
// One known-good list in the MISP warninglist format:
//   {"name": ..., "description": ..., "type": "string" | "cidr" | "hostname" | "substring"
//    | "regex", "matching_attributes": ["ip-dst", "domain", "sha256", ...], "list": [...]}
// (https://github.com/MISP/misp-warninglists). Parsing only; KnownGood does the matching.

#include "engine/indicator.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace indicia {

enum class WarningListKind : std::uint8_t {
    String,    // exact value (leading-dot domain entries also cover subdomains)
    Cidr,      // IP addresses and ranges
    Hostname,  // a domain and every subdomain of it
    Substring, // the value contains the entry
    Regex,     // the value matches the entry (ECMAScript syntax)
};

struct WarningList {
    std::string name;
    std::string description;
    WarningListKind kind = WarningListKind::String;
    std::uint32_t typeMask = 0; // bit (1 << IndicatorType) for each type the list applies to
    std::vector<std::string> entries;
    std::string source;         // the file it came from, for messages

    bool appliesTo(IndicatorType type) const { return typeMask & (1u << unsigned(type)); }
};

// Parses one list; empty with `error` set when the text is not a warninglist.
std::optional<WarningList> parseWarningList(std::string_view json, std::string& error);

// The indicator types a MISP attribute name covers ("ip-dst" -> IpAddress and IpRange,
// "filename|sha256" -> FileSha256, "hostname" -> DomainName, ...); 0 when none.
std::uint32_t typeMaskOfAttribute(std::string_view mispAttribute);

} // namespace indicia
