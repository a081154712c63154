#pragma once
#include <QStringList>

// indicia-cli stats --workspace W [--json]
// {"active":N,"expired":N,"by_type":{...},"by_action":{...},"pending_sync":N,"conflicts":N,
//  "machines":N,"device_groups":N,"quota":N}. Exit: 0 done, 2 error.
int runStatsCommand(const QStringList& args);
