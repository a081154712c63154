#pragma once
// Readable names for well-known values that the known-good lists hold without saying what
// they are (MISP warninglists list bare values): the empty file's hashes, EICAR, public
// DNS resolvers... A warning can then name the value ("SHA-256 of an empty file") instead
// of only the list it is on.

#include "engine/indicator.h"

#include <string>
#include <string_view>

namespace indicia {

// The name of a canonical value, or an empty string when it has none.
std::string knownValueName(IndicatorType type, std::string_view canonicalValue);

} // namespace indicia
