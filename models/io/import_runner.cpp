#include "models/io/import_runner.h"

#include <QThread>

namespace indicia {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
    , thread_(new QThread(this))
{
    qRegisterMetaType<ImportOutcome>();
    thread_->setObjectName(QStringLiteral("ImportWorker"));
    thread_->start();
}

ImportRunner::~ImportRunner()
{
    cancel();
    thread_->quit(); // after the running job, if any: its slot returns first
    thread_->wait();
}

bool ImportRunner::start(const ImportRequest& request)
{
    if (job_)
        return false;
    cancel_ = std::make_shared<std::atomic_bool>(false);
    job_ = new ImportJob(request, cancel_);
    job_->moveToThread(thread_);
    // Deleted on the worker thread once it has reported (or when the thread ends).
    connect(job_, &ImportJob::finished, job_, &QObject::deleteLater);
    connect(thread_, &QThread::finished, job_, &QObject::deleteLater);
    connect(job_, &ImportJob::progress, this, &ImportRunner::progress);
    connect(job_, &ImportJob::finished, this, &ImportRunner::onJobFinished);
    QMetaObject::invokeMethod(job_, &ImportJob::run, Qt::QueuedConnection);
    emit started(request.dryRun);
    return true;
}

void ImportRunner::cancel()
{
    if (cancel_)
        cancel_->store(true);
}

void ImportRunner::onJobFinished(const ImportOutcome& outcome)
{
    job_ = nullptr;
    cancel_.reset();
    emit finished(outcome);
}

} // namespace indicia
