#pragma once
// Who is acting on the workspace, as far as the store needs to know to refuse writes on its
// own (the UI also disables controls, but the store is the last line; see
// docs/indicators-api.md §6 for the scoped-access rule we follow).

#include "engine/indicator.h"
#include "models/store/store_error.h"

#include <QSet>
#include <QString>

namespace indicia {

enum class StoreRole {
    GlobalAdmin, // every indicator, including all-devices ones
    SecOps,      // only indicators whose groups are all within `deviceGroups`
    ReadOnly,    // no writes at all
};

struct StoreSession {
    QString user = QStringLiteral("local");
    StoreRole role = StoreRole::GlobalAdmin;
    QSet<QString> deviceGroups; // SecOps only
    QString displayName;        // the person, for messages ("Sam Okafor"); empty: `user`

    // Who a refusal names: the person when known, else the account.
    QString personName() const { return displayName.isEmpty() ? user : displayName; }

    static StoreSession globalAdmin(const QString& user)
    {
        return {user, StoreRole::GlobalAdmin, {}, {}};
    }
};

// The one place that says whether a session may write an indicator with these groups
// (an empty list means all devices). Returns a Forbidden error or a clear (ok) error.
StoreError checkWriteAccess(const StoreSession& session, const std::vector<std::string>& groups);
// Whether the session may write at all (ReadOnly may not).
StoreError checkCanWrite(const StoreSession& session);

} // namespace indicia
