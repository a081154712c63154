#pragma once
// The open workspace as the window sees it: the store, its four tab models, the signed-in
// session and the undo stack. Every edit goes through here so that each one is a single
// store transaction, an undo step, and one batched refresh of the lists.

#include "engine/indicator.h"
#include "models/session/workspace_session.h"
#include "models/store/store_error.h"

#include <QList>
#include <QStringList>
#include <QObject>

#include <array>
#include <cstdint>
#include <memory>

class QUndoStack;

namespace indicia {

class IndicatorTableModel;
class WorkspaceReader;
class WorkspaceStore;

// Local changes the service does not have yet: pending adds, edits and deletes, and edits
// held in a conflict. `values` names the first few (for prompts), `count` all of them.
struct UnsyncedChanges {
    qint64 count = 0;
    QStringList values;
};

class WorkspaceController : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceController(QObject* parent = nullptr);
    ~WorkspaceController() override;

    // Opens (creating if missing) the workspace at `path`; replaces any open one.
    StoreError open(const QString& path);
    bool isOpen() const;
    QString path() const;

    WorkspaceStore& store() { return *store_; }
    QUndoStack* undoStack() const { return undoStack_; }
    // Background reads of the open workspace (whole-table counts, big filters).
    WorkspaceReader* reader() const { return reader_.get(); }
    IndicatorTableModel* model(TabKind tab) const { return models_[static_cast<size_t>(tab)]; }

    const StoreSession& session() const;
    const SessionRights& rights() const { return rights_; }
    // Switches the signed-in user (persisted in the workspace settings).
    void setSession(const StoreSession& session);

    // --- edits: each returns an empty string or the reason it was refused ---
    QString saveIndicator(const Indicator& draft, qint64 editingId, const QString& comment);
    QString removeIndicators(const QList<std::int64_t>& ids);
    QString setAction(const QList<std::int64_t>& ids, Action action);
    // Puts an operation done elsewhere (an import) on the undo stack.
    void registerOperation(qint64 opId, const QString& text);
    // Whether the session may edit/delete this indicator (scope inside the user's groups).
    bool mayEdit(qint64 id, QString* why = nullptr) const;
    // What leaving the workspace would leave unsent; at most `named` values.
    UnsyncedChanges unsyncedChanges(int named = 3) const;
    // Whether the workspace has a service to sync with (a saved connection).
    bool hasConnection() const;

public slots:
    void refresh();

signals:
    void workspaceOpened(); // new store and models: views must re-attach
    void changed();       // the data changed (after every edit, undo or redo)
    void sessionChanged();
    void errorOccurred(const QString& message);

private:
    void rebuildModels();
    void updateRights();

    std::unique_ptr<WorkspaceStore> store_;
    std::unique_ptr<WorkspaceReader> reader_;
    QUndoStack* undoStack_ = nullptr;
    std::array<IndicatorTableModel*, 4> models_{};
    SessionRights rights_;
};

} // namespace indicia
