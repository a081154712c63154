#pragma once
// The whole-table reads the window's screens ask for, posted on the workspace reader and
// answered with a typed value: ui/ names the figures it wants and never sees a database
// connection or a QVariant (the layer rule, lint/layering).

#include "models/async/status_figures.h"
#include "models/async/workspace_reader.h"
#include "models/sync/sync_ledger.h"

#include <QString>

#include <functional>

namespace indicia::screen_queries {

// The status bar's figures at `now` (unix seconds).
void statusFigures(WorkspaceReader& reader, WorkspaceReader::Channel& channel, qint64 now, QObject* context,
                   std::function<void(const StatusFigures&)> done);

// The Sync page's pending and held counts at `now`.
void syncCounts(WorkspaceReader& reader, WorkspaceReader::Channel& channel, qint64 now, QObject* context,
                std::function<void(const SyncCounts&)> done);

// The Advanced Hunting queries for the draft list over the last `days`, as text to copy
// (or the reason they could not be built).
void huntingText(WorkspaceReader& reader, WorkspaceReader::Channel& channel, int days, QObject* context,
                 std::function<void(const QString&)> done);

} // namespace indicia::screen_queries
