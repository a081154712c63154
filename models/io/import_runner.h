#pragma once
// Runs imports off the GUI thread so the window stays responsive: one worker QThread, one
// ImportJob at a time. Progress and the outcome arrive as queued signals on the thread
// that owns the runner; cancel() is safe at any moment and rolls the import back.
//
// The usual sequence (the import dialog's): start a dry run, show its report and preview,
// then on the user's confirmation start the same request with dryRun = false.

#include "models/io/import_job.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace indicia {

class ImportRunner : public QObject {
    Q_OBJECT
public:
    explicit ImportRunner(QObject* parent = nullptr);
    ~ImportRunner() override; // cancels a running job and waits for the worker to end

    // False (and nothing started) while another job runs.
    bool start(const ImportRequest& request);
    void cancel();
    bool isRunning() const { return job_ != nullptr; }

signals:
    void started(bool dryRun);
    void progress(qint64 rows, qint64 bytesRead, qint64 bytesTotal);
    void finished(const indicia::ImportOutcome& outcome);

private:
    void onJobFinished(const ImportOutcome& outcome);

    QThread* thread_ = nullptr;
    ImportJob* job_ = nullptr; // lives on thread_ while it runs
    std::shared_ptr<std::atomic_bool> cancel_;
};

} // namespace indicia
