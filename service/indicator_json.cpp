#include "service/indicator_json.h"

#include "engine/timeutil.h"

#include <QDateTime>
#include <QTimeZone>

namespace indicia::service {

QString formatEntityTime(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc());
    // Milliseconds padded to the seven digits .NET writes.
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000Z");
}

namespace {

Json nullable(const std::string& text) { return text.empty() ? Json() : Json(text); }
Json nullable(const QString& text) { return text.isEmpty() ? Json() : Json(toStd(text)); }

Json extra(const Json& extras, const char* name)
{
    const auto it = extras.find(name);
    return it == extras.end() ? Json() : *it;
}

} // namespace

Json indicatorToJson(const StoredIndicator& stored, const QHash<QString, QString>& groupIds)
{
    const Indicator& core = stored.content.core;
    const Json& extras = stored.content.extras;
    Json groupNames = Json::array();
    Json ids = Json::array();
    for (const std::string& group : core.rbacGroups) {
        groupNames.push_back(group);
        const QString id = groupIds.value(fromStd(group));
        if (!id.isEmpty())
            ids.push_back(toStd(id));
    }
    Json mitre = extra(extras, "mitreTechniques");
    return Json{
        {"id", std::to_string(stored.id)},
        {"indicatorValue", core.value},
        {"indicatorType", std::string(toString(core.type))},
        // As sent: the 2019 names Alert and AlertAndBlock are echoed as they were submitted.
        {"action", stored.content.actionName.isEmpty() ? std::string(toString(core.action)) : toStd(stored.content.actionName)},
        {"application", nullable(stored.content.application)},
        {"source", nullable(stored.createdByDisplayName)},
        {"sourceType", "AadApp"},
        {"title", core.title},
        {"creationTimeDateTimeUtc", toStd(formatEntityTime(stored.creationMs))},
        {"createdBy", toStd(stored.createdBy)},
        {"createdByDisplayName", nullable(stored.createdByDisplayName)},
        {"createdBySource", toStd(stored.createdBySource)},
        {"expirationTime", core.expiration ? Json(formatIsoTimestamp(*core.expiration)) : Json()},
        {"lastUpdateTime", toStd(formatEntityTime(stored.lastUpdateMs))},
        {"lastUpdatedBy", nullable(stored.lastUpdatedBy)},
        {"severity", std::string(toString(core.severity))},
        {"description", core.description},
        {"recommendedActions", nullable(core.recommendedActions)},
        {"rbacGroupNames", groupNames},
        {"rbacGroupIds", ids},
        {"generateAlert", core.generateAlert},
        {"educateUrl", nullable(core.educateUrl)},
        {"externalId", nullable(core.externalId)},
        {"category", extra(extras, "category")},
        {"mitreTechniques", mitre.is_null() ? Json::array() : mitre},
        {"bypassDurationHours", extra(extras, "bypassDurationHours")},
        {"historicalDetection", extra(extras, "historicalDetection").is_null() ? Json(false) : extra(extras, "historicalDetection")},
        {"lookBackPeriod", extra(extras, "lookBackPeriod")},
        {"notificationId", extra(extras, "notificationId")},
        {"notificationBody", extra(extras, "notificationBody")},
        {"version", extra(extras, "version")},
        {"additionalInfo", extra(extras, "additionalInfo")},
        {"certificateInfo", extra(extras, "certificateInfo")},
    };
}

} // namespace indicia::service
