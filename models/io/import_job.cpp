#include "models/io/import_job.h"

#include "models/store/workspace_store.h"

namespace indicia {

ImportJob::ImportJob(ImportRequest request, std::shared_ptr<std::atomic_bool> cancel)
    : request_(std::move(request))
    , cancel_(std::move(cancel))
{
}

void ImportJob::run()
{
    const ImportOutcome outcome = execute(); // the store is closed when this returns
    emit finished(outcome);
}

ImportOutcome ImportJob::execute()
{
    ImportOutcome outcome;
    outcome.dryRun = request_.dryRun;
    WorkspaceStore store;
    if (StoreError error = store.open(request_.workspacePath)) {
        outcome.error = error;
        return outcome;
    }
    store.setSession(request_.session);

    ImportOptions options;
    options.mode = request_.mode;
    options.dryRun = request_.dryRun;
    options.comment = request_.comment;
    options.cancel = cancel_.get();
    // Called on this thread; the signal crosses to the runner's thread queued.
    options.progress = [this](const ImportProgress& p) { emit progress(p.rows, p.bytesRead, p.bytesTotal); };

    auto result = store.importFile(request_.sourcePath, options);
    if (!result.ok()) {
        outcome.error = result.error();
        return outcome;
    }
    outcome.report = std::move(result.value());
    if (request_.dryRun && cancel_->load()) { // cancelled between the dry run and the preview
        outcome.error = {StoreErrorCode::Cancelled, tr("The preview was cancelled.")};
        return outcome;
    }
    if (request_.dryRun)
        outcome.preview = buildImportPreview(store, request_.sourcePath, outcome.report, request_.previewLimit);
    return outcome;
}

} // namespace indicia
