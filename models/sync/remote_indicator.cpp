#include "models/sync/remote_indicator.h"

#include "engine/timeutil.h"
#include "models/store/indicator_record.h"
#include "models/sync/wire_members.h"

namespace indicia {

namespace {

// `category` comes back as a number (indicia-tenant always; MDE as observed), as numeric text
// or as a name; the console keeps the portal's name (engine's shared numbering).
std::string categoryOf(const nlohmann::json& entity)
{
    const nlohmann::json* value = wire::member(entity, "category");
    if (!value)
        return {};
    if (value->is_number_integer()) {
        const auto number = value->get<long long>();
        return number >= 0 && number < categoryCount() ? std::string(categoryOfNumber(int(number))) : std::string();
    }
    if (!value->is_string())
        return {};
    const std::string name = value->get<std::string>();
    if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos && name.size() < 4)
        return std::string(categoryOfNumber(std::stoi(name)));
    const std::optional<int> number = categoryNumber(name);
    return number ? std::string(categoryOfNumber(*number)) : name;
}

std::vector<std::string> stringsOf(const nlohmann::json& entity, const char* name)
{
    std::vector<std::string> out;
    const nlohmann::json* list = wire::member(entity, name);
    if (list && list->is_array())
        for (const nlohmann::json& item : *list)
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
    using wire::text;
    if (!entity.is_object())
        return std::nullopt;
    RemoteIndicator remote;
    Indicator& core = remote.indicator;
    const auto type = parseIndicatorType(text(entity, "indicatorType"));
    const auto action = parseAction(text(entity, "action"));
    core.value = text(entity, "indicatorValue");
    if (!type || !action || core.value.empty())
        return std::nullopt;
    core.type = *type;
    core.action = action->action;
    remote.id = wire::id(entity, "id").value_or(std::string());
    remote.lastUpdateTime = text(entity, "lastUpdateTime");
    core.severity = parseSeverity(text(entity, "severity")).value_or(Severity::Informational);
    core.title = text(entity, "title");
    core.description = text(entity, "description");
    core.recommendedActions = text(entity, "recommendedActions");
    core.rbacGroups = canonicalGroups(stringsOf(entity, "rbacGroupNames"));
    const nlohmann::json* alert = wire::member(entity, "generateAlert");
    const bool stated = alert && alert->is_boolean();
    core.generateAlert = stated && alert->get<bool>();
    // Alert is "Audit with an alert" whatever else the entity says; AlertAndBlock carries an
    // alert only when the entity does not say otherwise (BlockAndRemediate's alert is optional).
    if (action->legacy && (core.action == Action::Audit || !stated))
        core.generateAlert = action->impliesAlert;
    if (const std::string expiry = text(entity, "expirationTime"); !expiry.empty())
        core.expiration = parseIsoTimestamp(expiry);
    core.educateUrl = text(entity, "educateUrl");
    core.externalId = text(entity, "externalId"); // the docs spell it externalID: any case
    core.category = categoryOf(entity);
    core.mitreTechniques = stringsOf(entity, "mitreTechniques");
    const std::string displayName = text(entity, "createdByDisplayName");
    remote.createdBy = displayName.empty() ? text(entity, "createdBy") : displayName;
    remote.createdAt = wire::unixTime(entity, "creationTimeDateTimeUtc");
    remote.updatedBy = text(entity, "lastUpdatedBy");
    remote.updatedAt = wire::unixTime(entity, "lastUpdateTime");
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
