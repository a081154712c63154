#include "models/store/workspace_store.h"
#include "models/store/store_text.h"

#include "models/store/indicator_sql.h"
#include "models/store/schema_migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace indicia {

namespace {
std::int64_t systemClock()
{
    return QDateTime::currentSecsSinceEpoch();
}
} // namespace

namespace {


const QString kQuotaKey = QStringLiteral("quota");

// SQLite primary result codes as QSQLITE reports them in nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteNotADatabase = 26;

int sqliteCode(const QSqlError& error) { return error.nativeErrorCode().toInt() & 0xff; }

std::int64_t scalar(QSqlQuery& query)
{
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

// Expiry compared as the list sorts it (kExpiresKey), so the (tab, expiry) index serves
// these conditions too.
QString stateCondition(IndicatorState state)
{
    const QString expires = QString::fromLatin1(kExpiresKey.data(), qsizetype(kExpiresKey.size()));
    switch (state) {
    case IndicatorState::Any: return QStringLiteral("1");
    case IndicatorState::Active: return expires + QStringLiteral(" > ?");
    case IndicatorState::Expired: return expires + QStringLiteral(" <= ?");
    // An expired draft is never sent (see SyncLedger::pendingUpserts): not pending.
    case IndicatorState::PendingSync: return QStringLiteral("sync_state = 'pending' AND ") + expires + QStringLiteral(" > ?");
    case IndicatorState::Conflict: return QStringLiteral("sync_state = 'conflict'");
    }
    return QStringLiteral("1");
}

bool stateNeedsNow(IndicatorState state)
{
    return state == IndicatorState::Active || state == IndicatorState::Expired || state == IndicatorState::PendingSync;
}


WorkspaceStore::WorkspaceStore()
    : clock_(systemClock)
{
}

WorkspaceStore::~WorkspaceStore() { close(); }

int WorkspaceStore::latestSchemaVersion() { return indicia::latestSchemaVersion(); }

StoreError WorkspaceStore::open(const QString& path)
{
    close();
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return {StoreErrorCode::CannotOpen, StoreText::tr("%1 is not a file.").arg(path)};
    if (!info.exists() && !info.absoluteDir().exists()) {
        return {StoreErrorCode::CannotOpen,
                StoreText::tr("Cannot create %1: the folder does not exist.").arg(path)};
    }
    path_ = path;
    StoreError error = openConnection();
    if (!error)
        error = configureConnection();
    if (!error) {
        QSqlDatabase db = database();
        error = migrateSchema(db);
    }
    if (error)
        close();
    return error;
}

StoreError WorkspaceStore::openConnection()
{
    // One connection name per instance: two stores (or two threads) never share one.
    static std::atomic<int> counter{0};
    connectionName_ = QStringLiteral("indicia-workspace-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
    db.setDatabaseName(path_);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        return {StoreErrorCode::CannotOpen,
                StoreText::tr("Cannot open %1: %2").arg(path_, db.lastError().text())};
    }
    return {};
}

StoreError WorkspaceStore::configureConnection()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // The first read tells a database from any other file, and a held lock from a free one.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const int code = sqliteCode(query.lastError());
        if (code == kSqliteNotADatabase)
            return {StoreErrorCode::NotADatabase,
                    StoreText::tr("%1 is not an Indicia workspace (not an SQLite database).").arg(path_)};
        if (code == kSqliteBusy || code == kSqliteLocked)
            return {StoreErrorCode::Locked,
                    StoreText::tr("%1 is locked by another program; close it and try again.").arg(path_)};
        return sqlFailure(StoreText::tr("Cannot read %1").arg(path_), query.lastError().text());
    }
    // page_size applies to a new file only (existing workspaces keep theirs). 16 KiB pages:
    // a million-row import 7.9 s -> 7.0 s (fewer page splits, less to write at commit),
    // the list's queries as fast as with 4 KiB (bench/README.md).
    const QStringList pragmas = {QStringLiteral("PRAGMA page_size = 16384"),
                                 QStringLiteral("PRAGMA journal_mode = WAL"),
                                 QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            const int code = sqliteCode(query.lastError());
            if (code == kSqliteBusy || code == kSqliteLocked)
                return {StoreErrorCode::Locked,
                        StoreText::tr("%1 is locked by another program; close it and try again.")
                            .arg(path_)};
            return sqlFailure(StoreText::tr("Cannot configure %1").arg(path_), query.lastError().text());
        }
    }
    return {};
}

void WorkspaceStore::close()
{
    if (connectionName_.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName_, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName_);
    connectionName_.clear();
}

bool WorkspaceStore::isOpen() const
{
    return !connectionName_.isEmpty() && database().isOpen();
}

QSqlDatabase WorkspaceStore::database() const
{
    return QSqlDatabase::database(connectionName_, false);
}

int WorkspaceStore::schemaVersion() const
{
    QSqlDatabase db = database();
    return schemaVersionOf(db);
}

void WorkspaceStore::setClock(std::function<std::int64_t()> clock)
{
    clock_ = clock ? std::move(clock) : systemClock; // empty: back to the system clock
}
std::int64_t WorkspaceStore::now() const { return clock_(); }

StoreError WorkspaceStore::sqlFailure(const QString& what, const QString& detail) const
{
    return {StoreErrorCode::Sql, what + QStringLiteral(": ") + detail};
}

QString WorkspaceStore::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return fallback;
    return query.value(0).toString();
}

StoreError WorkspaceStore::setSetting(const QString& key, const QString& value)
{
    if (StoreError error = checkCanWrite(session_))
        return error;
    return recordSetting(key, value);
}

