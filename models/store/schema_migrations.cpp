#include "models/store/schema_migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace indicia {

namespace {

struct MigrationStep {
    int version;              // the version the file has after this step
    bool rebuildsTables;      // needs foreign keys off (SQLite's table-rebuild procedure)
    std::vector<const char*> statements;
};

// v1: the first schema we shipped. Indicators with their scopes, device groups, machines,
// a per-indicator history, an outbox of pending changes, sync state and settings.
const MigrationStep kVersion1 = {1, false, {
R"(CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    scope_key TEXT NOT NULL DEFAULT '',
    action INTEGER NOT NULL,
    severity INTEGER NOT NULL DEFAULT 0,
    generate_alert INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    recommended_actions TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    mitre_techniques TEXT NOT NULL DEFAULT '',
    expiration INTEGER,
    educate_url TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    server_id TEXT,
    sync_state TEXT NOT NULL DEFAULT 'pending'
        CHECK (sync_state IN ('synced', 'pending', 'conflict', 'failed')),
    UNIQUE (type, value, scope_key)))",
R"(CREATE TABLE indicator_groups (
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    group_name TEXT NOT NULL,
    PRIMARY KEY (indicator_id, group_name)) WITHOUT ROWID)",
"CREATE INDEX indicator_groups_by_name ON indicator_groups(group_name)",
R"(CREATE TABLE device_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    rank INTEGER,
    description TEXT NOT NULL DEFAULT ''))",
R"(CREATE TABLE machines (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    group_name TEXT,
    os TEXT,
    last_seen INTEGER))",
R"(CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    user TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('add', 'update', 'delete')),
    before_json TEXT,
    after_json TEXT,
    comment TEXT NOT NULL DEFAULT ''))",
"CREATE INDEX history_by_indicator ON history(indicator_id, id)",
R"(CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER REFERENCES indicators(id) ON DELETE CASCADE,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    server_id TEXT,
    key TEXT))",
"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
}};

// v2: what the first release lacked.
//  - operations: one row per user action, so undo reverses a whole action (an import of a
//    million rows included); history and outbox rows point at their operation, and each
//    indicator remembers the operation that added it (created_op).
//  - the list indexes: every tab sorts and filters on its own rows, so indexes lead with a
//    stored tab column; the identity key is reordered to (tab, value, type, scope_key) so
//    the same unique index also serves "sort by value" and prefix search.
//  - sync_error, the service's last refusal, shown in the list.
// SQLite cannot change a UNIQUE constraint in place, hence the documented rebuild
// (create new table, copy, drop, rename) with foreign keys off.
const MigrationStep kVersion2 = {2, true, {
R"(CREATE TABLE operations (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT ''))",
R"(CREATE TABLE indicators_v2 (
    id INTEGER PRIMARY KEY,
    tab INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    scope_key TEXT NOT NULL DEFAULT '',
    action INTEGER NOT NULL,
    severity INTEGER NOT NULL DEFAULT 0,
    generate_alert INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    recommended_actions TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    mitre_techniques TEXT NOT NULL DEFAULT '',
    expiration INTEGER,
    educate_url TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    server_id TEXT,
    sync_state TEXT NOT NULL DEFAULT 'pending'
        CHECK (sync_state IN ('synced', 'pending', 'conflict', 'failed')),
    sync_error TEXT NOT NULL DEFAULT '',
    created_op INTEGER REFERENCES operations(id),
    UNIQUE (tab, value, type, scope_key)))",
R"(INSERT INTO indicators_v2 (id, tab, type, value, scope_key, action, severity,
    generate_alert, title, description, recommended_actions, category, mitre_techniques,
    expiration, educate_url, external_id, created_by, created_at, updated_by, updated_at,
    server_id, sync_state)
  SELECT id,
    CASE type WHEN 'FileSha1' THEN 0 WHEN 'FileSha256' THEN 0 WHEN 'FileMd5' THEN 0
              WHEN 'IpAddress' THEN 1 WHEN 'IpRange' THEN 1
              WHEN 'DomainName' THEN 2 WHEN 'Url' THEN 2 ELSE 3 END,
    type, value, scope_key, action, severity, generate_alert, title, description,
    recommended_actions, category, mitre_techniques, expiration, educate_url, external_id,
    created_by, created_at, updated_by, updated_at, server_id, sync_state
  FROM indicators)",
"DROP TABLE indicators",
"ALTER TABLE indicators_v2 RENAME TO indicators",
"CREATE INDEX indicators_tab_updated ON indicators(tab, updated_at)",
"CREATE INDEX indicators_tab_action ON indicators(tab, action)",
"CREATE INDEX indicators_tab_severity ON indicators(tab, severity)",
"CREATE INDEX indicators_tab_expiration ON indicators(tab, expiration)",
"CREATE INDEX indicators_unsynced ON indicators(tab, sync_state) "
    "WHERE sync_state IN ('conflict', 'failed')",
"CREATE INDEX indicators_by_created_op ON indicators(created_op) WHERE created_op IS NOT NULL",
"ALTER TABLE history ADD COLUMN op_id INTEGER REFERENCES operations(id)",
"CREATE INDEX history_by_op ON history(op_id) WHERE op_id IS NOT NULL",
"ALTER TABLE outbox ADD COLUMN op_id INTEGER REFERENCES operations(id)",
"CREATE INDEX outbox_by_indicator ON outbox(indicator_id) WHERE indicator_id IS NOT NULL",
}};

const std::vector<MigrationStep>& migrationSteps()
{
    static const std::vector<MigrationStep> steps = {kVersion1, kVersion2};
    return steps;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceStore", text);
}

StoreError sqlError(const QString& what, const QSqlError& error)
{
    return {StoreErrorCode::Sql, what + QStringLiteral(": ") + error.text()};
}

StoreError runStep(QSqlDatabase& db, const MigrationStep& step)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(tr("Cannot start the schema upgrade"), query.lastError());
    for (const char* statement : step.statements) {
        if (!query.exec(QString::fromUtf8(statement))) {
            const StoreError error = sqlError(
                tr("Schema upgrade to version %1 failed").arg(step.version), query.lastError());
            query.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    // A rebuild ran with foreign keys off; make sure it left no dangling reference.
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next()) {
        query.exec(QStringLiteral("ROLLBACK"));
        return {StoreErrorCode::Sql,
                tr("Schema upgrade to version %1 left broken references").arg(step.version)};
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))
        || !query.exec(QStringLiteral("COMMIT"))) {
        const StoreError error = sqlError(tr("Cannot finish the schema upgrade"), query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

} // namespace

int latestSchemaVersion() { return migrationSteps().back().version; }

int schemaVersionOf(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

StoreError migrateSchema(QSqlDatabase& db)
{
    const int current = schemaVersionOf(db);
    if (current < 0)
        return {StoreErrorCode::Sql, tr("Cannot read the workspace schema version.")};
    if (current > latestSchemaVersion()) {
        return {StoreErrorCode::NewerSchema,
                tr("This workspace was written by a newer version of Indicia (schema %1; this "
                   "version reads up to %2). Update Indicia to open it.")
                    .arg(current)
                    .arg(latestSchemaVersion())};
    }
    QSqlQuery query(db);
    for (const MigrationStep& step : migrationSteps()) {
        if (step.version <= current)
            continue;
        // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched out here.
        if (step.rebuildsTables)
            query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        const StoreError error = runStep(db, step);
        if (step.rebuildsTables)
            query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (error)
            return error;
    }
    return {};
}

} // namespace indicia
