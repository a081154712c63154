#pragma once
// Ctrl+K's search: what exists in the loaded telemetry (files by hash and name, machines)
// and in the workspace (indicators by value and title, the organisation's machines). The
// telemetry is indexed once per set of files on a worker thread (rebuilt when a file is
// added, removed or rewritten); the workspace is queried on its reader threads, so the
// window never waits. A newer search supersedes an older one: only its answer is sent.

#include "models/async/workspace_reader.h"
#include "models/search/search_hit.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace indicia {

class TelemetryIndex;

class EntitySearch : public QObject {
    Q_OBJECT
public:
    static constexpr int kLimitPerKind = 8;

    explicit EntitySearch(QObject* parent = nullptr);
    ~EntitySearch() override; // stops and waits for an index build

    // The telemetry to search. Starts an index build when the files (their paths, sizes or
    // modification times) differ from the last build; otherwise does nothing.
    void setTelemetry(const QStringList& paths);

    // Searches `query` in the telemetry index and, when `reader` is given, the workspace.
    // finished() follows, after the index build when one is running.
    void search(const QString& query, WorkspaceReader* reader);

    bool isBusy() const { return busy_; }
    bool isIndexing() const { return building_ != nullptr; }
    // The last completed index (null before the first build finishes).
    std::shared_ptr<const TelemetryIndex> index() const { return index_; }

signals:
    void busyChanged(bool busy);
    void finished(const QString& query, const indicia::SearchHits& hits);

private:
    struct Pending {
        quint64 ticket = 0;
        QString query;
        bool telemetryDone = false;
        bool workspaceDone = false;
        SearchHits telemetry;
        SearchHits workspace;
    };

    void startBuild(const QStringList& paths);
    void indexBuilt(quint64 generation, std::shared_ptr<const TelemetryIndex> index);
    void searchTelemetry();
    void finishIfComplete();
    void setBusy(bool busy);

    QStringList fingerprint_;
    std::shared_ptr<const TelemetryIndex> index_;
    QThread* building_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancelBuild_;
    quint64 generation_ = 0;
    Pending pending_;
    bool active_ = false; // pending_ awaits an answer
    bool busy_ = false;
    WorkspaceReader::Channel channel_;
};

// Telemetry and workspace hits as one list: machines known to both once (the telemetry's
// entry, with the workspace's device group when the telemetry has none), best first.
SearchHits mergeHits(const SearchHits& telemetry, const SearchHits& workspace);

} // namespace indicia
