#include "models/store/schema_migrations.h"
#include "models/store/store_text.h"

#include "models/store/indicator_record.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace indicia {

namespace {

#define INDICIA_IDENTITY_MATCH                                                                \
    "SELECT 1 FROM indicators WHERE key_hash = NEW.key_hash AND +tab = NEW.tab "             \
    "AND +value = NEW.value AND +type = NEW.type AND +scope_key = NEW.scope_key"
#define INDICIA_IDENTITY_RAISE                                                                \
    " BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: indicators.type, indicators.value, " \
    "indicators.scope_key'); END"

// v3's triggers, which found candidates through the key_hash index (kept as they were:
// migration steps are history). v5's below go through the (tab, value) index instead.
constexpr const char* kIdentityInsertTrigger =
    "CREATE TRIGGER indicators_identity_insert BEFORE INSERT ON indicators "
    "WHEN EXISTS (" INDICIA_IDENTITY_MATCH ")" INDICIA_IDENTITY_RAISE;
constexpr const char* kIdentityUpdateTrigger =
    "CREATE TRIGGER indicators_identity_update "
    "BEFORE UPDATE OF tab, type, value, scope_key, key_hash ON indicators "
    "WHEN EXISTS (" INDICIA_IDENTITY_MATCH " AND id <> NEW.id)" INDICIA_IDENTITY_RAISE;

#define INDICIA_IDENTITY_MATCH_V5                                                             \
    "SELECT 1 FROM indicators WHERE tab = NEW.tab AND value = NEW.value AND +type = NEW.type " \
    "AND +scope_key = NEW.scope_key"

constexpr const char* kIdentityInsertTriggerV5 =
    "CREATE TRIGGER indicators_identity_insert BEFORE INSERT ON indicators "
    "WHEN EXISTS (" INDICIA_IDENTITY_MATCH_V5 ")" INDICIA_IDENTITY_RAISE;
constexpr const char* kIdentityUpdateTriggerV5 =
    "CREATE TRIGGER indicators_identity_update "
    "BEFORE UPDATE OF tab, type, value, scope_key, key_hash ON indicators "
    "WHEN EXISTS (" INDICIA_IDENTITY_MATCH_V5 " AND id <> NEW.id)" INDICIA_IDENTITY_RAISE;

struct MigrationStep {
    int version;              // the version the file has after this step
    bool rebuildsTables;      // needs foreign keys off (SQLite's table-rebuild procedure)
    std::vector<const char*> statements;
};

// A statement list entry that is C++ rather than SQL: fills indicators.key_hash (SQLite has
// no function for identityHash() on the Qt connection).
constexpr const char* kFillKeyHash = "-- fill key_hash";

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

// v3: import speed (DESIGN.md, "Performance targets": a million rows in at most 1.5x the
// time of a raw sqlite3 .import).
//  - identity through key_hash, a 64-bit hash of (type, value, scope key), in a small
//    integer index instead of the ~100-byte text UNIQUE (tab, value, type, scope_key).
//    Uniqueness stays enforced by the database: two triggers refuse a second row with the
//    same real key (the hash only finds candidates; colliding keys are compared in full).
//    The bulk importer, which checks every row itself, lifts the triggers inside its own
//    transaction and puts them back before it commits.
//  - (tab, value) as a plain index: sort by value and prefix search, as before.
//  - operations.added_first/added_last: the id range an import added, so undo finds its
//    rows by rowid range (with created_op) and the created_op index goes.
//  - outbox: an import writes one row for all the rows it added (indicator_id NULL,
//    op 'upsert', op_id = the import; sync expands it through the id range and
//    created_op), not one per row.
// The table rebuild (dropping a UNIQUE constraint) follows v2's procedure.
const MigrationStep kVersion3 = {3, true, {
"ALTER TABLE operations ADD COLUMN added_first INTEGER",
"ALTER TABLE operations ADD COLUMN added_last INTEGER",
R"(UPDATE operations SET
    added_first = (SELECT min(id) FROM indicators WHERE created_op = operations.id),
    added_last = (SELECT max(id) FROM indicators WHERE created_op = operations.id)
  WHERE kind = 'import')",
R"(CREATE TABLE indicators_v3 (
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
    key_hash INTEGER NOT NULL))",
