#include "models/sync/sync_ledger.h"

#include "models/store/indicator_sql.h"
#include "models/store/workspace_store.h"

#include <QSqlQuery>

#include <stdexcept>

namespace indicia {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
std::string str(const QVariant& value) { return value.toString().toStdString(); }

QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }

std::optional<Indicator> indicatorFromJson(const QVariant& stored)
{
    if (stored.isNull())
        return std::nullopt;
    const auto remote = remoteFromWire(nlohmann::json::parse(str(stored), nullptr, false));
    return remote ? std::optional<Indicator>(remote->indicator) : std::nullopt;
}

QString remoteJson(const RemoteIndicator& remote)
{
    nlohmann::json wire = toWire(remote.indicator);
    wire["id"] = remote.id;
    wire["lastUpdateTime"] = remote.lastUpdateTime;
    return qs(wire.dump());
}

// Outbox delete rows keep their key as outboxKey() writes it: [type, value, scope key].
std::string keyFromOutbox(const std::string& text)
{
    const nlohmann::json key = nlohmann::json::parse(text, nullptr, false);
    if (!key.is_array() || key.size() != 3 || !key[0].is_string() || !key[1].is_string() || !key[2].is_string())
        return {};
    return key[0].get<std::string>() + '\x1e' + key[1].get<std::string>() + '\x1e' + key[2].get<std::string>();
}

std::string outboxKeyOf(const std::string& identity)
{
    nlohmann::json parts = nlohmann::json::array();
    std::size_t start = 0;
    for (int i = 0; i < 2; ++i) {
        const std::size_t end = identity.find('\x1e', start);
        parts.push_back(identity.substr(start, end - start));
        start = end == std::string::npos ? identity.size() : end + 1;
    }
    parts.push_back(identity.substr(start));
    return parts.dump();
}

} // namespace

SyncLedger::SyncLedger(WorkspaceStore& store) : store_(store) {}

bool SyncLedger::fail(const QString& what, const QString& detail)
{
    error_ = what + QStringLiteral(": ") + detail;
    return false;
}

std::vector<LocalLink> SyncLedger::localLinks() const
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    std::vector<LocalLink> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = fullIndicatorSelect().replace(
        QStringLiteral(" FROM indicators"),
        QStringLiteral(", (SELECT base_json FROM sync_remote r WHERE r.indicator_id = indicators.id) FROM indicators"));
    if (!q.exec(sql)) // an empty answer would make every server indicator look new
        throw std::runtime_error("cannot read the workspace's links: " + q.lastError().text().toStdString());
    const int baseColumn = kIndicatorColumnCount; // the column after the full row
    while (q.next()) {
        const IndicatorRecord record = recordFromQuery(q);
        out.push_back({record.id, record.serverId, record.syncState, record.indicator, indicatorFromJson(q.value(baseColumn))});
    }
    return out;
}

std::vector<PendingDelete> SyncLedger::pendingDeletes() const
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    std::map<std::string, PendingDelete> grouped; // by server id, or by key when unlinked
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, server_id, key FROM outbox WHERE op = 'delete' ORDER BY id"));
    while (q.next()) {
        const std::string serverId = str(q.value(1));
        const std::string key = keyFromOutbox(str(q.value(2)));
        PendingDelete& entry = grouped[serverId.empty() ? "key:" + key : serverId];
        entry.outboxIds.push_back(q.value(0).toLongLong());
        entry.serverId = serverId;
        entry.key = key;
    }
    std::vector<PendingDelete> out;
    for (auto& [unused, entry] : grouped)
        out.push_back(std::move(entry));
    return out;
}

std::vector<IndicatorRecord> SyncLedger::pendingUpserts(std::int64_t after, int limit) const
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    QSqlQuery q(db);
    // An expired draft is not sent: the service refuses a past expiry and deletes expired
    // indicators anyway. It stays in the workspace, greyed, until purged.
    q.prepare(fullIndicatorSelect() + QStringLiteral(" WHERE sync_state = 'pending' AND id > ?"
                                                     " AND (expiration IS NULL OR expiration > ?) ORDER BY id LIMIT ?"));
    q.addBindValue(qlonglong(after));
    q.addBindValue(qlonglong(store_.now()));
    q.addBindValue(limit);
    q.exec();
    std::vector<IndicatorRecord> out;
    while (q.next())
        out.push_back(recordFromQuery(q));
    return out;
}

SyncCounts SyncLedger::counts() const
{
    return counts(store_.database(), store_.now()); // the handle is not kept: the store may close first
}

