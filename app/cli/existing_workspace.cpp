#include "app/cli/existing_workspace.h"

#include "app/cli/cli_text.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace indicia {

bool openExistingWorkspace(WorkspaceStore& store, const QString& path, QTextStream& err)
{
    if (!QFileInfo::exists(path)) {
        err << CliText::tr("%1 does not exist.").arg(path) << '\n';
        return false;
    }
    if (const StoreError error = store.open(path)) {
        err << error.message << '\n';
        return false;
    }
    return true;
}

} // namespace indicia
