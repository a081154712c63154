#include "engine/codec/misp_fields.h"

#include "engine/timeutil.h"

#include <nlohmann/json.hpp>

namespace indicia::misp {

namespace {

using nlohmann::json;

constexpr std::string_view kPrefix = "indicia:";

void addTag(json& tags, std::string_view field, const std::string& value)
{
    tags.push_back({{"name", std::string(kPrefix) + std::string(field) + "=" + json(value).dump(-1, ' ', false, json::error_handler_t::replace)}});
}

// One tag's field into the indicator; unknown fields are ignored (a newer export).
void applyTag(std::string_view field, const std::string& value, Indicator& out)
{
    if (field == "title") out.title = value;
    else if (field == "action") { if (const auto a = parseAction(value)) out.action = a->action; }
    else if (field == "severity") { if (const auto s = parseSeverity(value)) out.severity = *s; }
    else if (field == "generate-alert") out.generateAlert = value == "true";
    else if (field == "expires") out.expiration = parseIsoTimestamp(value);
    else if (field == "recommended-actions") out.recommendedActions = value;
    else if (field == "category") out.category = value;
    else if (field == "mitre") out.mitreTechniques.push_back(value);
    else if (field == "rbac-group") out.rbacGroups.push_back(value);
    else if (field == "educate-url") out.educateUrl = value;
    else if (field == "external-id") out.externalId = value;
}

} // namespace

bool readIndicatorTags(const json& attribute, Indicator& out)
{
    const auto tags = attribute.find("Tag");
    if (tags == attribute.end() || !tags->is_array())
        return false;
    bool any = false;
    for (const json& tag : *tags) {
        const auto name = tag.is_object() ? tag.find("name") : tag.end();
        if (name == tag.end() || !name->is_string())
            continue;
        const std::string text = name->get<std::string>();
        const std::size_t equals = text.find('=');
        if (!text.starts_with(kPrefix) || equals == std::string::npos)
            continue;
        const json value = json::parse(text.substr(equals + 1), nullptr, false);
        if (!value.is_string())
            continue;
        any = true;
        applyTag(std::string_view(text).substr(kPrefix.size(), equals - kPrefix.size()), value.get<std::string>(), out);
    }
    return any;
}

bool hasIndicatorTags(const json& attribute)
{
    const auto tags = attribute.find("Tag");
    if (tags == attribute.end() || !tags->is_array())
        return false;
    for (const json& tag : *tags) {
        const auto name = tag.is_object() ? tag.find("name") : tag.end();
        if (name != tag.end() && name->is_string() && name->get<std::string>().starts_with("indicia:action="))
            return true;
    }
    return false;
}

json indicatorTags(const Indicator& indicator)
{
    json tags = json::array();
    auto optional = [&tags](std::string_view field, const std::string& value) {
        if (!value.empty())
            addTag(tags, field, value);
    };
    optional("title", indicator.title);
    addTag(tags, "action", std::string(toString(indicator.action)));
    addTag(tags, "severity", std::string(toString(indicator.severity)));
    addTag(tags, "generate-alert", indicator.generateAlert ? "true" : "false");
    if (indicator.expiration)
        addTag(tags, "expires", formatIsoTimestamp(*indicator.expiration));
    optional("recommended-actions", indicator.recommendedActions);
    optional("category", indicator.category);
    for (const std::string& id : indicator.mitreTechniques)
        addTag(tags, "mitre", id);
    for (const std::string& group : indicator.rbacGroups)
        addTag(tags, "rbac-group", group);
    optional("educate-url", indicator.educateUrl);
    optional("external-id", indicator.externalId);
    return tags;
}

} // namespace indicia::misp
