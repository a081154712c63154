#include "models/session/workspace_session.h"

#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace indicia::session {

namespace {
const QString kUser = QStringLiteral("session.user");
const QString kRole = QStringLiteral("session.role");
const QString kGroups = QStringLiteral("session.groups");
const QString kDisplayName = QStringLiteral("session.display_name"); // the person refusals name

// The translation context for this file's free functions and helper classes: lupdate reads
// it from the macro, so every string lands in the .ts under "Session".
struct SessionText {
    Q_DECLARE_TR_FUNCTIONS(Session)
};
} // namespace

StoreRole parseRole(const QString& text, StoreRole fallback)
{
    const QString t = text.trimmed().toLower();
    if (t == u"admin" || t == u"globaladmin")
        return StoreRole::GlobalAdmin;
    if (t == u"secops" || t == u"analyst")
        return StoreRole::SecOps;
    if (t == u"readonly" || t == u"reader")
        return StoreRole::ReadOnly;
    return fallback;
}

static QString roleKey(StoreRole role)
{
    switch (role) {
    case StoreRole::GlobalAdmin: return QStringLiteral("admin");
    case StoreRole::SecOps: return QStringLiteral("secops");
    case StoreRole::ReadOnly: return QStringLiteral("readonly");
    }
    return {};
}

QString roleName(StoreRole role)
{
    switch (role) {
    case StoreRole::GlobalAdmin: return SessionText::tr("Global administrator");
    case StoreRole::SecOps: return SessionText::tr("Security operations");
    case StoreRole::ReadOnly: return SessionText::tr("Read-only");
    }
    return {};
}

StoreSession fromSettings(const WorkspaceStore& store)
{
    StoreSession s;
    s.user = store.setting(kUser, qEnvironmentVariable("USER", QStringLiteral("analyst")));
    s.role = parseRole(store.setting(kRole, QStringLiteral("admin")));
    s.displayName = store.setting(kDisplayName);
    for (const QString& g : store.setting(kGroups).split(u',', Qt::SkipEmptyParts))
        s.deviceGroups.insert(g.trimmed());
    return s;
}

void saveToSettings(WorkspaceStore& store, const StoreSession& s)
{
    QStringList groups(s.deviceGroups.begin(), s.deviceGroups.end());
    groups.sort();
    store.setSetting(kUser, s.user);
    store.setSetting(kRole, roleKey(s.role));
    store.setSetting(kGroups, groups.join(u','));
    store.setSetting(kDisplayName, s.displayName);
}

QStringList knownGroups(const WorkspaceStore& store)
{
    QStringList out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT name FROM device_groups UNION SELECT DISTINCT group_name FROM indicator_groups "
                          "ORDER BY 1"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

SessionRights rightsOf(const StoreSession& s, const QStringList& known)
{
    SessionRights r;
    r.canWrite = s.role != StoreRole::ReadOnly;
    r.mayTargetAllDevices = s.role == StoreRole::GlobalAdmin;
    if (s.role == StoreRole::GlobalAdmin) {
        r.groups = known;
    } else if (s.role == StoreRole::SecOps) {
        r.groups = QStringList(s.deviceGroups.begin(), s.deviceGroups.end());
        r.groups.sort();
    }
    if (!r.canWrite)
        r.whyReadOnly = SessionText::tr("%1 has read-only access to this workspace.").arg(s.user);
    if (!r.mayTargetAllDevices)
        r.whyNoAllDevices = SessionText::tr("Only a global administrator may target all devices.");
    return r;
}

} // namespace indicia::session
