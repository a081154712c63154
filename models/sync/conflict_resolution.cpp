// SyncLedger's conflict resolution: keep mine, take theirs, or a field-by-field merge.
// Each is one transaction. Keeping or merging makes the service's version the new base,
// so the next sync pushes the local result instead of seeing the same conflict again.

#include "models/store/indicator_sql.h"
#include "models/store/workspace_store.h"
#include "models/sync/sync_ledger.h"

#include <QSqlQuery>

namespace indicia {

namespace {

struct StoredConflict {
    bool found = false;
    std::optional<RemoteIndicator> remote; // nullopt: deleted on the service
};

StoredConflict readConflict(QSqlDatabase& db, std::int64_t id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT conflict_json FROM sync_remote WHERE indicator_id = ? AND conflict_json IS NOT NULL"));
    q.addBindValue(qlonglong(id));
    if (!q.exec() || !q.next())
        return {};
    return {true, remoteFromWire(nlohmann::json::parse(q.value(0).toString().toStdString(), nullptr, false))};
}

bool clearRemote(QSqlDatabase& db, std::int64_t id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM sync_remote WHERE indicator_id = ?"));
    q.addBindValue(qlonglong(id));
    return q.exec();
}

} // namespace

bool SyncLedger::resolveKeepMine(std::int64_t id)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    const std::optional<IndicatorRecord> record = selectIndicator(db, id);
    return record && resolveMerged(id, record->indicator);
}

bool SyncLedger::resolveMerged(std::int64_t id, const Indicator& merged)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    const StoredConflict conflict = readConflict(db, id);
    std::optional<IndicatorRecord> record = selectIndicator(db, id);
    if (!conflict.found || !record)
        return fail(tr("No conflict to resolve"), QString::number(id));
    SqlTransaction transaction(db);
    record->indicator.action = merged.action;
    record->indicator.severity = merged.severity;
    record->indicator.generateAlert = merged.generateAlert;
    record->indicator.title = merged.title;
    record->indicator.description = merged.description;
    record->indicator.recommendedActions = merged.recommendedActions;
    record->indicator.category = merged.category;
    record->indicator.mitreTechniques = merged.mitreTechniques;
    record->indicator.expiration = merged.expiration;
    record->indicator.educateUrl = merged.educateUrl;
    record->indicator.externalId = merged.externalId;
    record->updatedAt = store_.now();
    record->syncState = SyncState::Pending;
    record->syncError.clear();
    record->serverId = conflict.remote ? conflict.remote->id : std::string();
    QSqlError sqlError;
    if (!updateIndicator(db, *record, &sqlError))
        return fail(tr("Cannot resolve the conflict"), sqlError.text());
    const bool based = conflict.remote ? writeBase(id, conflict.remote->id, &*conflict.remote) : clearRemote(db, id);
    if (!based || !transaction.commit())
        return fail(tr("Cannot resolve the conflict"), transaction.lastError().text());
    return true;
}

bool SyncLedger::resolveTakeTheirs(std::int64_t id)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    const StoredConflict conflict = readConflict(db, id);
    std::optional<IndicatorRecord> record = selectIndicator(db, id);
    if (!conflict.found || !record)
        return fail(tr("No conflict to resolve"), QString::number(id));
    SqlTransaction transaction(db);
    QSqlError sqlError;
    if (!conflict.remote) { // the service deleted it: so does the workspace
        if (!deleteIndicator(db, id, &sqlError))
            return fail(tr("Cannot resolve the conflict"), sqlError.text());
    } else {
        record->indicator = conflict.remote->indicator;
        record->updatedAt = store_.now();
        record->syncState = SyncState::Synced;
        record->syncError.clear();
        record->serverId = conflict.remote->id;
        if (!updateIndicator(db, *record, &sqlError) || !writeBase(id, conflict.remote->id, &*conflict.remote))
            return fail(tr("Cannot resolve the conflict"), sqlError.text() + error_);
    }
    if (!clearSettledOutbox() || !transaction.commit())
        return fail(tr("Cannot resolve the conflict"), transaction.lastError().text());
    return true;
}

} // namespace indicia
