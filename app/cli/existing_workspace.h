#pragma once
// Commands that only read or change an existing workspace open it through here, so that a
// typo in --workspace is an error ("does not exist") rather than a new empty workspace.

#include <QString>
#include <QTextStream>

namespace indicia {

class WorkspaceStore;

// False, with the reason written to `err`, when `path` is missing or cannot be opened.
bool openExistingWorkspace(WorkspaceStore& store, const QString& path, QTextStream& err);

} // namespace indicia
