#pragma once
// Indicators in the tenant database: lookup by id and by upsert key, paged lists under an
// OData condition, insert/update with their device-group rows, delete, the active count
// for the quota, and the expiry sweep (indicators-api.md 2.4: expired ones are deleted).

#include "service/indicator_entity.h"
#include "service/odata_filter.h"
#include "service/odata_query.h"
#include "service/service_config.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace indicia::service {

class IndicatorRepository {
public:
    IndicatorRepository(QSqlDatabase db, UpsertKey key);

    // The $filter properties of indicators-api.md 1.4, over the `i` alias.
    static ODataFilter filter();
    // What $orderby and $select may name, over the same alias.
    static const ODataCollection& collection();

    std::optional<StoredIndicator> find(qint64 id) const;
    // The indicator a submit from `clientId` would update, per the configured key.
    std::optional<qint64> findMatch(const SubmittedIndicator& submitted, const QString& clientId) const;
    // `orderBy` is a trusted " ORDER BY ..." clause (ODataQuery::orderClause).
    QList<StoredIndicator> list(const SqlCondition& where, const QString& orderBy, int top, int skip) const;
    // In id order.
    QList<StoredIndicator> list(const SqlCondition& where, int top, int skip) const
    {
        return list(where, QStringLiteral(" ORDER BY i.id"), top, skip);
    }
    qint64 count(const SqlCondition& where) const;
    int countActive() const;

    StoredIndicator insert(const SubmittedIndicator& submitted, const QString& clientId, qint64 nowMs);
    StoredIndicator update(const StoredIndicator& existing, const SubmittedIndicator& submitted,
                           const QString& clientId, qint64 nowMs);
    void remove(qint64 id);
    int deleteExpired(qint64 nowSeconds);

private:
    void writeGroups(qint64 id, const std::vector<std::string>& groups);
    QSqlDatabase db_;
    UpsertKey key_;
};

} // namespace indicia::service
