#pragma once
// MISP attribute types and our indicator types, both ways. A composite type ("filename|sha256")
// holds two values joined by '|'; `part` says which of them is the indicator.

#include "engine/indicator.h"

#include <optional>
#include <string_view>
#include <vector>

namespace indicia::misp {

struct TypeMapping {
    std::optional<IndicatorType> type; // empty: detect IP address vs range from the value
    int part = 0;                      // 0 = the whole value, 1 = left of '|', 2 = right of '|'
};

// The indicators one attribute type yields (two for domain|ip); empty when unsupported.
std::vector<TypeMapping> mappingsFor(std::string_view mispType);

// The attribute type our export writes for an indicator type ("ip-dst" for IpAddress and
// IpRange, "x509-fingerprint-sha1" for certificates).
std::string_view mispTypeFor(IndicatorType type);

// The MISP category an attribute of that type is filed under in our export.
std::string_view mispCategoryFor(IndicatorType type);

} // namespace indicia::misp
