#pragma once
// The workspace's share of Ctrl+K: indicators whose value or title matches, and the
// machines of the organisation the service described (the machines table). Runs on any
// connection to the workspace file, so the search runs it on a reader thread.

#include "models/search/search_hit.h"

#include <QSqlDatabase>

namespace indicia {

class WorkspaceLookup {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLookup)

public:
    // Hits best first, at most `limitPerKind` per kind. Empty with `error` set on a
    // database error.
    static SearchHits search(const QSqlDatabase& db, const QString& query, int limitPerKind, QString& error);

private:
    static SearchHits indicators(const QSqlDatabase& db, const QString& query, int limit, QString& error);
    static SearchHits machines(const QSqlDatabase& db, const QString& query, int limit, QString& error);
};

} // namespace indicia
