#include "models/async/workspace_reader.h"

#include <QPointer>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

namespace indicia {

// Lives on the reader's thread; owns the connection, which must be used there only.
class WorkspaceReaderWorker : public QObject {
public:
    explicit WorkspaceReaderWorker(const QString& path)
        : path_(path)
        , name_(QStringLiteral("reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }

    ~WorkspaceReaderWorker() override
    {
        if (db_.isValid()) {
            db_.close();
            db_ = QSqlDatabase(); // drop our handle before removing the connection
            QSqlDatabase::removeDatabase(name_);
        }
    }

    QSqlDatabase& database()
    {
        if (!db_.isValid()) {
            db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
            db_.setDatabaseName(path_);
            db_.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            db_.open();
        }
        return db_;
    }

private:
    QString path_;
    QString name_;
    QSqlDatabase db_;
};

WorkspaceReader::WorkspaceReader(const QString& path, QObject* parent)
    : QObject(parent)
{
    for (int i = 0; i < kLanes; ++i) {
        auto lane = std::make_unique<Lane>();
        lane->worker = new WorkspaceReaderWorker(path);
        lane->thread.setObjectName(QStringLiteral("WorkspaceReader-%1").arg(i));
        lane->worker->moveToThread(&lane->thread);
        connect(&lane->thread, &QThread::finished, lane->worker, &QObject::deleteLater);
        lane->thread.start();
        lanes_[std::size_t(i)] = std::move(lane);
    }
}

WorkspaceReader::~WorkspaceReader()
{
    for (auto& lane : lanes_) {
        lane->thread.quit();
        lane->thread.wait();
    }
}

void WorkspaceReader::post(Channel& channel, Work work, QObject* context, Done done, int lane)
{
    const std::uint64_t ticket = channel.next();
    auto latest = channel.latest_;
    WorkspaceReaderWorker* worker = lanes_[std::size_t(std::clamp(lane, 0, kLanes - 1))]->worker;
    // The context is only ever touched on this (the reader's owner's) thread: the worker
    // hands its result back to the reader, which checks that the context still exists.
    QPointer<QObject> target(context);
    QMetaObject::invokeMethod(worker, [this, worker, latest, ticket, work = std::move(work), target,
                                       done = std::move(done)]() mutable {
        if (*latest != ticket)
            return; // superseded before it started
        QVariant result = work(worker->database());
        if (*latest != ticket)
            return;
        QMetaObject::invokeMethod(this, [latest, ticket, target, done = std::move(done), result = std::move(result)] {
            if (target && *latest == ticket)
                done(result);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace indicia
