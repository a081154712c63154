#include "service/reply_variations.h"

#include <regex>

namespace indicia::service {

std::optional<ReplyVariations> ReplyVariationsParser::parse(const QString& list, QString& error)
{
    ReplyVariations out;
    for (const QString& entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = entry.trimmed();
        if (name == u"casing")
            out.casing = true;
        else if (name == u"unknown-fields")
            out.unknownFields = true;
        else if (name == u"legacy-actions")
            out.legacyActions = true;
        else if (name == u"offsets")
            out.offsets = true;
        else {
            error = tr("--vary: unknown variation \"%1\" (casing, unknown-fields, legacy-actions, offsets).").arg(name);
            return std::nullopt;
        }
    }
    return out;
}

namespace {

// A DateTimeOffset as this service writes it: seconds, optional fraction, 'Z'.
bool isUtcDate(const std::string& text)
{
    static const std::regex pattern(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z)");
    return std::regex_match(text, pattern);
}

Json vary(const ReplyVariations& v, Json item, bool pascal)
{
    if (!item.is_object())
        return item;
    if (v.legacyActions) {
        const auto action = item.find("action");
        if (action != item.end() && action->is_string()) {
            const auto flag = item.find("generateAlert");
            const bool alert = flag != item.end() && flag->is_boolean() && flag->get<bool>();
            if (*action == "Audit" && alert)
                *action = "Alert";
            else if (*action == "BlockAndRemediate")
                *action = "AlertAndBlock";
        }
    }
    if (v.offsets)
        for (auto it = item.begin(); it != item.end(); ++it)
            if (it->is_string() && isUtcDate(it->get<std::string>())) {
                std::string text = it->get<std::string>();
                text.replace(text.size() - 1, 1, "+00:00");
                *it = text;
            }
    if (v.casing && pascal) {
        Json renamed = Json::object();
        for (auto it = item.begin(); it != item.end(); ++it) {
            std::string pascalName = it.key();
            if (!pascalName.empty() && pascalName[0] >= 'a' && pascalName[0] <= 'z')
                pascalName[0] = char(pascalName[0] - 'a' + 'A');
            renamed[pascalName] = std::move(*it);
        }
        item = std::move(renamed);
    }
    if (v.unknownFields) {
        item["indiciaFutureProperty"] = Json{{"nested", Json::array({1, "two", nullptr})}, {"flag", true}};
        item["anotherUndocumentedField"] = nullptr;
    }
    return item;
}

} // namespace

void applyReplyVariations(const ReplyVariations& variations, ApiReply& reply)
{
    if (!variations.any() || reply.status != Status::Ok || reply.body.isEmpty())
        return;
    Json doc = Json::parse(reply.body.constBegin(), reply.body.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return;
    const auto value = doc.find("value");
    if (value != doc.end() && value->is_array()) {
        for (std::size_t i = 0; i < value->size(); ++i)
            (*value)[i] = vary(variations, std::move((*value)[i]), i % 2 == 1);
    } else {
        doc = vary(variations, std::move(doc), true);
    }
    reply.body = QByteArray::fromStdString(doc.dump());
}

} // namespace indicia::service
