#include "models/sync/reply_reading.h"

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

std::optional<Page> readIndicatorPage(const nlohmann::json& doc)
{
    if (!doc.is_object())
        return std::nullopt;
    const auto it = doc.find("value");
    if (it == doc.end() || !it->is_array())
        return std::nullopt;
    Page page;
    page.entities = it->size();
    for (const nlohmann::json& entity : *it)
        if (auto remote = remoteFromWire(entity))
            page.indicators.push_back(std::move(*remote));
    return page;
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
