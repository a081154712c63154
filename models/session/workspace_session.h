#pragma once
// Who is signed in to a workspace and what they may touch. Until sync brings real sign-in,
// the user and role come from the workspace's own settings (session.user, session.role:
// admin | secops | readonly, session.groups: comma-separated device groups).

#include "models/store/store_session.h"

#include <QString>
#include <QStringList>

namespace indicia {

class WorkspaceStore;

struct SessionRights {
    bool canWrite = false;
    bool mayTargetAllDevices = false;
    QStringList groups;    // the device groups the user may target
    QString whyReadOnly;   // tooltip for disabled edit actions
    QString whyNoAllDevices;
};

namespace session {

StoreSession fromSettings(const WorkspaceStore& store);
void saveToSettings(WorkspaceStore& store, const StoreSession& session);

// Device groups known to the workspace: its device_groups table plus every group that an
// indicator names, sorted.
QStringList knownGroups(const WorkspaceStore& store);
SessionRights rightsOf(const StoreSession& session, const QStringList& knownGroups);

QString roleName(StoreRole role); // "Global administrator", ...
StoreRole parseRole(const QString& text, StoreRole fallback = StoreRole::GlobalAdmin);

} // namespace session
} // namespace indicia