StoreError WorkspaceStore::recordSetting(const QString& key, const QString& value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(StoreText::tr("Cannot save the setting %1").arg(key), query.lastError().text());
    return {};
}

std::int64_t WorkspaceStore::quota() const
{
    bool ok = false;
    const std::int64_t value = setting(kQuotaKey).toLongLong(&ok);
    return ok && value > 0 ? value : kDefaultQuota;
}

StoreError WorkspaceStore::setQuota(std::int64_t quota)
{
    if (quota <= 0)
        return {StoreErrorCode::Invalid, StoreText::tr("The quota must be a positive number.")};
    return setSetting(kQuotaKey, QString::number(quota));
}

StoreResult<IndicatorRecord> WorkspaceStore::get(std::int64_t id) const
{
    QSqlDatabase db = database();
    if (auto record = selectIndicator(db, id))
        return *record;
    return StoreError{StoreErrorCode::NotFound,
                      StoreText::tr("Indicator %1 is not in this workspace.").arg(id)};
}

std::optional<std::int64_t> WorkspaceStore::findId(IndicatorType type,
                                                   const std::string& canonicalValue,
                                                   const std::vector<std::string>& groups) const
{
    QSqlDatabase db = database();
    return findIndicatorId(db, type, canonicalValue, scopeKeyOf(canonicalGroups(groups)));
}

std::int64_t WorkspaceStore::count(std::optional<TabKind> tab, IndicatorState state) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM indicators WHERE ") + stateCondition(state);
    if (tab)
        sql += QStringLiteral(" AND tab = ?");
    QSqlQuery query(database());
    query.prepare(sql);
    if (stateNeedsNow(state))
        query.addBindValue(qlonglong(now()));
    if (tab)
        query.addBindValue(tabCode(*tab));
    return scalar(query);
}

StoreStats WorkspaceStore::stats() const
{
    StoreStats stats;
    for (IndicatorType type : kAllIndicatorTypes)
        stats.byType[std::string(toString(type))] = 0;
    for (Action action : kAllActions)
        stats.byAction[std::string(toString(action))] = 0;

    // One pass over the table for every per-indicator figure.
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT type, action, expiration IS NULL OR expiration > ?, sync_state, count(*) "
        "FROM indicators GROUP BY 1, 2, 3, 4"));
    query.addBindValue(qlonglong(now()));
    query.exec();
    while (query.next()) {
        const std::int64_t n = query.value(4).toLongLong();
        const bool active = query.value(2).toInt() != 0;
        const QString sync = query.value(3).toString();
        (active ? stats.active : stats.expired) += n;
        if (sync == QStringLiteral("pending") && active) // expired drafts are not sent
            stats.pendingSync += n;
        else if (sync == QStringLiteral("conflict"))
            stats.conflicts += n;
        if (!active)
            continue;
        stats.byType[query.value(0).toString().toStdString()] += n;
        if (const auto action = actionFromCode(query.value(1).toInt()))
            stats.byAction[std::string(toString(*action))] += n;
    }
    QSqlQuery machines(database());
    machines.prepare(QStringLiteral("SELECT count(*) FROM machines"));
    stats.machines = scalar(machines);
    QSqlQuery groups(database());
    groups.prepare(QStringLiteral("SELECT count(*) FROM device_groups"));
    stats.deviceGroups = scalar(groups);
    stats.quota = quota();
    return stats;
}

std::int64_t WorkspaceStore::quotaOverflow(std::int64_t newActive) const
{
    return std::max<std::int64_t>(0, activeCount() + newActive - quota());
}

std::vector<OperationInfo> WorkspaceStore::operations(int limit) const
{
    std::vector<OperationInfo> out;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, at, user, kind, summary, comment FROM operations "
                                 "ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    query.exec();
    while (query.next()) {
        out.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString(), query.value(5).toString()});
    }
    return out;
}

std::vector<HistoryEntry> WorkspaceStore::history(std::int64_t indicatorId) const
{
    std::vector<HistoryEntry> out;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT id, op_id, at, user, operation, before_json, after_json, comment "
        "FROM history WHERE indicator_id = ? ORDER BY id"));
    query.addBindValue(qlonglong(indicatorId));
    query.exec();
    while (query.next()) {
        out.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toLongLong(), query.value(3).toString(),
                       query.value(4).toString(), query.value(5).toString(),
                       query.value(6).toString(), query.value(7).toString()});
    }
    return out;
}

void WorkspaceStore::forEachActive(std::optional<IndicatorType> type,
                                   const std::function<void(const IndicatorRecord&)>& visit) const
{
    QString sql = fullIndicatorSelect() + QStringLiteral(" WHERE ")
                  + stateCondition(IndicatorState::Active);
    if (type)
        sql += QStringLiteral(" AND tab = ? AND type = ?");
    QSqlQuery query(database());
    query.setForwardOnly(true); // streams: a million rows never sit in memory
    query.prepare(sql + QStringLiteral(" ORDER BY id"));
    query.addBindValue(qlonglong(now()));
    if (type) {
        query.addBindValue(tabCode(*type));
        query.addBindValue(QString::fromLatin1(toString(*type).data(),
                                               qsizetype(toString(*type).size())));
    }
    query.exec();
    while (query.next())
        visit(recordFromQuery(query));
}

QString toString(UpsertOutcome outcome)
{
    switch (outcome) {
    case UpsertOutcome::Added: return QStringLiteral("added");
    case UpsertOutcome::Updated: return QStringLiteral("updated");
    case UpsertOutcome::Unchanged: return QStringLiteral("unchanged");
    }
    return {};
}

} // namespace indicia
