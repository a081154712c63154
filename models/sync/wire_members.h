#pragma once
// Reading members of the service's JSON the way its real replies require: the documented
// names are camelCase, but captured replies and older tenants write PascalCase
// (IndicatorValue), ids come as numeric text or as numbers, and any member may be missing.
// Exact name first, then the same name ignoring ASCII case; never an exception.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace indicia::wire {

// The member `name` of `object` (exact, else case-insensitive); nullptr when absent or
// when `object` is not an object.
const nlohmann::json* member(const nlohmann::json& object, std::string_view name);
// A string member's text; empty when absent, null or not a string.
std::string text(const nlohmann::json& object, std::string_view name);
// An id: a string, or an integer written as text; nullopt when absent or anything else.
std::optional<std::string> id(const nlohmann::json& object, std::string_view name);
// A DateTimeOffset member ("...Z", "+00:00", 0-7 fraction digits) as unix seconds.
std::optional<std::int64_t> unixTime(const nlohmann::json& object, std::string_view name);

} // namespace indicia::wire
