#include "models/demo/demo_colleague.h"

#include "models/demo/demo_workspace.h"
#include "models/sync/api_client.h"
#include "models/sync/remote_indicator.h"

#include <QDateTime>

namespace indicia::demo {

namespace {

const DemoPersona& administrator(const DemoData& data)
{
    for (const DemoPersona& persona : data.personas())
        if (persona.role == QLatin1String("admin"))
            return persona;
    return data.personas().front();
}

// An OData string literal: quotes doubled.
QString literal(const QString& value)
{
    QString out = value;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

DemoColleague::DemoColleague(const DemoData& data, QUrl serviceUrl, QObject* parent) : QObject(parent)
{
    const DemoPersona& admin = administrator(data);
    client_ = std::make_unique<ApiClient>(connectionFor(serviceUrl, admin), admin.secret);
}

DemoColleague::~DemoColleague() = default;

void DemoColleague::changeIndicator(IndicatorType type, const QString& value, Done done)
{
    ApiRequest request;
    request.path = QStringLiteral("/indicators");
    request.query.addQueryItem(QStringLiteral("$filter"),
                               QStringLiteral("indicatorValue eq %1 and indicatorType eq '%2'")
                                   .arg(literal(value), QString::fromLatin1(toString(type).data())));
    client_->send(request, [this, done, value](const ApiResult& result) {
        if (!result.ok) {
            done(result.error);
            return;
        }
        const nlohmann::json list = result.body.value("value", nlohmann::json::array());
        if (list.empty()) {
            done(tr("The service has no indicator %1.").arg(value));
            return;
        }
        submitChange(list.front(), done);
    });
}

void DemoColleague::submitChange(const nlohmann::json& entity, Done done)
{
    std::optional<RemoteIndicator> remote = remoteFromWire(entity);
    if (!remote) {
        done(tr("The service answered an indicator the console cannot read."));
        return;
    }
    Indicator& changed = remote->indicator;
    changed.severity = changed.severity == Severity::High ? Severity::Medium : Severity::High;
    changed.title = tr("%1 (reviewed by the admin)").arg(QString::fromStdString(changed.title).section(QStringLiteral(" ("), 0, 0)).toStdString();
    changed.description = tr("Re-rated by the global administrator at %1.")
                              .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                              .toStdString();
    ApiRequest request;
    request.verb = "POST";
    request.path = QStringLiteral("/indicators");
    request.body = toWire(changed);
    client_->send(request, [done](const ApiResult& result) { done(result.ok ? QString() : result.error); });
}

} // namespace indicia::demo
