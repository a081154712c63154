#include "models/sync/remote_indicator.h"

#include "engine/timeutil.h"
#include "models/store/indicator_record.h"

namespace indicia {

namespace {

std::string textOf(const nlohmann::json& entity, const char* name)
{
    const auto it = entity.find(name);
    return it != entity.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> stringsOf(const nlohmann::json& entity, const char* name)
{
    std::vector<std::string> out;
    const auto it = entity.find(name);
    if (it != entity.end() && it->is_array())
        for (const nlohmann::json& item : *it)
            if (item.is_string())
                out.push_back(item.get<std::string>());
    return out;
}

nlohmann::json orNull(const std::string& text) { return text.empty() ? nlohmann::json() : nlohmann::json(text); }

} // namespace

nlohmann::json toWire(const Indicator& indicator)
{
    nlohmann::json groups = nlohmann::json::array();
    for (const std::string& group : canonicalGroups(indicator.rbacGroups))
        groups.push_back(group);
    nlohmann::json mitre = nlohmann::json::array();
    for (const std::string& technique : indicator.mitreTechniques)
        mitre.push_back(technique);
    return nlohmann::json{
        {"indicatorValue", indicator.value},
        {"indicatorType", std::string(toString(indicator.type))},
        {"action", std::string(toString(indicator.action))},
        {"title", indicator.title},
        {"description", indicator.description},
        {"severity", std::string(toString(indicator.severity))},
        {"recommendedActions", orNull(indicator.recommendedActions)},
        {"rbacGroupNames", groups},
        {"generateAlert", indicator.generateAlert},
        {"expirationTime", indicator.expiration ? nlohmann::json(formatIsoTimestamp(*indicator.expiration)) : nlohmann::json()},
        {"educateUrl", orNull(indicator.educateUrl)},
        {"externalId", orNull(indicator.externalId)},
        {"category", orNull(indicator.category)},
        {"mitreTechniques", mitre},
    };
}

std::optional<RemoteIndicator> remoteFromWire(const nlohmann::json& entity)
{
    if (!entity.is_object())
        return std::nullopt;
    RemoteIndicator remote;
    Indicator& core = remote.indicator;
    const auto type = parseIndicatorType(textOf(entity, "indicatorType"));
    const auto action = parseAction(textOf(entity, "action"));
    core.value = textOf(entity, "indicatorValue");
    if (!type || !action || core.value.empty())
        return std::nullopt;
    core.type = *type;
    core.action = action->action;
    remote.id = textOf(entity, "id");
    remote.lastUpdateTime = textOf(entity, "lastUpdateTime");
    core.severity = parseSeverity(textOf(entity, "severity")).value_or(Severity::Informational);
    core.title = textOf(entity, "title");
    core.description = textOf(entity, "description");
    core.recommendedActions = textOf(entity, "recommendedActions");
    core.rbacGroups = canonicalGroups(stringsOf(entity, "rbacGroupNames"));
    core.generateAlert = entity.value("generateAlert", nlohmann::json(false)).is_boolean() && entity.value("generateAlert", false);
    if (const std::string expiry = textOf(entity, "expirationTime"); !expiry.empty())
        core.expiration = parseIsoTimestamp(expiry);
    core.educateUrl = textOf(entity, "educateUrl");
    core.externalId = textOf(entity, "externalId");
    // The service may answer a category as a number; only the names the console writes round-trip.
    core.category = textOf(entity, "category");
    core.mitreTechniques = stringsOf(entity, "mitreTechniques");
    return remote;
}

bool sameIndicatorContent(const Indicator& a, const Indicator& b)
{
    IndicatorRecord left;
    left.indicator = a;
    left.indicator.rbacGroups = canonicalGroups(a.rbacGroups);
    IndicatorRecord right;
    right.indicator = b;
    right.indicator.rbacGroups = canonicalGroups(b.rbacGroups);
    // Expiry at second granularity, as both sides store it.
    if (left.indicator.expiration)
        left.indicator.expiration = fromUnixSeconds(*toUnixSeconds(left.indicator.expiration));
    if (right.indicator.expiration)
        right.indicator.expiration = fromUnixSeconds(*toUnixSeconds(right.indicator.expiration));
    return left.sameContent(right);
}

std::string identityKey(const Indicator& indicator)
{
    return std::string(toString(indicator.type)) + '\x1e' + indicator.value + '\x1e'
        + scopeKeyOf(canonicalGroups(indicator.rbacGroups));
}

} // namespace indicia
