#include "service/indicator_payload.h"

#include "engine/issue_codes.h"
#include "engine/normalise.h"
#include "engine/timeutil.h"
#include "engine/validate.h"

#include <array>

namespace indicia::service {

namespace {

constexpr std::array kRequired = {"indicatorValue", "indicatorType", "action", "title", "description"};
constexpr std::array kWritable = {"indicatorValue", "indicatorType", "action", "title", "description", "application",
                                  "expirationTime", "severity", "recommendedActions", "rbacGroupNames", "rbacGroupIds",
                                  "generateAlert", "educateUrl", "externalId", "externalID"};
// Echoed back as given (see SubmittedIndicator::extras).
constexpr std::array kExtras = {"category", "mitreTechniques", "bypassDurationHours", "historicalDetection",
                                "lookBackPeriod", "notificationId", "notificationBody", "version", "additionalInfo",
                                "certificateInfo"};
// Server-assigned: a client that posts back an entity it read is not refused for them.
constexpr std::array kReadOnly = {"id", "sourceType", "source", "createdBy", "createdByDisplayName",
                                  "createdBySource", "creationTimeDateTimeUtc", "lastUpdateTime", "lastUpdatedBy"};

template <typename List>
bool inList(const List& list, const std::string& key)
{
    for (const char* name : list)
        if (key == name)
            return true;
    return false;
}

bool isKnown(const std::string& key) { return inList(kWritable, key) || inList(kExtras, key) || inList(kReadOnly, key); }

// The documented spelling of a key that differs only in case, if any.
std::string caseFold(const std::string& key)
{
    const QString k = fromStd(key);
    const auto match = [&k](const char* name) { return k.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; };
    for (const char* name : kWritable)
        if (match(name))
            return name;
    for (const char* name : kExtras)
        if (match(name))
            return name;
    for (const char* name : kReadOnly)
        if (match(name))
            return name;
    return {};
}

ApiError bad(const char* code, const QString& message) { return {Status::BadRequest, QLatin1String(code), message}; }

const Json* field(const Json& body, const char* name)
{
    const auto it = body.find(name);
    return it == body.end() || it->is_null() ? nullptr : &*it;
}

// Where a refused value is reported: the documented code per type (indicators-api.md 1.7).
const char* valueErrorCode(IndicatorType type)
{
    switch (type) {
    case IndicatorType::IpAddress:
    case IndicatorType::IpRange: return errc::kInvalidIpAddress;
    case IndicatorType::DomainName: return errc::kInvalidDomainName;
    case IndicatorType::Url: return errc::kInvalidUrl;
    default: return errc::kInvalidHashValue;
    }
}

// The documented spelling of the action as sent: the 2019 names stay as they were written.
QString legacyActionName(const ParsedAction& parsed)
{
    if (parsed.legacy)
        return parsed.action == Action::Audit ? QStringLiteral("Alert") : QStringLiteral("AlertAndBlock");
    return fromStd(toString(parsed.action));
}

const char* recordErrorCode(const std::string& code)
{
    if (code == codes::kTitleRequired || code == codes::kDescriptionRequired || code == codes::kValueRequired)
        return errc::kMissingRequiredParameter;
    return errc::kInvalidInput;
}

} // namespace

std::optional<ApiError> IndicatorPayload::checkEducateUrl(const SubmittedIndicator& out)
{
    // S1: "Supported for Block and Warn action types for URL indicators" (URLs/domains, S11).
    if (out.core.educateUrl.empty())
        return std::nullopt;
    const bool typeFits = out.core.type == IndicatorType::Url || out.core.type == IndicatorType::DomainName;
    const bool actionFits = out.core.action == Action::Warn || out.core.action == Action::Block;
    if (!typeFits || !actionFits)
        return bad(errc::kInvalidInput, tr("educateUrl applies only to Url and DomainName indicators with the action Block "
                                           "or Warn; this one is %1 with %2.")
                                            .arg(fromStd(toString(out.core.type)), out.actionName));
    return std::nullopt;
}

QString IndicatorPayload::apiMessage(IndicatorType type, const std::string& sent, const Issue& issue)
{
    // The engine speaks to console users; two of its messages do not fit an API client.
    if (issue.code == codes::kIpCidrNotSupported) // it suggests Indicia's own IpRange type
        return tr("\"%1\" is a CIDR range; IpAddress indicators take a single address. Submit one indicator per address.")
            .arg(fromStd(sent));
    if (type == IndicatorType::Url && issue.code.starts_with("domain-")) // a URL's host, not a DomainName
        return tr("\"%1\" is not a valid URL: its host name is not valid (%2).").arg(fromStd(sent), fromStd(issue.message));
    return fromStd(issue.message);
}

PayloadResult IndicatorPayload::parse(const Json& body, TimePoint now)
{
    if (!body.is_object())
        return {std::nullopt, bad(errc::kInvalidRequestBody, tr("The request body must be a JSON object."))};
    if (std::optional<ApiError> error = checkNames(body))
        return {std::nullopt, error};
    SubmittedIndicator out;
    for (auto step : {&readEnums, &readTexts, &readOptionals}) {
        if (std::optional<ApiError> error = step(body, out))
            return {std::nullopt, error};
    }
    if (std::optional<ApiError> error = applyEngineRules(out, now))
        return {std::nullopt, error};
    return {out, std::nullopt};
}

std::optional<ApiError> IndicatorPayload::checkNames(const Json& body)
{
    for (const auto& [key, value] : body.items()) {
        (void)value;
        if (isKnown(key) || key.starts_with('@'))
            continue;
        const std::string documented = caseFold(key);
        if (!documented.empty())
            return bad(errc::kInvalidRequestBody, tr("Body parameter names are case-sensitive: '%1' must be spelled '%2'.")
                                                      .arg(fromStd(key), fromStd(documented)));
        return bad(errc::kInvalidRequestBody, tr("The property '%1' does not exist on type 'Indicator'.").arg(fromStd(key)));
    }
    for (const char* name : kRequired)
        if (!field(body, name))
            return bad(errc::kMissingRequiredParameter, tr("The required parameter '%1' is missing.").arg(QLatin1String(name)));
    return std::nullopt;
}

std::optional<ApiError> IndicatorPayload::readEnums(const Json& body, SubmittedIndicator& out)
{
    const Json* type = field(body, "indicatorType");
    const auto parsedType = type->is_string() ? parseIndicatorType(type->get<std::string>()) : std::nullopt;
    if (!parsedType || *parsedType == IndicatorType::IpRange) // CIDR is refused (section 9.1)
        return bad(errc::kInvalidInput, tr("'%1' is not a valid indicatorType.").arg(fromStd(type->dump())));
    out.core.type = *parsedType;

    const Json* action = field(body, "action");
    const auto parsedAction = action->is_string() ? parseAction(action->get<std::string>()) : std::nullopt;
    if (!parsedAction)
        return bad(errc::kInvalidInput, tr("'%1' is not a valid action.").arg(fromStd(action->dump())));
    out.core.action = parsedAction->action;
    out.core.generateAlert = parsedAction->impliesAlert; // Alert and AlertAndBlock always alert
    out.actionName = legacyActionName(*parsedAction);

    if (const Json* severity = field(body, "severity")) {
        const auto parsed = severity->is_string() ? parseSeverity(severity->get<std::string>()) : std::nullopt;
        if (!parsed)
            return bad(errc::kInvalidInput, tr("'%1' is not a valid severity.").arg(fromStd(severity->dump())));
        out.core.severity = *parsed;
    }
    if (const Json* alert = field(body, "generateAlert")) {
        // Documented as an "Enum": accept true/false as JSON or as text.
        const QString text = alert->is_string() ? fromStd(alert->get<std::string>()).toLower() : QString();
        if (!alert->is_boolean() && text != QStringLiteral("true") && text != QStringLiteral("false"))
            return bad(errc::kInvalidInput, tr("generateAlert must be true or false."));
        out.core.generateAlert = out.core.generateAlert || (alert->is_boolean() ? alert->get<bool>() : text == QStringLiteral("true"));
    }
    return std::nullopt;
}

std::optional<ApiError> IndicatorPayload::readTexts(const Json& body, SubmittedIndicator& out)
{
    struct Text { const char* name; std::string* target; };
    std::string application;
    const Text texts[] = {{"indicatorValue", &out.core.value},       {"title", &out.core.title},
                          {"description", &out.core.description},   {"recommendedActions", &out.core.recommendedActions},
                          {"educateUrl", &out.core.educateUrl},     {"externalId", &out.core.externalId},
                          {"externalID", &out.core.externalId},     {"application", &application}};
    for (const Text& text : texts) {
        const Json* value = field(body, text.name);
        if (!value)
            continue;
        if (!value->is_string())
            return bad(errc::kInvalidRequestBody, tr("'%1' must be a string.").arg(QLatin1String(text.name)));
        *text.target = value->get<std::string>();
    }
    out.application = fromStd(application);
    return std::nullopt;
}

std::optional<ApiError> IndicatorPayload::readOptionals(const Json& body, SubmittedIndicator& out)
{
    if (const Json* expiry = field(body, "expirationTime")) {
        const auto parsed = expiry->is_string() ? parseIsoTimestamp(expiry->get<std::string>()) : std::nullopt;
        if (!parsed)
            return bad(errc::kInvalidInput, tr("expirationTime %1 is not an ISO 8601 date and time.").arg(fromStd(expiry->dump())));
        out.core.expiration = parsed;
    }
    if (const Json* groups = field(body, "rbacGroupNames")) {
        // Sent as an array; the docs call it "comma-separated", so a string is split.
        if (groups->is_string()) {
            for (const QString& group : fromStd(groups->get<std::string>()).split(QLatin1Char(','), Qt::SkipEmptyParts))
                out.core.rbacGroups.push_back(toStd(group.trimmed()));
        } else if (groups->is_array()) {
            for (const Json& group : *groups) {
                if (!group.is_string())
                    return bad(errc::kInvalidRequestBody, tr("rbacGroupNames must be an array of strings."));
                out.core.rbacGroups.push_back(group.get<std::string>());
            }
        } else {
            return bad(errc::kInvalidRequestBody, tr("rbacGroupNames must be an array of strings."));
        }
    }
    if (const Json* ids = field(body, "rbacGroupIds")) {
        // Ids are strings in the entity; numbers (as in the machine entity's example) are taken too.
        if (!ids->is_array())
            return bad(errc::kInvalidRequestBody, tr("rbacGroupIds must be an array of device-group ids."));
        out.groupIdsGiven = true;
        for (const Json& id : *ids) {
            if (id.is_string())
                out.groupIds << fromStd(id.get<std::string>());
            else if (id.is_number_integer())
                out.groupIds << QString::number(id.get<qint64>());
            else
                return bad(errc::kInvalidRequestBody, tr("rbacGroupIds must be an array of device-group ids."));
        }
    }
    for (const char* name : kExtras)
        if (const Json* value = field(body, name))
            out.extras[name] = *value;
    if (const Json* category = field(body, "category")) {
        const std::optional<int> number = categoryNumber(*category);
        if (!number)
            return bad(errc::kInvalidInput, tr("category %1 is not a category number or a category name (%2).")
                                                .arg(fromStd(category->dump()), categoryNames()));
        out.extras["category"] = *number; // one JSON type on the wire: a number (indicators-api.md 2.1)
        out.core.category = std::string(categoryName(*number));
    }
    if (const Json* techniques = field(body, "mitreTechniques")) {
        if (!techniques->is_array())
            return bad(errc::kInvalidRequestBody, tr("mitreTechniques must be an array of strings."));
        for (const Json& id : *techniques) {
            if (!id.is_string())
                return bad(errc::kInvalidRequestBody, tr("mitreTechniques must be an array of strings."));
            out.core.mitreTechniques.push_back(id.get<std::string>());
        }
    }
    return std::nullopt;
}

std::optional<ApiError> IndicatorPayload::applyEngineRules(SubmittedIndicator& out, TimePoint now)
{
    if (std::optional<ApiError> error = checkEducateUrl(out))
        return error;
    const std::string sent = out.core.value;
    const Normalised value = normalise(out.core.type, out.core.value);
    if (!value.ok()) {
        const Issue& issue = *value.error;
        return bad(issue.code == codes::kValueRequired ? errc::kMissingRequiredParameter : valueErrorCode(out.core.type),
                   apiMessage(out.core.type, sent, issue));
    }
    out.core.value = *value.value;
    const Validation validation = validateIndicator(out.core, ValidateOptions{now, true});
    if (!validation.ok()) {
        const Issue& issue = validation.errors.front();
        return bad(recordErrorCode(issue.code), fromStd(issue.message));
    }
    return std::nullopt;
}

} // namespace indicia::service
