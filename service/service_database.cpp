#include "service/service_database.h"

#include <QDir>
#include <QSqlError>
#include <QUuid>

namespace indicia::service {

namespace {

constexpr int kSchemaVersion = 1;

// Version 1. Indicators keep the fields clients filter on as columns and the pass-through
// fields (category, MITRE ids, bypass hours...) as JSON in `extras`. Device groups get their
// own rows so that $filter and RBAC can test them with bound values.
const char* const kSchemaV1[] = {
    "CREATE TABLE indicators ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " indicator_type TEXT NOT NULL, indicator_value TEXT NOT NULL, action TEXT NOT NULL,"
    " scope_key TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, description TEXT NOT NULL,"
    " application TEXT, severity TEXT, recommended_actions TEXT,"
    " generate_alert INTEGER NOT NULL DEFAULT 0, expiration INTEGER,"
    " educate_url TEXT, external_id TEXT,"
    " created_by TEXT NOT NULL, created_by_display_name TEXT, created_by_source TEXT NOT NULL,"
    " creation_ms INTEGER NOT NULL, last_update_ms INTEGER NOT NULL, last_updated_by TEXT,"
    " group_names TEXT NOT NULL DEFAULT '[]', extras TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX indicators_identity ON indicators(indicator_type, indicator_value)",
    "CREATE INDEX indicators_expiration ON indicators(expiration) WHERE expiration IS NOT NULL",
    "CREATE TABLE indicator_groups ("
    " indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, group_name TEXT NOT NULL, PRIMARY KEY (indicator_id, position))",
    "CREATE INDEX indicator_groups_name ON indicator_groups(group_name)",
    // Only a hash of each token is kept: a copy of the file does not hand out sessions.
    "CREATE TABLE tokens (token_hash BLOB PRIMARY KEY, client_id TEXT NOT NULL, expires_ms INTEGER NOT NULL)",
    "CREATE TABLE machine_groups (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, entity TEXT NOT NULL)",
    "CREATE TABLE machines ("
    " id TEXT PRIMARY KEY, computer_dns_name TEXT, os_platform TEXT, health_status TEXT,"
    " onboarding_status TEXT, risk_score TEXT, exposure_level TEXT, last_seen INTEGER,"
    " last_ip_address TEXT, rbac_group_id TEXT, rbac_group_name TEXT, device_value TEXT,"
    " aad_device_id TEXT, version TEXT, entity TEXT NOT NULL)",
    "CREATE TABLE files (sha1 TEXT PRIMARY KEY, sha256 TEXT, entity TEXT NOT NULL)",
    "CREATE INDEX files_sha256 ON files(sha256)",
    "CREATE TABLE file_machines (sha1 TEXT NOT NULL, machine_id TEXT NOT NULL, PRIMARY KEY (sha1, machine_id))",
};

std::string failure(const char* stage, const QSqlQuery& query, const QString& sql)
{
    return std::string(stage) + ": " + query.lastError().text().toStdString() + " in " + sql.toStdString();
}

} // namespace

ServiceDatabase::ServiceDatabase()
    : connectionName_(QStringLiteral("indicia-tenant-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServiceDatabase::~ServiceDatabase()
{
    {
        QSqlDatabase database = QSqlDatabase::database(connectionName_, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(connectionName_);
}

QString ServiceDatabase::open(const QString& dataDir)
{
    if (!QDir().mkpath(dataDir))
        return tr("Cannot create the data directory %1.").arg(dataDir);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
    database.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("tenant.sqlite")));
    if (!database.open())
        return tr("Cannot open the tenant database in %1: %2").arg(dataDir, database.lastError().text());
    try {
        // WAL keeps every committed request across a kill -9 of the service.
        execBound(database, QStringLiteral("PRAGMA journal_mode=WAL"));
        execBound(database, QStringLiteral("PRAGMA synchronous=NORMAL"));
        execBound(database, QStringLiteral("PRAGMA foreign_keys=ON"));
        execBound(database, QStringLiteral("PRAGMA busy_timeout=5000"));
        migrate();
    } catch (const SqlError& error) {
        return tr("Cannot prepare the tenant database in %1: %2").arg(dataDir, QString::fromUtf8(error.what()));
    }
    return {};
}

QSqlDatabase ServiceDatabase::db() const { return QSqlDatabase::database(connectionName_, false); }

void ServiceDatabase::migrate()
{
    QSqlQuery version = execBound(db(), QStringLiteral("PRAGMA user_version"));
    const int current = version.next() ? version.value(0).toInt() : 0;
    if (current >= kSchemaVersion)
        return;
    Transaction transaction(db());
    for (const char* statement : kSchemaV1)
        execBound(db(), QString::fromLatin1(statement));
    execBound(db(), QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
    transaction.commit();
}

QSqlQuery execBound(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw SqlError(failure("prepare", query, sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw SqlError(failure("exec", query, sql));
    return query;
}

Transaction::Transaction(QSqlDatabase db) : db_(std::move(db))
{
    if (!db_.transaction())
        throw SqlError("cannot begin a transaction: " + db_.lastError().text().toStdString());
}

Transaction::~Transaction()
{
    if (!done_)
        db_.rollback();
}

void Transaction::commit()
{
    if (!db_.commit())
        throw SqlError("cannot commit: " + db_.lastError().text().toStdString());
    done_ = true;
}

} // namespace indicia::service
