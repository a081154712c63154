#include "models/sync/wire_members.h"

#include "engine/text_util.h"
#include "engine/timeutil.h"

#include <chrono>

namespace indicia::wire {

const nlohmann::json* member(const nlohmann::json& object, std::string_view name)
{
    if (!object.is_object())
        return nullptr;
    if (const auto it = object.find(std::string(name)); it != object.end())
        return &*it;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (text::equalsIgnoreCase(it.key(), name))
            return &it.value();
    return nullptr;
}

std::string text(const nlohmann::json& object, std::string_view name)
{
    const nlohmann::json* value = member(object, name);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

std::optional<std::string> id(const nlohmann::json& object, std::string_view name)
{
    const nlohmann::json* value = member(object, name);
    if (!value)
        return std::nullopt;
    if (value->is_string())
        return value->get<std::string>();
    if (value->is_number_integer())
        return value->is_number_unsigned() ? std::to_string(value->get<std::uint64_t>())
                                           : std::to_string(value->get<std::int64_t>());
    return std::nullopt;
}

std::optional<std::int64_t> unixTime(const nlohmann::json& object, std::string_view name)
{
    const std::string written = text(object, name);
    if (written.empty())
        return std::nullopt;
    const std::optional<TimePoint> parsed = parseIsoTimestamp(written);
    if (!parsed)
        return std::nullopt;
    return parsed->time_since_epoch().count();
}

} // namespace indicia::wire
