#pragma once
// Read-only queries on worker threads, each over its own connection to the workspace file
// (SQLite in WAL mode lets them read while the window's connection writes). Used for the
// few queries that scan a whole million-row table (status figures, substring filters) so
// the window never waits on them. Two lanes: jobs on different lanes run at the same time
// (a filter's count and its first page are two scans; side by side they take half as long).
//
// Each job belongs to a channel; a newer job on the same channel makes the older ones
// stale: stale jobs still queued are skipped and their results are dropped.

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <QVariant>

#include <array>
#include <functional>
#include <memory>

namespace indicia {

class WorkspaceReaderWorker;

class WorkspaceReader : public QObject {
    Q_OBJECT
public:
    using Work = std::function<QVariant(QSqlDatabase&)>;
    using Done = std::function<void(const QVariant&)>;

    static constexpr int kLanes = 2;

    explicit WorkspaceReader(const QString& path, QObject* parent = nullptr);
    ~WorkspaceReader() override;

    // A channel groups jobs of which only the newest matters.
    class Channel {
    public:
        std::uint64_t next() { return ++*latest_; }
        bool isLatest(std::uint64_t ticket) const { return *latest_ == ticket; }
        std::shared_ptr<std::atomic<std::uint64_t>> latest_ = std::make_shared<std::atomic<std::uint64_t>>(0);
    };

    // Runs `work` on lane `lane`'s worker (jobs of one lane run in order); `done` runs on
    // `context`'s thread unless a newer job was posted on `channel` meanwhile, or `context`
    // is gone.
    void post(Channel& channel, Work work, QObject* context, Done done, int lane = 0);

private:
    struct Lane {
        QThread thread;
        WorkspaceReaderWorker* worker = nullptr;
    };
    std::array<std::unique_ptr<Lane>, kLanes> lanes_;
};

} // namespace indicia
