#include "models/async/status_figures.h"

#include "models/sync/sync_ledger.h"

#include <QSqlQuery>
#include <QVariant>

namespace indicia {

StatusFigures readStatusFigures(QSqlDatabase& db, qint64 now)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*), TOTAL(expiration IS NOT NULL AND expiration <= ?), "
                             "TOTAL(sync_state = 'pending' AND (expiration IS NULL OR expiration > ?)), "
                             "TOTAL(sync_state = 'conflict') FROM indicators"));
    q.addBindValue(now);
    q.addBindValue(now);
    StatusFigures f;
    if (q.exec() && q.next()) {
        f.expired = qint64(q.value(1).toDouble());
        f.active = q.value(0).toLongLong() - f.expired;
        // Counted as the Sync page counts them: edits held by a conflict are conflicts.
        const SyncCounts sync =
            SyncLedger::counts(db, now, qint64(q.value(2).toDouble()), qint64(q.value(3).toDouble()));
        f.pending = sync.pending;
        f.conflicts = sync.conflicts;
    }
    return f;
}

} // namespace indicia
