#pragma once
// KQL for Advanced Hunting that finds, across the whole organisation, what a local preview
// finds in the loaded telemetry: the workspace's active list split into queries that
// respect the service's limits.

#include "engine/match/hunting.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace indicia {

class WorkspaceStore;

namespace preview {

std::vector<match::HuntingQuery> huntingQueriesOf(const WorkspaceStore& store, int days, QString& error);
// The same over any connection to the workspace (the Preview page builds them on the
// workspace reader's thread: a million indicators take seconds).
std::vector<match::HuntingQuery> huntingQueriesOf(const QSqlDatabase& db, int days, QString& error);
// All queries as one text, each under a "// title" comment line.
QString huntingText(const std::vector<match::HuntingQuery>& queries);

} // namespace preview
} // namespace indicia