SyncCounts SyncLedger::counts(const QSqlDatabase& db, std::int64_t now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT TOTAL(sync_state = 'pending' AND (expiration IS NULL OR expiration > ?)),"
                             " TOTAL(sync_state = 'conflict') FROM indicators"));
    q.addBindValue(qlonglong(now));
    if (!q.exec() || !q.next())
        return {};
    return counts(db, now, std::int64_t(q.value(0).toDouble()), std::int64_t(q.value(1).toDouble()));
}

SyncCounts SyncLedger::counts(const QSqlDatabase& db, std::int64_t now, std::int64_t pendingRows,
                              std::int64_t conflictRows)
{
    QSqlQuery q(db);
    // A kept remote version (conflict_json) marks a conflict until it is resolved, whatever
    // an edit since did to sync_state. Few rows have one: read through sync_remote.
    q.prepare(QStringLiteral(
        "SELECT TOTAL(i.sync_state = 'pending' AND (i.expiration IS NULL OR i.expiration > ?)),"
        " TOTAL(i.sync_state <> 'conflict'),"
        " (SELECT count(DISTINCT coalesce(nullif(server_id, ''), key)) FROM outbox WHERE op = 'delete')"
        " FROM sync_remote r JOIN indicators i ON i.id = r.indicator_id WHERE r.conflict_json IS NOT NULL"));
    q.addBindValue(qlonglong(now));
    SyncCounts out;
    if (!q.exec() || !q.next())
        return out;
    out.pending = pendingRows - std::int64_t(q.value(0).toDouble()) + q.value(2).toLongLong();
    out.heldEdits = std::int64_t(q.value(1).toDouble());
    out.conflicts = conflictRows + out.heldEdits;
    return out;
}

bool SyncLedger::hadVersion(std::int64_t id, const Indicator& content) const
{
    QSqlDatabase db = store_.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT before_json, after_json FROM history WHERE indicator_id = ?"));
    q.addBindValue(qlonglong(id));
    q.exec();
    while (q.next())
        for (int column : {0, 1}) {
            if (q.value(column).isNull())
                continue;
            const nlohmann::json json = nlohmann::json::parse(str(q.value(column)), nullptr, false);
            const auto version = json.is_object() ? recordFromJson(json) : std::nullopt;
            if (version && sameIndicatorContent(version->indicator, content))
                return true;
        }
    return false;
}

bool SyncLedger::writeBase(std::int64_t id, const std::string& serverId, const RemoteIndicator* remote)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_remote (indicator_id, server_id, remote_updated, base_json, conflict_json)"
                             " VALUES (?, ?, ?, ?, NULL) ON CONFLICT(indicator_id) DO UPDATE SET"
                             " server_id = excluded.server_id, remote_updated = excluded.remote_updated,"
                             " base_json = excluded.base_json, conflict_json = NULL"));
    q.addBindValue(qlonglong(id));
    q.addBindValue(qs(serverId));
    q.addBindValue(remote && !remote->lastUpdateTime.empty() ? QVariant(qs(remote->lastUpdateTime)) : nullText());
    q.addBindValue(remote ? QVariant(remoteJson(*remote)) : nullText());
    return q.exec() || fail(tr("Cannot record the service's version"), q.lastError().text());
}

bool SyncLedger::setSyncColumns(std::int64_t id, const std::string& serverId, SyncState state, const std::string& error)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE indicators SET server_id = ?, sync_state = ?, sync_error = ? WHERE id = ?"));
    q.addBindValue(serverId.empty() ? nullText() : QVariant(qs(serverId)));
    q.addBindValue(qs(std::string(toString(state))));
    q.addBindValue(qs(error));
    q.addBindValue(qlonglong(id));
    return q.exec() || fail(tr("Cannot record the sync state"), q.lastError().text());
}

bool SyncLedger::addDeleteRow(const std::string& serverId, const std::string& key)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (indicator_id, op, server_id, key) VALUES (NULL, 'delete', ?, ?)"));
    q.addBindValue(qs(serverId));
    q.addBindValue(qs(outboxKeyOf(key)));
    return q.exec() || fail(tr("Cannot queue a delete"), q.lastError().text());
}

