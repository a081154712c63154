#pragma once
// The bridge from a workspace to the preview engine: which indicators a preview runs
// against (the draft or the synced list), converted to the engine's ListedIndicator, and
// the workspace's scope model. The CLI and the Preview page both go through here, so the
// two always preview the same list.

#include "engine/match/precedence.h"
#include "engine/match/snapshot.h"
#include "models/store/indicator_record.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace indicia {

class WorkspaceStore;

namespace preview {

// The workspace setting that holds the scope model ("seed" or "current").
inline constexpr char kScopeModelSetting[] = "preview.scope_model";

enum class ListChoice {
    Draft,  // every indicator in the workspace, synced or not: what the next sync would make
    Synced, // each indicator as the last sync left it (see synced_versions.h): a synced row
            // edited or deleted here since is on this side as it was, not as it is now
};

match::ListedIndicator toListed(const IndicatorRecord& record);

// The indicators of `store` that are active at `asOf`, as the engine wants them.
// On a database error the list is empty and `error` says why.
std::vector<match::ListedIndicator> loadListed(const WorkspaceStore& store, ListChoice choice, TimePoint asOf,
                                              QString& error);
// The same over any connection to a workspace file (a reader thread's own, for one).
std::vector<match::ListedIndicator> loadListed(const QSqlDatabase& db, ListChoice choice, TimePoint asOf,
                                              QString& error);

// The workspace's scope model; Seed when unset. nullopt (with `error` set) for a value
// that is neither "seed" nor "current".
std::optional<match::ScopeModel> workspaceScopeModel(const WorkspaceStore& store, QString& error);

} // namespace preview
} // namespace indicia
