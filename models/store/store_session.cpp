#include "models/store/store_session.h"

#include <QCoreApplication>

namespace indicia {

StoreError checkCanWrite(const StoreSession& session)
{
    if (session.role != StoreRole::ReadOnly)
        return {};
    return {StoreErrorCode::Forbidden,
            QCoreApplication::translate("WorkspaceStore",
                                        "%1 has read-only access to this workspace.")
                .arg(session.personName())};
}

StoreError checkWriteAccess(const StoreSession& session, const std::vector<std::string>& groups)
{
    if (StoreError error = checkCanWrite(session))
        return error;
    if (session.role == StoreRole::GlobalAdmin)
        return {};
    // SecOps: all-devices indicators belong to global administrators (the MDE rule that
    // the global role ignores device-group limits, and nobody else may).
    if (groups.empty()) {
        return {StoreErrorCode::Forbidden,
                QCoreApplication::translate(
                    "WorkspaceStore",
                    "%1 may not change indicators that apply to all devices; ask a global "
                    "administrator.")
                    .arg(session.personName())};
    }
    for (const std::string& group : groups) {
        const QString name = QString::fromStdString(group);
        if (!session.deviceGroups.contains(name)) {
            return {StoreErrorCode::Forbidden,
                    QCoreApplication::translate(
                        "WorkspaceStore", "%1 has no access to the device group \"%2\".")
                        .arg(session.personName(), name)};
        }
    }
    return {};
}

} // namespace indicia
