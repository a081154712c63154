#pragma once
// Demo mode of the tenant (--demo-seed): makes sure <data>/demo holds the generated data
// set for the spec, then loads it: the personas as client accounts, the organisation as
// the catalog, and the non-expired indicators, each created by its persona. Indicators are
// loaded only into an empty tenant, so a restart keeps what the demo's users changed.

#include "service/client_registry.h"
#include "service/demo/demo_generator.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace indicia::service {
class CatalogRepository;
class IndicatorRepository;
}

namespace indicia::service::demo {

class DemoTenant {
    Q_DECLARE_TR_FUNCTIONS(DemoTenant)
public:
    DemoTenant(DemoSpec spec, QString dir) : spec_(std::move(spec)), dir_(std::move(dir)) {}

    // Generates the data set unless the directory already holds this spec's; then reads
    // the personas into `clients`. An error text, or empty.
    QString prepare(QList<ClientAccount>& clients);
    // Seeds the catalog (when just generated or still empty) and the indicators (when the
    // tenant has none). Runs inside the caller's open database.
    QString load(const QSqlDatabase& db, CatalogRepository& catalog, IndicatorRepository& indicators);

    const QString& dir() const { return dir_; }

private:
    QString loadIndicators(const QSqlDatabase& db, IndicatorRepository& indicators);

    DemoSpec spec_;
    QString dir_;
    bool generated_ = false;
};

} // namespace indicia::service::demo
