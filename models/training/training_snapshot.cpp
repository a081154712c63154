#include "models/training/training_snapshot.h"

#include "models/store/workspace_store.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace indicia::training {

namespace {

constexpr char kAlias[] = "training_snapshot";

StoreError failure(const QString& what, const QSqlQuery& query)
{
    return {StoreErrorCode::Sql, TrainingSnapshot::tr("%1: %2").arg(what, query.lastError().text())};
}

// SQLite identifiers from sqlite_master, quoted for use in SQL text.
QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

StoreError TrainingSnapshot::save(const WorkspaceStore& store, const QString& path)
{
    QFile::remove(path);
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec())
        return failure(tr("Cannot save the exercise's starting point"), q);
    return {};
}

StoreError TrainingSnapshot::restore(WorkspaceStore& store, const QString& path)
{
    if (!QFile::exists(path))
        return {StoreErrorCode::NotFound, tr("The exercise's starting point %1 is missing.").arg(path)};
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(QLatin1String(kAlias)));
    q.addBindValue(path);
    if (!q.exec())
        return failure(tr("Cannot open the exercise's starting point"), q);
    QStringList tables;
    q.exec(QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%'")
               .arg(QLatin1String(kAlias)));
    while (q.next())
        tables << q.value(0).toString();
    // Foreign keys off (only possible outside a transaction): every table is replaced whole,
    // and a cascade from one table's DELETE would empty another already restored.
    q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    StoreError result;
    if (!db.transaction()) {
        result = {StoreErrorCode::Sql, db.lastError().text()};
    } else {
        for (const QString& table : tables) {
            if (!q.exec(QStringLiteral("DELETE FROM main.%1").arg(quoted(table)))
                || !q.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM %2.%1").arg(quoted(table), QLatin1String(kAlias)))) {
                result = failure(tr("Cannot restore %1").arg(table), q);
                break;
            }
        }
        if (result.ok() && !db.commit())
            result = {StoreErrorCode::Sql, db.lastError().text()};
        if (!result.ok())
            db.rollback();
    }
    q.finish();
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("DETACH DATABASE %1").arg(QLatin1String(kAlias)));
    return result;
}

} // namespace indicia::training