bool SyncLedger::clearSettledOutbox()
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    QSqlQuery q(db);
    // Per-row upserts of rows no longer pending, and import rows whose whole range is settled.
    return (q.exec(QStringLiteral("DELETE FROM outbox WHERE op = 'upsert' AND indicator_id IS NOT NULL AND NOT EXISTS"
                                  " (SELECT 1 FROM indicators i WHERE i.id = outbox.indicator_id AND i.sync_state = 'pending')"))
            && q.exec(QStringLiteral("DELETE FROM outbox WHERE op = 'upsert' AND indicator_id IS NULL AND NOT EXISTS"
                                     " (SELECT 1 FROM operations o JOIN indicators i ON i.id BETWEEN o.added_first AND o.added_last"
                                     " WHERE o.id = outbox.op_id AND i.sync_state = 'pending')")))
        || fail(tr("Cannot clear the outbox"), q.lastError().text());
}

bool SyncLedger::applyPull(const PullPlan& plan, const QString& user)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    SqlTransaction transaction(db);
    if (!transaction.started())
        return fail(tr("Cannot start the pull"), transaction.lastError().text());
    QSqlError sqlError;
    const std::int64_t now = store_.now();
    for (const RemoteIndicator& remote : plan.inserts) {
        IndicatorRecord record;
        record.indicator = remote.indicator;
        // Who created and last changed it, and when, as the service says; the pull's own
        // user and time only where the service said nothing.
        record.createdBy = remote.createdBy.empty() ? user.toStdString() : remote.createdBy;
        record.createdAt = remote.createdAt.value_or(now);
        record.updatedBy = remote.updatedBy.empty() ? record.createdBy : remote.updatedBy;
        record.updatedAt = remote.updatedAt.value_or(record.createdAt);
        record.serverId = remote.id;
        record.syncState = SyncState::Synced;
        if (!insertIndicator(db, record, &sqlError) || !writeBase(record.id, remote.id, &remote))
            return fail(tr("Cannot add an indicator from the service"), sqlError.text() + error_);
    }
    for (const auto& [id, remote] : plan.takes) {
        std::optional<IndicatorRecord> record = selectIndicator(db, id);
        if (!record)
            continue;
        record->indicator = remote.indicator;
        record->updatedBy = !remote.updatedBy.empty() ? remote.updatedBy
                          : !remote.createdBy.empty() ? remote.createdBy : user.toStdString();
        record->updatedAt = remote.updatedAt.value_or(now);
        record->serverId = remote.id;
        record->syncState = SyncState::Synced;
        record->syncError.clear();
        if (!updateIndicator(db, *record, &sqlError) || !writeBase(id, remote.id, &remote))
            return fail(tr("Cannot apply a change from the service"), sqlError.text() + error_);
    }
    for (const auto& [id, remote] : plan.links)
        if (!setSyncColumns(id, remote.id, SyncState::Synced, {}) || !writeBase(id, remote.id, &remote))
            return false;
    for (const auto& [id, remote] : plan.rebase) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE indicators SET server_id = ? WHERE id = ?"));
        q.addBindValue(qs(remote.id));
        q.addBindValue(qlonglong(id));
        if (!q.exec() || !writeBase(id, remote.id, &remote))
            return fail(tr("Cannot link an indicator"), q.lastError().text() + error_);
    }
    for (const auto& [id, remote] : plan.conflicts) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE indicators SET sync_state = 'conflict', sync_error = ? WHERE id = ?"));
        q.addBindValue(remote ? tr("Changed here and on the service since the last sync.")
                              : tr("Deleted on the service but changed here since the last sync."));
        q.addBindValue(qlonglong(id));
        QSqlQuery keep(db);
        keep.prepare(QStringLiteral("INSERT INTO sync_remote (indicator_id, server_id, conflict_json)"
                                    " VALUES (?, '', ?) ON CONFLICT(indicator_id) DO UPDATE SET conflict_json = excluded.conflict_json"));
        keep.addBindValue(qlonglong(id));
        keep.addBindValue(remote ? remoteJson(*remote) : QStringLiteral("null"));
        if (!q.exec() || !keep.exec())
            return fail(tr("Cannot record a conflict"), q.lastError().text() + keep.lastError().text());
    }
    for (std::int64_t id : plan.removals)
        if (!deleteIndicator(db, id, &sqlError))
            return fail(tr("Cannot remove an indicator the service deleted"), sqlError.text());
    for (const PendingDelete& stale : plan.extraDeletes)
        if (!addDeleteRow(stale.serverId, stale.key))
            return false;
    if (!transaction.commit())
        return fail(tr("Cannot save the pull"), transaction.lastError().text());
    return true;
}

