#pragma once
#include <QStringList>

// indicia-cli preview (--workspace W | --indicators FILE) --telemetry FILE...
//     [--machine-groups FILE] [--as-of TIME] [--scope-model seed|current] [--matches OUT.csv] [--json]
// Scans the telemetry against the list (the workspace's draft, or a file) and reports what
// would match and what each enforcement means would do. Bad records are counted and skipped.
// Exit: 0 scanned, 1 some telemetry file could not be read at all, 2 bad arguments or
// unusable workspace / indicator file / machine-groups file / --matches output.
int runPreviewCommand(const QStringList& args);
