#pragma once
// `category` on the wire is a number (indicators-api.md 2.1: observed `1`; the portal's CSV
// uses names, section 3). The tenant always answers a number and takes either on input.
// MDE documents no table from names to numbers; ours is Indicia's own ([U], written down
// in docs/api-decisions.md): None = 0, then the portal's list in its order, Malware = 1 ...
// Impact = 17.

#include "service/api_reply.h"

#include <QString>

#include <optional>
#include <string_view>

namespace indicia::service {

// A number 0-17, numeric text, or a portal category name (case-insensitive).
std::optional<int> categoryNumber(const Json& value);
// The portal name of a category number ("Malware" for 1).
std::string_view categoryName(int number);
// "None, Malware, ...", for messages.
QString categoryNames();

} // namespace indicia::service
