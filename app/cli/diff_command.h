#pragma once
#include <QStringList>

// indicia-cli diff --workspace W --telemetry FILE... [--machine-groups FILE] [--as-of TIME]
//     [--scope-model seed|current] [--json]
// Previews the telemetry twice, against the synced list and against the draft (every
// indicator in the workspace), and reports the events and machines whose outcome changes.
// The synced list is the indicators marked synced (see models/preview/preview_list.h for
// what that approximation misses).
// Exit: 0 compared, 1 some telemetry file could not be read, 2 bad arguments or workspace.
int runDiffCommand(const QStringList& args);
