#pragma once
// One import (dry run or real) as it runs on the ImportRunner's worker thread. Kept apart
// from the runner so that everything in this class happens on the worker: it opens its
// own WorkspaceStore there (a store, like QSqlDatabase, belongs to the thread that opened
// it), runs the import, and closes the store before it reports.

#include "models/io/import_preview.h"
#include "models/store/import_types.h"
#include "models/store/store_error.h"
#include "models/store/store_session.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace indicia {

struct ImportRequest {
    QString sourcePath;    // the CSV or plain list to import
    QString workspacePath; // the open workspace's file
    StoreSession session;  // who imports (the store checks their rights per row)
    ImportMode mode = ImportMode::ValidOnly;
    bool dryRun = true;
    QString comment;
    int previewLimit = 10000; // rows classified one by one after a dry run
};

struct ImportOutcome {
    bool dryRun = true;
    StoreError error;      // set: nothing was changed (cancelled, unreadable file...)
    ImportReport report;   // when !error
    ImportPreview preview; // dry runs only
};

class ImportJob : public QObject {
    Q_OBJECT
public:
    ImportJob(ImportRequest request, std::shared_ptr<std::atomic_bool> cancel);

public slots:
    void run();

signals:
    void progress(qint64 rows, qint64 bytesRead, qint64 bytesTotal);
    void finished(const indicia::ImportOutcome& outcome);

private:
    ImportOutcome execute();

    ImportRequest request_;
    std::shared_ptr<std::atomic_bool> cancel_;
};

} // namespace indicia

Q_DECLARE_METATYPE(indicia::ImportOutcome)
