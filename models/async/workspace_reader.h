#pragma once
// Read-only queries on a worker thread, over the thread's own connection to the workspace
// file (SQLite in WAL mode lets it read while the window's connection writes). Used for the
// few queries that scan a whole million-row table (status figures, substring filters) so
// the window never waits on them.
//
// Each job belongs to a channel; a newer job on the same channel makes the older ones
// stale: stale jobs still queued are skipped and their results are dropped.

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <QVariant>

#include <functional>
#include <memory>

namespace indicia {

class WorkspaceReaderWorker;

class WorkspaceReader : public QObject {
    Q_OBJECT
public:
    using Work = std::function<QVariant(QSqlDatabase&)>;
    using Done = std::function<void(const QVariant&)>;

    explicit WorkspaceReader(const QString& path, QObject* parent = nullptr);
    ~WorkspaceReader() override;

    // A channel groups jobs of which only the newest matters.
    class Channel {
    public:
        std::uint64_t next() { return ++*latest_; }
        bool isLatest(std::uint64_t ticket) const { return *latest_ == ticket; }
        std::shared_ptr<std::atomic<std::uint64_t>> latest_ = std::make_shared<std::atomic<std::uint64_t>>(0);
    };

    // Runs `work` on the worker; `done` runs on `context`'s thread unless a newer job was
    // posted on `channel` meanwhile, or `context` is gone.
    void post(Channel& channel, Work work, QObject* context, Done done);

private:
    QThread thread_;
    WorkspaceReaderWorker* worker_ = nullptr;
};

} // namespace indicia
