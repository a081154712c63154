#pragma once
// Shared helpers for the workspace store tests: indicators that pass validation, SQL
// fixtures loaded through the SQLite C API, and row counts.

#include "engine/indicator.h"
#include "models/store/workspace_store.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <string>
#include <vector>

namespace indicia::testing {

inline Indicator makeIndicator(IndicatorType type, std::string value,
                               std::vector<std::string> groups = {},
                               Action action = Action::Block)
{
    Indicator i;
    i.type = type;
    i.value = std::move(value);
    i.action = action;
    i.title = "Test indicator";
    i.description = "Created by a test";
    i.rbacGroups = std::move(groups);
    return i;
}

inline Indicator sha256(int n, std::vector<std::string> groups = {})
{
    std::string hex = std::to_string(n);
    hex = std::string(64 - hex.size(), 'a') + hex;
    return makeIndicator(IndicatorType::FileSha256, hex, std::move(groups));
}

inline std::int64_t countRows(const WorkspaceStore& store, const QString& table)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toLongLong() : -1;
}

// indicators, history, operations, outbox, indicator_groups: all must move together.
inline std::vector<std::int64_t> snapshotCounts(const WorkspaceStore& store)
{
    std::vector<std::int64_t> counts;
    for (const char* table : {"indicators", "history", "operations", "outbox", "indicator_groups"})
        counts.push_back(countRows(store, QString::fromLatin1(table)));
    return counts;
}

inline bool execOn(const WorkspaceStore& store, const QString& sql)
{
    QSqlQuery query(store.database());
    return query.exec(sql);
}

// Runs an SQL script (several statements) into a database file.
inline bool loadSqlScript(const QString& scriptPath, const QString& databasePath)
{
    QFile script(scriptPath);
    if (!script.open(QIODevice::ReadOnly))
        return false;
    const QByteArray sql = script.readAll();
    sqlite3* db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace indicia::testing
