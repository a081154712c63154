// Undo at the store level: reverse one operation inside a new operation, using the history
// rows the original wrote. Because the reversal writes ordinary history rows too, redo is
// simply undoing the undo. A QUndoStack (ui side) orders these calls.

#include "models/store/workspace_store.h"
#include "models/store/store_text.h"

#include "models/store/indicator_sql.h"
#include "models/store/operation_log.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <nlohmann/json.hpp>

namespace indicia {

namespace {


struct HistoryStep {
    std::int64_t indicatorId = 0;
    QString operation;
    std::optional<IndicatorRecord> before;
};

StoreError failure(const QSqlError& error)
{
    return {StoreErrorCode::Sql, StoreText::tr("Cannot undo: %1").arg(error.text())};
}

// A restored version is a change for the service like any other, whatever sync state it
// had when it was saved: pending. (Kept "synced", an undo never reached the service, and a
// row brought back after its delete was queued was deleted there by the next sync.) It
// keeps the service's id the row has now; a row that comes back from a delete keeps its old
// id only while that delete is still queued, which is then called off.
void prepareRestored(QSqlDatabase& db, IndicatorRecord& restored, const std::optional<IndicatorRecord>& current)
{
    restored.syncState = SyncState::Pending;
    restored.syncError.clear();
    if (current) {
        restored.serverId = current->serverId;
        return;
    }
    if (restored.serverId.empty())
        return;
    QSqlQuery queued(db);
    queued.prepare(QStringLiteral("DELETE FROM outbox WHERE op = 'delete' AND server_id = ?"));
    queued.addBindValue(QString::fromStdString(restored.serverId));
    if (!queued.exec() || queued.numRowsAffected() == 0)
        restored.serverId.clear(); // gone from the service: sent again as a new indicator
}

StoreError damaged(std::int64_t opId)
{
    return {StoreErrorCode::Sql,
            StoreText::tr("Cannot undo operation %1: its history is damaged.").arg(opId)};
}

StoreResult<std::vector<HistoryStep>> stepsOf(QSqlDatabase& db, std::int64_t opId)
{
    std::vector<HistoryStep> steps;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT indicator_id, operation, before_json FROM history "
                                 "WHERE op_id = ? ORDER BY id DESC"));
    query.addBindValue(qlonglong(opId));
    if (StoreError error = checkedExec(query, StoreText::tr("the history of operation %1").arg(opId)))
        return error;
    while (query.next()) {
        HistoryStep step{query.value(0).toLongLong(), query.value(1).toString(), std::nullopt};
        if (!query.value(2).isNull()) {
            const auto json = nlohmann::json::parse(query.value(2).toString().toStdString(),
                                                    nullptr, false);
            step.before = recordFromJson(json);
        }
        steps.push_back(std::move(step));
    }
    return steps;
}

} // namespace

StoreResult<std::int64_t> WorkspaceStore::undoOperation(std::int64_t opId, const QString& comment)
{
    if (StoreError error = checkCanWrite(session_))
        return error;
    QSqlDatabase db = database();
    SqlTransaction tx(db);
    if (!tx.started())
        return StoreError{StoreErrorCode::Locked, StoreText::tr("The workspace is busy; try again.")};

    QSqlQuery op(db);
    op.prepare(QStringLiteral("SELECT kind, summary, added_first, added_last FROM operations "
                              "WHERE id = ?"));
    op.addBindValue(qlonglong(opId));
    if (!op.exec() || !op.next())
        return StoreError{StoreErrorCode::NotFound, StoreText::tr("Operation %1 does not exist.").arg(opId)};
    const QString kind = op.value(0).toString();
    const QString summary = op.value(1).toString();
    const bool hasRange = !op.value(2).isNull() && !op.value(3).isNull();
    const qlonglong addedFirst = op.value(2).toLongLong();
    const qlonglong addedLast = op.value(3).toLongLong();
    op.finish();

    OperationLog log(db, session_.user, now());
    if (!log.begin(OperationKind::Undo, StoreText::tr("Undo: %1").arg(summary), comment))
        return failure(log.lastError());

    // Newest first, so several changes of one row in one operation unwind in order.
    const StoreResult<std::vector<HistoryStep>> steps = stepsOf(db, opId);
    if (!steps)
        return steps.error();
    for (const HistoryStep& step : *steps) {
        const auto current = selectIndicator(db, step.indicatorId);
        QSqlError error;
        if (step.operation == QStringLiteral("add")) {
            if (!current)
                continue; // already gone
            if (StoreError e = checkWriteAccess(session_, current->indicator.rbacGroups))
                return e;
            if (!deleteIndicator(db, current->id, &error))
                return failure(error);
            if (!log.recordDelete(*current))
                return failure(log.lastError());
            continue;
        }
        if (!step.before)
            return damaged(opId);
        IndicatorRecord restored = *step.before;
        if (StoreError e = checkWriteAccess(session_, restored.indicator.rbacGroups))
            return e;
        prepareRestored(db, restored, current);
        if (current) { // "update" (or a delete whose id was reused: put the old row back)
            if (StoreError e = checkWriteAccess(session_, current->indicator.rbacGroups))
                return e;
            if (!updateIndicator(db, restored, &error))
                return failure(error);
            if (!log.recordUpdate(*current, restored))
                return failure(log.lastError());
        } else { // "delete", or an update of a row deleted since
            if (!insertIndicator(db, restored, &error))
                return failure(error);
            if (!log.recordAdd(restored))
                return failure(log.lastError());
        }
    }

    // An import keeps no per-row history for the rows it added (a million JSON snapshots
    // would double its cost); they carry created_op instead, and the operation keeps the
    // range of ids it added (v3), so that they are found by rowid range.
    if (kind == OperationKind::Import && hasRange) {
        QSqlQuery added(db);
        added.setForwardOnly(true);
        added.prepare(fullIndicatorSelect()
                      + QStringLiteral(" WHERE id BETWEEN ? AND ? AND created_op = ?"));
        added.addBindValue(addedFirst);
        added.addBindValue(addedLast);
        added.addBindValue(qlonglong(opId));
        if (!added.exec())
            return failure(added.lastError());
        std::vector<IndicatorRecord> rows;
        while (added.next())
            rows.push_back(recordFromQuery(added));
        added.finish();
        for (const IndicatorRecord& row : rows) {
            if (StoreError e = checkWriteAccess(session_, row.indicator.rbacGroups))
                return e;
            QSqlError error;
            if (!deleteIndicator(db, row.id, &error))
                return failure(error);
            if (!log.recordDelete(row))
                return failure(log.lastError());
        }
    }
    if (!tx.commit())
        return failure(tx.lastError());
    return log.opId();
}

} // namespace indicia
