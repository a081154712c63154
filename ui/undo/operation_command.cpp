#include "ui/undo/operation_command.h"

#include "models/store/workspace_store.h"

namespace indicia {

OperationCommand::OperationCommand(WorkspaceStore& store, qint64 opId, const QString& text,
                                   std::function<void()> changed, std::function<void(const QString&)> failed)
    : QUndoCommand(text)
    , store_(store)
    , lastOpId_(opId)
    , changed_(std::move(changed))
    , failed_(std::move(failed))
{
}

void OperationCommand::undo()
{
    reverse();
}

void OperationCommand::redo()
{
    // QUndoStack::push() calls redo() at once; the operation is already in the store.
    if (applied_) {
        applied_ = false;
        return;
    }
    reverse();
}

void OperationCommand::reverse()
{
    const auto result = store_.undoOperation(lastOpId_);
    if (!result.ok()) {
        setObsolete(true);
        if (failed_)
            failed_(result.error().message);
        return;
    }
    lastOpId_ = result.value();
    if (changed_)
        changed_();
}

} // namespace indicia