R"(INSERT INTO indicators_v3 (id, tab, type, value, scope_key, action, severity,
    generate_alert, title, description, recommended_actions, category, mitre_techniques,
    expiration, educate_url, external_id, created_by, created_at, updated_by, updated_at,
    server_id, sync_state, sync_error, created_op, key_hash)
  SELECT id, tab, type, value, scope_key, action, severity, generate_alert, title,
    description, recommended_actions, category, mitre_techniques, expiration, educate_url,
    external_id, created_by, created_at, updated_by, updated_at, server_id, sync_state,
    sync_error, created_op, 0
  FROM indicators)",
"DROP TABLE indicators",
"ALTER TABLE indicators_v3 RENAME TO indicators",
kFillKeyHash,
"CREATE INDEX indicators_key_hash ON indicators(key_hash)",
"CREATE INDEX indicators_tab_value ON indicators(tab, value)",
"CREATE INDEX indicators_tab_updated ON indicators(tab, updated_at)",
"CREATE INDEX indicators_tab_action ON indicators(tab, action)",
"CREATE INDEX indicators_tab_severity ON indicators(tab, severity)",
"CREATE INDEX indicators_tab_expiration ON indicators(tab, expiration)",
"CREATE INDEX indicators_unsynced ON indicators(tab, sync_state) "
    "WHERE sync_state IN ('conflict', 'failed')",
kIdentityInsertTrigger,
kIdentityUpdateTrigger,
}};

// v4: sync bookkeeping per indicator (models/sync). base_json is the service's version as
// last seen (what "changed remotely since the last sync" is measured against);
// remote_updated its lastUpdateTime; conflict_json the remote version kept while a conflict
// waits for the user ('null' when the service deleted it). A separate table rather than
// columns: the bulk importer's row insert stays as it is, and rows never synced cost nothing.
const MigrationStep kVersion4 = {4, false, {
R"(CREATE TABLE sync_remote (
    indicator_id INTEGER PRIMARY KEY REFERENCES indicators(id) ON DELETE CASCADE,
    server_id TEXT NOT NULL,
    remote_updated TEXT,
    base_json TEXT,
    conflict_json TEXT))",
"CREATE INDEX sync_remote_by_server_id ON sync_remote(server_id)",
}};

// v5: import speed again. The identity is found through the (tab, value) index, which
// every list needs anyway (a value has one row per scope, rarely more), so the key_hash
// index goes: one index fewer to keep up on every write and to build after a bulk import
// (~0.6 s of CPU per million rows). The key_hash column stays: the bulk importer reads it
// into memory to find keys while it has the indexes down.
const MigrationStep kVersion5 = {5, false, {
"DROP TRIGGER indicators_identity_insert",
"DROP TRIGGER indicators_identity_update",
"DROP INDEX indicators_key_hash",
kIdentityInsertTriggerV5,
kIdentityUpdateTriggerV5,
}};

// v6: the list's Expires sort (never-expiring last) is on INDICIA_EXPIRES_KEY, which an
// index on the bare column cannot serve: each page of that sort was a sort of the whole tab
// (1.3 s at 600,000 rows, on the window's thread). The index is now on the expression, and
// the state filters compare the same expression, so they use it too.
const MigrationStep kVersion6 = {6, false, {
"DROP INDEX indicators_tab_expiration",
"CREATE INDEX indicators_tab_expires ON indicators(tab, " INDICIA_EXPIRES_KEY ")",
}};

const std::vector<MigrationStep>& migrationSteps()
{
    static const std::vector<MigrationStep> steps = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5,
                                                     kVersion6};
    return steps;
}


StoreError sqlError(const QString& what, const QSqlError& error)
{
    return {StoreErrorCode::Sql, what + QStringLiteral(": ") + error.text()};
}

