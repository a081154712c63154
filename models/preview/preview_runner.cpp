#include "models/preview/preview_runner.h"

#include "models/store/workspace_store.h"

#include <QCoreApplication>

namespace indicia {

std::vector<ScopeModelChoice> scopeModelChoices()
{
    return {{match::ScopeModel::Seed,
             QCoreApplication::translate("PreviewPage", "All-devices indicators take precedence (seed)")},
            {match::ScopeModel::Current,
             QCoreApplication::translate("PreviewPage", "Device-group indicators take precedence (current MDE)")}};
}

PreviewRunner::PreviewRunner(QObject* parent)
    : QObject(parent)
{
}

PreviewRunner::~PreviewRunner()
{
    cancel_ = true;
    if (worker_.joinable())
        worker_.join();
}

bool PreviewRunner::start(const WorkspaceStore& store, const PreviewRequest& request, QString& error)
{
    if (running_) {
        error = QCoreApplication::translate("PreviewRunner", "A preview is already running.");
        return false;
    }
    if (request.telemetry.isEmpty()) {
        error = QCoreApplication::translate("PreviewRunner", "Choose at least one telemetry file.");
        return false;
    }
    std::vector<match::ListedIndicator> listed = preview::loadListed(store, request.list, request.asOf, error);
    if (!error.isEmpty())
        return false;
    if (worker_.joinable())
        worker_.join();
    std::vector<std::string> paths;
    for (const QString& path : request.telemetry)
        paths.push_back(path.toStdString());
    telemetry::MachineGroups groups;
    if (!request.machineGroups.isEmpty())
        paths.push_back(request.machineGroups.toStdString()); // machine,group files are read as mappings
    match::PreviewOptions options;
    options.scopeModel = request.scopeModel;

    cancel_ = false;
    running_ = true;
    worker_ = std::thread([this, listed = std::move(listed), paths = std::move(paths), groups = std::move(groups),
                           options, asOf = request.asOf]() mutable {
        auto snapshot = match::Snapshot::build(listed, asOf);
        auto progressFn = [this](std::uint64_t done, std::uint64_t total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit progress(qint64(done), qint64(total)); },
                                      Qt::QueuedConnection);
        };
        auto result = std::make_shared<match::PreviewResult>(
            match::runPreview(*snapshot, paths, std::move(groups), options, progressFn, &cancel_));
        QMetaObject::invokeMethod(this, [this, result, snapshot] { finish(result, snapshot); }, Qt::QueuedConnection);
    });
    return true;
}

void PreviewRunner::cancel()
{
    cancel_ = true;
}

void PreviewRunner::finish(std::shared_ptr<match::PreviewResult> result, std::shared_ptr<const match::Snapshot> snapshot)
{
    if (worker_.joinable())
        worker_.join();
    running_ = false;
    result_ = std::move(result);
    snapshot_ = std::move(snapshot);
    emit finished(result_->cancelled);
}

} // namespace indicia
