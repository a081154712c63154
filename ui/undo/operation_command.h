#pragma once
// An undo step over a store operation that has already been applied (an edit, a delete,
// an import...). Undo asks the store to reverse it; redo reverses the reversal. Each is
// itself one store transaction with its own history, so undo survives a restart's audit.

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace indicia {

class WorkspaceStore;

class OperationCommand : public QUndoCommand {
public:
    // `changed` runs after every undo/redo so models can refresh; `failed` reports errors.
    OperationCommand(WorkspaceStore& store, qint64 opId, const QString& text, std::function<void()> changed,
                     std::function<void(const QString&)> failed);

    void undo() override;
    void redo() override;

private:
    void reverse();

    WorkspaceStore& store_;
    qint64 lastOpId_;
    bool applied_ = true; // the operation was already done when the command was created
    std::function<void()> changed_;
    std::function<void(const QString&)> failed_;
};

} // namespace indicia
