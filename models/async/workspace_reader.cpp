#include "models/async/workspace_reader.h"

#include <QPointer>
#include <QSqlError>
#include <QUuid>

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
    , worker_(new WorkspaceReaderWorker(path))
{
    thread_.setObjectName(QStringLiteral("WorkspaceReader"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

WorkspaceReader::~WorkspaceReader()
{
    thread_.quit();
    thread_.wait();
}

void WorkspaceReader::post(Channel& channel, Work work, QObject* context, Done done)
{
    const std::uint64_t ticket = channel.next();
    auto latest = channel.latest_;
    WorkspaceReaderWorker* worker = worker_;
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
