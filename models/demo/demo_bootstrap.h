#pragma once
// Builds one persona's demo workspace, start to finish, on the event loop: a fresh file,
// DemoWorkspace::prepare, a first sync with the in-process tenant as that persona, then (for
// personas who may write) the scenario's conflict: a local edit of one indicator, the
// colleague's change of the same indicator on the service, and a second sync that meets it.

#include "models/demo/demo_data.h"
#include "models/sync/sync_engine.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace indicia {

class WorkspaceStore;

namespace demo {

class DemoColleague;

// Finds the active indicator (type, value) in any scope; nullopt when there is none.
std::optional<IndicatorRecord> findActive(const WorkspaceStore& store, IndicatorType type, const QString& value);

class DemoBootstrap : public QObject {
    Q_OBJECT
public:
    DemoBootstrap(const DemoData& data, QUrl serviceUrl, SyncOptions options = {}, QObject* parent = nullptr);
    ~DemoBootstrap() override;

    // Replaces any file at `workspacePath`. finished() follows, on this thread.
    void start(const DemoPersona& persona, const QString& workspacePath);

signals:
    void progress(const QString& phase);
    void finished(const QString& error); // empty: the workspace is ready (and closed)

private:
    void sync(std::function<void()> next);
    void makeConflict();
    void finish(const QString& error);

    const DemoData& data_;
    QUrl serviceUrl_;
    SyncOptions options_;
    DemoPersona persona_;
    std::unique_ptr<WorkspaceStore> store_;
    std::unique_ptr<SyncEngine> engine_;
    std::unique_ptr<DemoColleague> colleague_;
};

} // namespace demo
} // namespace indicia