bool SyncLedger::applyPush(const std::vector<PushOutcome>& outcomes)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    SqlTransaction transaction(db);
    if (!transaction.started())
        return fail(tr("Cannot record the push"), transaction.lastError().text());
    for (const PushOutcome& outcome : outcomes) {
        const std::optional<IndicatorRecord> now = selectIndicator(db, outcome.sent.id);
        const std::string key = identityKey(outcome.sent.indicator);
        if (!now) { // deleted here while the batch was in flight: delete it there too
            if (!outcome.failed && !addDeleteRow(outcome.serverId, key))
                return false;
            continue;
        }
        const bool unchanged = now->sameContent(outcome.sent);
        if (outcome.failed) {
            if (unchanged && !setSyncColumns(now->id, now->serverId, SyncState::Failed, outcome.reason))
                return false;
            continue;
        }
        // The service's upsert key includes the action: a new action made a new server
        // indicator, so the old one goes.
        if (!now->serverId.empty() && now->serverId != outcome.serverId && !addDeleteRow(now->serverId, key))
            return false;
        RemoteIndicator base;
        base.id = outcome.serverId;
        base.indicator = outcome.sent.indicator;
        if (!setSyncColumns(now->id, outcome.serverId, unchanged ? SyncState::Synced : SyncState::Pending, {})
            || !writeBase(now->id, outcome.serverId, &base))
            return false;
    }
    if (!clearSettledOutbox() || !transaction.commit())
        return fail(tr("Cannot save the push"), transaction.lastError().text() + error_);
    return true;
}

bool SyncLedger::dropDeletes(const std::vector<std::int64_t>& outboxIds)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    SqlTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    for (std::int64_t id : outboxIds) {
        q.addBindValue(qlonglong(id));
        if (!q.exec())
            return fail(tr("Cannot clear the outbox"), q.lastError().text());
    }
    return transaction.commit() || fail(tr("Cannot clear the outbox"), transaction.lastError().text());
}

bool SyncLedger::recordSyncTime(std::int64_t unixSeconds, const QString& summary)
{
    return (store_.recordSetting(QStringLiteral("sync.last"), QString::number(unixSeconds)).ok()
            && store_.recordSetting(QStringLiteral("sync.last_result"), summary).ok())
        || fail(tr("Cannot record the sync time"), {});
}

QString SyncLedger::syncValue(const QString& key) const
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SyncLedger::setSyncValue(const QString& key, const QString& value)
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    QSqlQuery q(db);
    if (value.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
    }
    return q.exec() || fail(tr("Cannot record the sync state"), q.lastError().text());
}

std::optional<std::optional<Indicator>> SyncLedger::conflictRemote(std::int64_t id) const
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT conflict_json FROM sync_remote WHERE indicator_id = ? AND conflict_json IS NOT NULL"));
    q.addBindValue(qlonglong(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return indicatorFromJson(q.value(0).toString() == QLatin1String("null") ? QVariant() : q.value(0));
}

std::vector<std::int64_t> SyncLedger::conflictIds() const
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    std::vector<std::int64_t> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id FROM indicators WHERE sync_state = 'conflict' UNION"
                          " SELECT indicator_id FROM sync_remote WHERE conflict_json IS NOT NULL ORDER BY 1"));
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

std::vector<SyncProblem> SyncLedger::problems(int limit) const
{
    QSqlDatabase db = store_.database(); // not kept: the store may close first
    std::vector<SyncProblem> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Refused rows are failed ones not held by a conflict; conflicts are as conflictIds().
    q.prepare(QStringLiteral(
        "SELECT * FROM (SELECT i.id, i.type, i.value, i.sync_state, i.sync_error, 0 AS conflict FROM indicators i"
        "  WHERE i.sync_state = 'failed' AND NOT EXISTS (SELECT 1 FROM sync_remote r"
        "   WHERE r.indicator_id = i.id AND r.conflict_json IS NOT NULL) ORDER BY i.id LIMIT ?)"
        " UNION ALL SELECT * FROM (SELECT i.id, i.type, i.value, i.sync_state, i.sync_error, 1 FROM indicators i"
        "  WHERE i.sync_state = 'conflict' OR EXISTS (SELECT 1 FROM sync_remote r"
        "   WHERE r.indicator_id = i.id AND r.conflict_json IS NOT NULL) ORDER BY i.id LIMIT ?)"));
    q.addBindValue(limit);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        SyncProblem problem;
        problem.id = q.value(0).toLongLong();
        problem.type = parseIndicatorType(str(q.value(1))).value_or(IndicatorType::FileSha256);
        problem.value = str(q.value(2));
        problem.conflict = q.value(5).toInt() != 0;
        problem.editedSince = problem.conflict && q.value(3).toString() != QLatin1String("conflict");
        problem.reason = str(q.value(4));
        out.push_back(std::move(problem));
    }
    return out;
}

} // namespace indicia
