#include "engine/codec/stix_fields.h"

#include "engine/text_util.h"
#include "engine/timeutil.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace indicia::stix {

namespace {

using nlohmann::json;

constexpr const char* kAction = "x_indicia_action";
constexpr const char* kSeverity = "x_indicia_severity";
constexpr const char* kGenerateAlert = "x_indicia_generate_alert";
constexpr const char* kRecommendedActions = "x_indicia_recommended_actions";
constexpr const char* kCategory = "x_indicia_category";
constexpr const char* kRbacGroups = "x_indicia_rbac_groups";
constexpr const char* kEducateUrl = "x_indicia_educate_url";
constexpr const char* kExternalId = "x_indicia_external_id";

std::string text(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings(const json& object, const char* key)
{
    std::vector<std::string> out;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return out;
    for (const json& item : *it) {
        if (item.is_string())
            out.push_back(item.get<std::string>());
    }
    return out;
}

bool isOurs(const json& object) { return object.contains(kAction); }

// The category MDE knows whose name matches `label` ignoring case ("malware" -> "Malware").
std::optional<std::string> categoryFor(std::string_view label)
{
    for (std::string_view category : knownCategories()) {
        if (text::equalsIgnoreCase(category, label))
            return std::string(category);
    }
    return std::nullopt;
}

// Foreign labels: known categories and ATT&CK ids go where they belong; the rest is kept
// readable at the end of the description rather than dropped.
void readLabels(const json& object, Indicator& out)
{
    std::vector<std::string> labels = strings(object, "labels");
    for (std::string& type : strings(object, "indicator_types"))
        labels.push_back(std::move(type));
    std::string rest;
    for (const std::string& label : labels) {
        if (const auto category = categoryFor(label); category && out.category.empty())
            out.category = *category;
        else if (isMitreTechniqueId(label))
            out.mitreTechniques.push_back(label);
        else if (rest.find(label) == std::string::npos)
            rest += (rest.empty() ? "" : ", ") + label;
    }
    if (!rest.empty())
        out.description += (out.description.empty() ? "" : "\n") + ("Labels: " + rest);
}

void readMitre(const json& object, Indicator& out)
{
    const auto refs = object.find("external_references");
    if (refs == object.end() || !refs->is_array())
        return;
    for (const json& ref : *refs) {
        if (!ref.is_object() || text(ref, "source_name") != "mitre-attack")
            continue;
        const std::string id = text(ref, "external_id");
        if (isMitreTechniqueId(id) && std::find(out.mitreTechniques.begin(), out.mitreTechniques.end(), id) == out.mitreTechniques.end())
            out.mitreTechniques.push_back(id);
    }
}

void readOurs(const json& object, Indicator& out)
{
    if (const auto action = parseAction(text(object, kAction)))
        out.action = action->action;
    if (const auto severity = parseSeverity(text(object, kSeverity)))
        out.severity = *severity;
    if (const auto alert = object.find(kGenerateAlert); alert != object.end() && alert->is_boolean())
        out.generateAlert = alert->get<bool>();
    out.recommendedActions = text(object, kRecommendedActions);
    out.category = text(object, kCategory);
    out.rbacGroups = strings(object, kRbacGroups);
    out.educateUrl = text(object, kEducateUrl);
    out.externalId = text(object, kExternalId);
}

} // namespace

void readIndicatorFields(const json& object, Indicator& out)
{
    out.title = text(object, "name");
    out.description = text(object, "description");
    if (const std::string until = text(object, "valid_until"); !until.empty())
        out.expiration = parseIsoTimestamp(until);
    readMitre(object, out);
    if (isOurs(object)) {
        readOurs(object, out);
        return;
    }
    out.externalId = text(object, "id");
    readLabels(object, out);
}

void writeIndicatorFields(const Indicator& indicator, json& object)
{
    if (!indicator.title.empty())
        object["name"] = indicator.title;
    if (!indicator.description.empty())
        object["description"] = indicator.description;
    if (indicator.expiration)
        object["valid_until"] = formatIsoTimestamp(*indicator.expiration);
    if (!indicator.mitreTechniques.empty()) {
        json refs = json::array();
        for (const std::string& id : indicator.mitreTechniques)
            refs.push_back({{"source_name", "mitre-attack"}, {"external_id", id}});
        object["external_references"] = std::move(refs);
    }
    object[kAction] = std::string(toString(indicator.action));
    object[kSeverity] = std::string(toString(indicator.severity));
    object[kGenerateAlert] = indicator.generateAlert;
    auto optional = [&object](const char* key, const std::string& value) {
        if (!value.empty())
            object[key] = value;
    };
    optional(kRecommendedActions, indicator.recommendedActions);
    optional(kCategory, indicator.category);
    optional(kEducateUrl, indicator.educateUrl);
    optional(kExternalId, indicator.externalId);
    if (!indicator.rbacGroups.empty())
        object[kRbacGroups] = indicator.rbacGroups;
}

} // namespace indicia::stix
