#pragma once
// The workspace schema as an ordered list of migration steps. The version lives in
// PRAGMA user_version; each step runs in one transaction and rolls back on failure, so a
// workspace is always at exactly one version.

#include "models/store/store_error.h"

#include <string_view>
#include <vector>

class QSqlDatabase;

namespace indicia {

// The version this build writes. Files with a higher version are refused (NewerSchema).
int latestSchemaVersion();

// Brings `db` (already open, foreign keys on) from its version to latestSchemaVersion().
// An empty file counts as version 0 and gets the whole schema.
StoreError migrateSchema(QSqlDatabase& db);

// Schema objects of the latest version that the bulk importer may drop inside its
// transaction and create again before it commits (a sorted build after the last row is
// much cheaper than a million random inserts). Name and the exact CREATE statement.
struct DeferrableIndex {
    std::string_view name;
    std::string_view createSql;
};
// The list indexes (sort by value, last update, action, severity, expiry).
const std::vector<DeferrableIndex>& deferrableIndexes();
// The two triggers that refuse a second row with the same identity key; the importer
// checks every row itself.
const std::vector<DeferrableIndex>& identityTriggers();

// PRAGMA user_version of an open database, or -1 when it cannot be read.
int schemaVersionOf(QSqlDatabase& db);

} // namespace indicia
