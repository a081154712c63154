#pragma once
// Runs a preview of the workspace's list against telemetry files on a worker thread, with
// progress and cancel, and keeps the result for the Preview page's tables and charts.
// The list is read from the store on the calling thread (a store is thread-affine); the
// snapshot is compiled and the scan runs on the worker.

#include "engine/match/preview.h"
#include "models/preview/preview_list.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace indicia {

class WorkspaceStore;

struct PreviewRequest {
    preview::ListChoice list = preview::ListChoice::Draft;
    QStringList telemetry;
    QString machineGroups; // optional "machine,group" CSV
    match::ScopeModel scopeModel = match::ScopeModel::Seed;
    TimePoint asOf{};
};

// The precedence models a preview can apply, in the words the Preview page offers them.
struct ScopeModelChoice {
    match::ScopeModel model;
    QString label;
};
std::vector<ScopeModelChoice> scopeModelChoices();

class PreviewRunner : public QObject {
    Q_OBJECT
public:
    explicit PreviewRunner(QObject* parent = nullptr);
    ~PreviewRunner() override;

    // False (with `error`) when the list cannot be read or a run is in progress.
    bool start(const WorkspaceStore& store, const PreviewRequest& request, QString& error);
    void cancel();
    bool isRunning() const { return running_; }

    // The last finished run (empty before the first). Shared so models can keep it alive.
    std::shared_ptr<const match::PreviewResult> result() const { return result_; }
    std::shared_ptr<const match::Snapshot> snapshot() const { return snapshot_; }

signals:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(bool cancelled);

private:
    void finish(std::shared_ptr<match::PreviewResult> result, std::shared_ptr<const match::Snapshot> snapshot);

    std::thread worker_;
    std::atomic<bool> cancel_{false};
    bool running_ = false;
    std::shared_ptr<const match::PreviewResult> result_;
    std::shared_ptr<const match::Snapshot> snapshot_;
};

} // namespace indicia
