#pragma once
// The workspace schema as an ordered list of migration steps. The version lives in
// PRAGMA user_version; each step runs in one transaction and rolls back on failure, so a
// workspace is always at exactly one version.

#include "models/store/store_error.h"

class QSqlDatabase;

namespace indicia {

// The version this build writes. Files with a higher version are refused (NewerSchema).
int latestSchemaVersion();

// Brings `db` (already open, foreign keys on) from its version to latestSchemaVersion().
// An empty file counts as version 0 and gets the whole schema.
StoreError migrateSchema(QSqlDatabase& db);

// PRAGMA user_version of an open database, or -1 when it cannot be read.
int schemaVersionOf(QSqlDatabase& db);

} // namespace indicia
