// WorkspaceStore::replaceOrganisation: the device groups and machines the service knows,
// kept so that the scope step can offer groups and machine pages can name them offline.

#include "models/store/workspace_store.h"

#include "models/store/indicator_sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace indicia {

namespace {

StoreError failure(const QSqlError& error)
{
    return {StoreErrorCode::Sql,
            QCoreApplication::translate("WorkspaceStore", "Cannot save the device groups: %1").arg(error.text())};
}

} // namespace

StoreError WorkspaceStore::replaceOrganisation(const std::vector<DeviceGroupRow>& groups,
                                               const std::vector<MachineRow>& machines)
{
    QSqlDatabase db = database();
    SqlTransaction tx(db);
    if (!tx.started())
        return failure(tx.lastError());
    QSqlQuery q(db);
    // What the API cannot say (rank, description) stays as the workspace had it.
    std::map<QString, std::pair<QVariant, QString>> kept;
    if (!q.exec(QStringLiteral("SELECT name, rank, description FROM device_groups")))
        return failure(q.lastError());
    while (q.next())
        kept[q.value(0).toString()] = {q.value(1), q.value(2).toString()};
    if (!q.exec(QStringLiteral("DELETE FROM machines")) || !q.exec(QStringLiteral("DELETE FROM device_groups")))
        return failure(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO device_groups (name, rank, description) VALUES (?, ?, ?)"));
    for (const DeviceGroupRow& group : groups) {
        const auto old = kept.find(group.name);
        const bool had = old != kept.end();
        q.addBindValue(group.name);
        q.addBindValue(group.rank ? QVariant(*group.rank) : had ? old->second.first : QVariant(QMetaType::fromType<int>()));
        QString description = group.description ? *group.description : had ? old->second.second : QString();
        q.addBindValue(description.isNull() ? QStringLiteral("") : description); // NOT NULL column
        if (!q.exec())
            return failure(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO machines (id, name, group_name, os, last_seen) VALUES (?, ?, ?, ?, ?)"));
    for (const MachineRow& machine : machines) {
        q.addBindValue(machine.id);
        q.addBindValue(machine.name.isNull() ? QStringLiteral("") : machine.name); // NOT NULL column
        q.addBindValue(machine.group);
        q.addBindValue(machine.os);
        q.addBindValue(machine.lastSeen ? QVariant(qlonglong(*machine.lastSeen)) : QVariant());
        if (!q.exec())
            return failure(q.lastError());
    }
    if (!tx.commit())
        return failure(tx.lastError());
    return {};
}

} // namespace indicia
