#include "models/sync/reply_reading.h"

#include "models/sync/wire_members.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace indicia::reply {

namespace {

// A member's string value, or empty when it is missing or not a string.
std::string stringMember(const nlohmann::json& object, const char* name)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(name);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

std::optional<nlohmann::json> parseBody(const QByteArray& body)
{
    if (body.isEmpty())
        return nlohmann::json();
    nlohmann::json doc = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (doc.is_discarded())
        return std::nullopt;
    return doc;
}

std::optional<Token> readToken(const nlohmann::json& doc)
{
    const std::string token = stringMember(doc, "access_token");
    if (token.empty())
        return std::nullopt;
    // expires_in may come as any number (or not at all): clamp before converting, a huge
    // or negative double must not reach an integer conversion.
    double seconds = 3599;
    if (const auto it = doc.find("expires_in"); it != doc.end() && it->is_number())
        seconds = it->get<double>();
    if (!std::isfinite(seconds))
        seconds = 3599;
    seconds = std::clamp(seconds, 1.0, 366.0 * 24 * 3600);
    return Token{QByteArray::fromStdString(token), qint64(seconds) * 1000};
}

std::string tokenRefusal(const nlohmann::json& doc) { return stringMember(doc, "error_description"); }

ServiceError readServiceError(const nlohmann::json& doc)
{
    if (!doc.is_object())
        return {};
    const auto it = doc.find("error");
    if (it == doc.end() || !it->is_object())
        return {};
    return {QString::fromStdString(stringMember(*it, "code")), QString::fromStdString(stringMember(*it, "message"))};
}

int retryAfterSeconds(const QByteArray& header)
{
    bool ok = false;
    const qlonglong seconds = header.trimmed().toLongLong(&ok);
    if (!ok)
        return 1;
    return int(std::clamp<qlonglong>(seconds, 1, 24 * 3600));
}

std::string nextLink(const nlohmann::json& doc) { return wire::text(doc, "@odata.nextLink"); }

namespace {

// The translation context for this file's free functions and helper classes: lupdate reads
// it from the macro, so every string lands in the .ts under "SyncReply".
struct ReplyText {
    Q_DECLARE_TR_FUNCTIONS(SyncReply)
};

bool say(QString* problem, const QString& text)
{
    if (problem)
        *problem = text;
    return false;
}

// The reply's "value" array, or nullptr (and a problem) when there is none.
const nlohmann::json* valueArray(const nlohmann::json& doc, QString* problem)
{
    if (!doc.is_object()) {
        say(problem, doc.is_null() ? ReplyText::tr("the reply has no body") : ReplyText::tr("the reply is not a JSON object"));
        return nullptr;
    }
    const nlohmann::json* value = wire::member(doc, "value");
    if (!value || !value->is_array()) {
        say(problem, value ? ReplyText::tr("its \"value\" is not an array") : ReplyText::tr("it has no \"value\" array"));
        return nullptr;
    }
    return value;
}

} // namespace

std::optional<Page> readIndicatorPage(const nlohmann::json& doc, QString* problem)
{
    const nlohmann::json* value = valueArray(doc, problem);
    if (!value)
        return std::nullopt;
    Page page;
    page.entities = value->size();
    page.nextLink = nextLink(doc);
    for (std::size_t i = 0; i < value->size(); ++i) {
        const nlohmann::json& entity = (*value)[i];
        const auto lacks = [&](const char* name) {
            return say(problem, ReplyText::tr("item %1 of \"value\" has no %2").arg(i + 1).arg(QLatin1String(name)));
        };
        if (!entity.is_object())
            return say(problem, ReplyText::tr("item %1 of \"value\" is not an object").arg(i + 1)), std::nullopt;
        if (wire::id(entity, "id").value_or(std::string()).empty())
            return lacks("id"), std::nullopt;
        for (const char* required : {"indicatorValue", "indicatorType", "action"})
            if (wire::text(entity, required).empty())
                return lacks(required), std::nullopt;
        if (auto remote = remoteFromWire(entity))
            page.indicators.push_back(std::move(*remote));
        else
            ++page.skipped;
    }
    return page;
}

std::optional<MachinePage> readMachinePage(const nlohmann::json& doc, QString* problem)
{
    const nlohmann::json* value = valueArray(doc, problem);
    if (!value)
        return std::nullopt;
    MachinePage page;
    page.entities = value->size();
    page.nextLink = nextLink(doc);
    for (std::size_t i = 0; i < value->size(); ++i) {
        const nlohmann::json& item = (*value)[i];
        RemoteMachine machine;
        machine.id = wire::id(item, "id").value_or(std::string());
        if (machine.id.empty())
            return say(problem, ReplyText::tr("machine %1 of \"value\" has no id").arg(i + 1)), std::nullopt;
        machine.name = wire::text(item, "computerDnsName");
        machine.groupId = wire::id(item, "rbacGroupId").value_or(std::string());
        machine.groupName = wire::text(item, "rbacGroupName");
        machine.os = wire::text(item, "osPlatform");
        machine.lastSeen = wire::unixTime(item, "lastSeen");
        page.machines.push_back(std::move(machine));
    }
    return page;
}

std::optional<std::vector<RemoteGroup>> readGroupScores(const nlohmann::json& doc, QString* problem)
{
    const nlohmann::json* value = valueArray(doc, problem);
    if (!value)
        return std::nullopt;
    std::vector<RemoteGroup> groups;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const nlohmann::json& item = (*value)[i];
        RemoteGroup group{wire::id(item, "rbacGroupId").value_or(std::string()), wire::text(item, "rbacGroupName")};
        if (group.name.empty())
            return say(problem, ReplyText::tr("group %1 of \"value\" has no rbacGroupName").arg(i + 1)), std::nullopt;
        groups.push_back(std::move(group));
    }
    return groups;
}

std::vector<ImportItem> readImportResults(const nlohmann::json& doc, std::size_t count)
{
    std::vector<ImportItem> out(count);
    const auto value = doc.is_object() ? doc.find("value") : doc.end();
    if (!doc.is_object() || value == doc.end() || !value->is_array())
        return out;
    for (std::size_t i = 0; i < count && i < value->size(); ++i) {
        const nlohmann::json& item = (*value)[i];
        if (!item.is_object())
            continue;
        const auto failed = item.find("isFailed");
        const bool isFailed = failed == item.end() || !failed->is_boolean() || failed->get<bool>();
        const std::string id = stringMember(item, "id");
        if (!isFailed && !id.empty()) {
            out[i].failed = false;
            out[i].serverId = id;
        } else {
            out[i].reason = stringMember(item, "failureReason");
        }
    }
    return out;
}

} // namespace indicia::reply
