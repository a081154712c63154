#include "models/preview/synced_versions.h"

#include "models/store/indicator_sql.h"
#include "models/sync/remote_indicator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>

namespace indicia::preview {

namespace {

std::optional<IndicatorRecord> recordFromText(const QVariant& stored)
{
    if (stored.isNull())
        return std::nullopt;
    return recordFromJson(nlohmann::json::parse(stored.toString().toStdString(), nullptr, false));
}

bool failed(const QSqlQuery& query, const QSqlDatabase& db, QString& error)
{
    error = QCoreApplication::translate("preview", "Cannot read the synced versions of %1: %2")
                .arg(db.databaseName(), query.lastError().text());
    return true;
}

// Walks row `id`'s history back from history row `upTo`: the newest version saved while
// it was synced. Every change made to a synced row records the row as it was (before_json,
// sync state 'synced'), and a sync changes no history, so that version is the one the
// sync left. The walk stops at the row's 'add': ids of deleted rows can be reused.
std::optional<IndicatorRecord> lastSyncedInHistory(const QSqlDatabase& db, std::int64_t id, std::int64_t upTo)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT operation, before_json FROM history WHERE indicator_id = ? AND id <= ?"
                             " ORDER BY id DESC"));
    q.addBindValue(qlonglong(id));
    q.addBindValue(qlonglong(upTo));
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        if (const auto version = recordFromText(q.value(1)); version && version->syncState == SyncState::Synced) {
            IndicatorRecord out = *version;
            out.id = id;
            return out;
        }
        if (q.value(0).toString() == QLatin1String("add"))
            break;
    }
    return std::nullopt;
}

constexpr qint64 kAllHistory = std::numeric_limits<qint64>::max();

// Rows changed here since their last sync: the service's version kept as their sync base,
// else their history's.
bool addEditedRows(const QSqlDatabase& db, std::map<std::int64_t, IndicatorRecord>& out, QString& error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql =
        fullIndicatorSelect().replace(QStringLiteral(" FROM indicators"),
                                      QStringLiteral(", (SELECT base_json FROM sync_remote r"
                                                     " WHERE r.indicator_id = indicators.id) FROM indicators"))
        + QStringLiteral(" WHERE sync_state <> 'synced' AND (coalesce(server_id, '') <> ''"
                         " OR EXISTS (SELECT 1 FROM sync_remote r WHERE r.indicator_id = indicators.id"
                         " AND r.base_json IS NOT NULL))");
    if (!q.exec(sql))
        return !failed(q, db, error);
    std::vector<IndicatorRecord> withoutBase;
    while (q.next()) {
        IndicatorRecord record = recordFromQuery(q);
        const QVariant base = q.value(q.record().count() - 1);
        const auto remote = base.isNull() ? std::nullopt
                                          : remoteFromWire(nlohmann::json::parse(base.toString().toStdString(),
                                                                                 nullptr, false));
        if (!remote) {
            withoutBase.push_back(std::move(record));
            continue;
        }
        record.indicator = remote->indicator;
        record.updatedAt = remote->updatedAt.value_or(record.createdAt);
        record.syncState = SyncState::Synced;
        out[record.id] = std::move(record);
    }
    for (const IndicatorRecord& record : withoutBase)
        if (auto version = lastSyncedInHistory(db, record.id, kAllHistory))
            out[record.id] = std::move(*version);
    return true;
}

// Rows deleted here whose delete is still in the outbox: the service still has them. The
// delete's history row (the row as it was, with its server id) finds the local id.
bool addDeletedRows(const QSqlDatabase& db, std::map<std::int64_t, IndicatorRecord>& out, QString& error)
{
    QSqlQuery pending(db);
    pending.setForwardOnly(true);
    if (!pending.exec(QStringLiteral("SELECT DISTINCT server_id FROM outbox WHERE op = 'delete'"
                                     " AND coalesce(server_id, '') <> '' AND server_id NOT IN"
                                     " (SELECT server_id FROM indicators WHERE server_id IS NOT NULL)")))
        return !failed(pending, db, error);
    std::set<std::string> serverIds;
    while (pending.next())
        serverIds.insert(pending.value(0).toString().toStdString());
    if (serverIds.empty())
        return true;
    QSqlQuery deletes(db);
    deletes.setForwardOnly(true);
    if (!deletes.exec(QStringLiteral("SELECT id, indicator_id, before_json FROM history"
                                     " WHERE operation = 'delete' ORDER BY id DESC")))
        return !failed(deletes, db, error);
    std::vector<std::pair<std::int64_t, std::int64_t>> found; // (history id, indicator id)
    while (deletes.next() && !serverIds.empty()) {
        const auto before = recordFromText(deletes.value(2));
        if (before && serverIds.erase(before->serverId) > 0) // the newest delete of that server id
            found.emplace_back(deletes.value(0).toLongLong(), deletes.value(1).toLongLong());
    }
    for (const auto& [historyId, id] : found)
        if (!out.count(id))
            if (auto version = lastSyncedInHistory(db, id, historyId))
                out[id] = std::move(*version);
    return true;
}

} // namespace

std::vector<IndicatorRecord> lastSyncedVersions(const QSqlDatabase& db, QString& error)
{
    std::vector<IndicatorRecord> out;
    QSqlQuery synced(db);
    synced.setForwardOnly(true); // streams: a million rows never sit in the query's cache
    if (!synced.exec(fullIndicatorSelect() + QStringLiteral(" WHERE sync_state = 'synced' ORDER BY id"))) {
        failed(synced, db, error);
        return out;
    }
    while (synced.next())
        out.push_back(recordFromQuery(synced));
    std::map<std::int64_t, IndicatorRecord> others; // few: what changed since the last sync
    if (!addEditedRows(db, others, error) || !addDeletedRows(db, others, error))
        return {};
    const auto middle = out.size();
    for (auto& [id, record] : others)
        out.push_back(std::move(record));
    std::inplace_merge(out.begin(), out.begin() + std::ptrdiff_t(middle), out.end(),
                       [](const IndicatorRecord& a, const IndicatorRecord& b) { return a.id < b.id; });
    return out;
}

} // namespace indicia::preview
