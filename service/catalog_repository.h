#pragma once
// What the tenant knows about its organisation besides indicators: device groups, machines
// and files (indicators-api.md 8.1-8.3). Filled from a seed document (`--seed FILE` at start,
// or the admin-only POST /api/indicia/seed):
//   {"machineGroups":[{"id","name",...}], "machines":[{machine entity}],
//    "files":[{file entity, "machineIds":["<machine id>", ...]}]}
// Entities are kept as given and returned as given; the fields clients filter on are
// copied into columns.

#include "service/api_reply.h"
#include "service/odata_filter.h"
#include "service/odata_query.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace indicia::service {

struct SeedCounts {
    int machineGroups = 0;
    int machines = 0;
    int files = 0;
};

class CatalogRepository {
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)
public:
    explicit CatalogRepository(QSqlDatabase db);

    static ODataFilter machineFilter(); // over the `m` alias
    static const ODataCollection& machineCollection(); // $orderby/$select, same alias

    // Upserts everything in one transaction; an error text names the first bad entry.
    QString seed(const Json& document, SeedCounts* counts = nullptr);
    QString seedFile(const QString& path);

    // `limit` rows from `skip` (the caller asks for one more than a page to learn if more exist).
    // `orderBy` is a trusted " ORDER BY ..." clause (ODataQuery::orderClause).
    QList<Json> machines(const SqlCondition& where, const QString& orderBy, int limit, int skip) const;
    qint64 machineCount(const SqlCondition& where) const;
    bool hasMachines() const;
    std::optional<Json> machine(const QString& id, const SqlCondition& visibility) const;
    QList<Json> machineGroups(const SqlCondition& visibility) const;
    // GET /api/exposureScore/ByMachineGroups rows: {time, score, rbacGroupName, rbacGroupId}.
    QList<Json> exposureByGroups(const SqlCondition& visibility, const QString& time) const;
    std::optional<Json> file(const QString& column, const QString& hash) const;
    QList<Json> fileMachines(const QString& sha1, const SqlCondition& visibility) const;
    QHash<QString, QString> groupIdsByName() const;

private:
    QString seedGroups(const Json& groups);
    QString seedMachines(const Json& machines);
    QString seedFiles(const Json& files);
    QList<Json> entities(const QString& sql, const QVariantList& values) const;
    QSqlDatabase db_;
};

} // namespace indicia::service
