#pragma once
// The synced side of a preview: for each indicator, the version the service holds after
// the last sync, wherever the row stands in the workspace today. A synced row is itself;
// a row edited since (pending, failed or in conflict) is its sync base (sync_remote), or
// failing that the last version its history recorded as synced; a row deleted here whose
// delete has not been sent yet is the last synced version in its history. Rows never
// synced are not on this side.

#include "models/store/indicator_record.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace indicia::preview {

// The last synced version of every indicator, by local id (a deleted row keeps its old
// id). On a database error the list is empty and `error` says why. Expiry is not applied.
std::vector<IndicatorRecord> lastSyncedVersions(const QSqlDatabase& db, QString& error);

} // namespace indicia::preview
