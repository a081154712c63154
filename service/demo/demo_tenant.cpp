#include "service/demo/demo_tenant.h"

#include "engine/timeutil.h"
#include "service/catalog_repository.h"
#include "service/demo/demo_indicators.h"
#include "service/indicator_payload.h"
#include "service/indicator_repository.h"
#include "service/service_database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace indicia::service::demo {

QString DemoTenant::prepare(QList<ClientAccount>& clients)
{
    if (!demoIsCurrent(spec_, dir_)) {
        if (const QString error = generateDemo(spec_, dir_); !error.isEmpty())
            return tr("Cannot generate the demo data in %1: %2").arg(dir_, error);
        generated_ = true;
    }
    // The personas first: an explicit --client with the same id is added later and wins.
    QList<ClientAccount> personas;
    if (const QString error = ClientRegistry::loadFile(QDir(dir_).filePath(QStringLiteral("clients.json")), personas);
        !error.isEmpty())
        return error;
    clients = personas + clients;
    return {};
}

QString DemoTenant::load(const QSqlDatabase& db, CatalogRepository& catalog, IndicatorRepository& indicators)
{
    try {
        if (generated_ || !catalog.hasMachines())
            if (const QString error = catalog.seedFile(QDir(dir_).filePath(QStringLiteral("seed.json"))); !error.isEmpty())
                return error;
        if (indicators.countActive() == 0)
            return loadIndicators(db, indicators);
    } catch (const SqlError& error) {
        return tr("Cannot load the demo data: %1").arg(QString::fromUtf8(error.what()));
    }
    return {};
}

QString DemoTenant::loadIndicators(const QSqlDatabase& db, IndicatorRepository& indicators)
{
    QFile file(QDir(dir_).filePath(QStringLiteral("indicators.json")));
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
    const Json document = Json::parse(file.readAll().toStdString(), nullptr, false);
    if (!document.is_object() || !document.contains("indicators") || !document["indicators"].is_array())
        return tr("%1 is not a demo indicators document.").arg(file.fileName());
    // Validated as of the demo's end, so the data set loads the same on any later day; the
    // gateway's expiry sweep still applies the real clock.
    const TimePoint end{std::chrono::seconds(spec_.end.toSecsSinceEpoch())};
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    Transaction transaction(db);
    for (Json body : document["indicators"]) {
        const std::string createdBy = body.value("createdBy", std::string(DemoIndicators::kAdmin));
        body.erase("createdBy");
        if (body.contains("expirationTime") && body["expirationTime"].is_string()) {
            const std::optional<TimePoint> expiry = parseIsoTimestamp(body["expirationTime"].get<std::string>());
            if (expiry && *expiry <= end)
                continue; // expired before the demo's end: the tenant has already deleted it
        }
        const PayloadResult parsed = IndicatorPayload::parse(body, end);
        if (!parsed.indicator)
            return tr("Demo indicator %1 is refused: %2")
                .arg(QString::fromStdString(body.value("indicatorValue", std::string())),
                     parsed.error ? parsed.error->message : QString());
        indicators.insert(*parsed.indicator, QString::fromStdString(createdBy), nowMs);
    }
    transaction.commit();
    return {};
}

} // namespace indicia::service::demo
