#pragma once
// Builds the SQL for one tab's list: the WHERE clause of the filter, the ORDER BY of the
// sort column (with id as the tie-breaker so pages are stable), and the bound values.
// Only bound values reach SQLite; column names come from a fixed table.

#include "models/list/indicator_filter.h"

#include <QString>
#include <QVariantList>

namespace indicia {

enum class ListColumn {
    Value, Type, Action, Alert, Severity, Scope, Expires, CreatedBy, Created, LastUpdated, SyncState,
    Count
};

struct SqlFragment {
    QString sql;
    QVariantList values;
};

class IndicatorQuery {
public:
    IndicatorQuery(TabKind tab, const IndicatorFilter& filter, ListColumn sortColumn, bool descending,
                   qint64 now);

    // Whether an index serves the sort of `column` (schema v6: value, last update, action,
    // severity, expiry; "created" is the rowid). For the others SQLite sorts the whole
    // tab for every page it is asked for.
    static bool sortUsesIndex(ListColumn column);

    SqlFragment countSql() const;
    // Full rows (kIndicatorColumns) of one page.
    SqlFragment pageSql(qint64 offset, int limit) const;
    // Every id in the list, in list order (one sort, however many pages are then read).
    SqlFragment idsSql() const;
    // Full rows of `count` ids, bound by the caller, in no particular order.
    static QString rowsByIdSql(int count);
    // How many rows sort before the row with id `id` (its position in the list), or -1
    // when the row is not in the list.
    SqlFragment positionSql(qint64 id) const;
    SqlFragment containsSql(qint64 id) const;

private:
    SqlFragment where() const;
    QString sortExpression() const;

    TabKind tab_;
    IndicatorFilter filter_;
    ListColumn sortColumn_;
    bool descending_;
    qint64 now_;
};

} // namespace indicia
