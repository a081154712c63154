// WorkspaceStore::replaceOrganisation: the device groups and machines the service knows,
// kept so that the scope step can offer groups and machine pages can name them offline.

#include "models/store/workspace_store.h"

#include "models/store/indicator_sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    if (!q.exec(QStringLiteral("DELETE FROM machines")) || !q.exec(QStringLiteral("DELETE FROM device_groups")))
        return failure(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO device_groups (name, rank, description) VALUES (?, ?, ?)"));
    for (const DeviceGroupRow& group : groups) {
        q.addBindValue(group.name);
        q.addBindValue(group.rank);
        q.addBindValue(group.description.isNull() ? QStringLiteral("") : group.description); // NOT NULL column
        if (!q.exec())
            return failure(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO machines (id, name, group_name, os, last_seen) VALUES (?, ?, ?, ?, ?)"));
    for (const MachineRow& machine : machines) {
        q.addBindValue(machine.id);
        q.addBindValue(machine.name);
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
