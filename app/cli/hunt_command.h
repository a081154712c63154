#pragma once
#include <QStringList>

// indicia-cli hunt --workspace W [--days N] [--json]
// Prints KQL for Advanced Hunting that finds, across the organisation, the events the
// workspace's active indicators would match; long value lists are split over several
// queries to stay under the service's limits.
// Exit: 0 printed (also when there is nothing to hunt), 2 bad arguments or workspace.
int runHuntCommand(const QStringList& args);