// key_hash of every row, computed here (v3), before its index exists.
bool fillKeyHash(QSqlDatabase& db, QSqlError& error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, type, value, scope_key FROM indicators"))) {
        error = rows.lastError();
        return false;
    }
    std::vector<std::pair<qint64, qint64>> hashes;
    while (rows.next()) {
        const QByteArray type = rows.value(1).toString().toUtf8();
        const QByteArray value = rows.value(2).toString().toUtf8();
        const QByteArray scope = rows.value(3).toString().toUtf8();
        hashes.emplace_back(rows.value(0).toLongLong(),
                            identityHash(std::string_view(type.constData(), std::size_t(type.size())),
                                         std::string_view(value.constData(), std::size_t(value.size())),
                                         std::string_view(scope.constData(), std::size_t(scope.size()))));
    }
    rows.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE indicators SET key_hash = ? WHERE id = ?"));
    for (const auto& [id, hash] : hashes) {
        update.addBindValue(hash);
        update.addBindValue(id);
        if (!update.exec()) {
            error = update.lastError();
            return false;
        }
    }
    return true;
}

StoreError runStep(QSqlDatabase& db, const MigrationStep& step)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(StoreText::tr("Cannot start the schema upgrade"), query.lastError());
    for (const char* statement : step.statements) {
        QSqlError fillError;
        const bool fill = statement == kFillKeyHash;
        const bool ok = fill ? fillKeyHash(db, fillError) : query.exec(QString::fromUtf8(statement));
        if (!ok) {
            const StoreError error =
                sqlError(StoreText::tr("Schema upgrade to version %1 failed").arg(step.version),
                         fill ? fillError : query.lastError());
            query.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    // A rebuild ran with foreign keys off; make sure it left no dangling reference.
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next()) {
        query.exec(QStringLiteral("ROLLBACK"));
        return {StoreErrorCode::Sql,
                StoreText::tr("Schema upgrade to version %1 left broken references").arg(step.version)};
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))
        || !query.exec(QStringLiteral("COMMIT"))) {
        const StoreError error = sqlError(StoreText::tr("Cannot finish the schema upgrade"), query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

} // namespace

int latestSchemaVersion() { return migrationSteps().back().version; }

const std::vector<DeferrableIndex>& deferrableIndexes()
{
    // Same definitions as the latest migration that created them (v3, v6 for the expiry;
    // v5 for the triggers).
    static const std::vector<DeferrableIndex> indexes = {
        // Also the identity index (v5): while it is down the importer finds keys in memory
        // (BulkWriter, KeyHashTable).
        {"indicators_tab_value", "CREATE INDEX indicators_tab_value ON indicators(tab, value)"},
        {"indicators_tab_updated",
         "CREATE INDEX indicators_tab_updated ON indicators(tab, updated_at)"},
        {"indicators_tab_action", "CREATE INDEX indicators_tab_action ON indicators(tab, action)"},
        {"indicators_tab_severity",
         "CREATE INDEX indicators_tab_severity ON indicators(tab, severity)"},
        {"indicators_tab_expires",
         "CREATE INDEX indicators_tab_expires ON indicators(tab, " INDICIA_EXPIRES_KEY ")"},
        // v1: the list's device-group filter.
        {"indicator_groups_by_name",
         "CREATE INDEX indicator_groups_by_name ON indicator_groups(group_name)"},
    };
    return indexes;
}

const std::vector<DeferrableIndex>& identityTriggers()
{
    static const std::vector<DeferrableIndex> triggers = {
        {"indicators_identity_insert", kIdentityInsertTriggerV5},
        {"indicators_identity_update", kIdentityUpdateTriggerV5},
    };
    return triggers;
}

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
        return {StoreErrorCode::Sql, StoreText::tr("Cannot read the workspace schema version.")};
    if (current > latestSchemaVersion()) {
        return {StoreErrorCode::NewerSchema,
                StoreText::tr("This workspace was written by a newer version of Indicia (schema %1; this "
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
