#include "models/demo/demo_bootstrap.h"

#include "models/demo/demo_colleague.h"
#include "models/demo/demo_workspace.h"
#include "models/store/workspace_store.h"

#include <QFile>

namespace indicia::demo {

std::optional<IndicatorRecord> findActive(const WorkspaceStore& store, IndicatorType type, const QString& value)
{
    std::optional<IndicatorRecord> found;
    const std::string wanted = value.toStdString();
    store.forEachActive(type, [&](const IndicatorRecord& record) {
        if (!found && record.indicator.value == wanted)
            found = record;
    });
    return found;
}

DemoBootstrap::DemoBootstrap(const DemoData& data, QUrl serviceUrl, SyncOptions options, QObject* parent)
    : QObject(parent), data_(data), serviceUrl_(std::move(serviceUrl)), options_(options)
{
}

DemoBootstrap::~DemoBootstrap() = default;

void DemoBootstrap::start(const DemoPersona& persona, const QString& workspacePath)
{
    persona_ = persona;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(workspacePath + suffix);
    store_ = std::make_unique<WorkspaceStore>();
    if (StoreError error = store_->open(workspacePath)) {
        finish(error.message);
        return;
    }
    emit progress(tr("Preparing the workspace of %1…").arg(persona.displayName));
    if (StoreError error = DemoWorkspace::prepare(*store_, data_, serviceUrl_, persona)) {
        finish(error.message);
        return;
    }
    sync([this] {
        if (persona_.role == QLatin1String("reader"))
            finish({});
        else
            makeConflict();
    });
}

void DemoBootstrap::sync(std::function<void()> next)
{
    emit progress(tr("Syncing with the demo tenant…"));
    engine_ = std::make_unique<SyncEngine>(*store_, connectionFor(serviceUrl_, persona_), persona_.secret, options_);
    connect(engine_.get(), &SyncEngine::finished, this, [this, next](const SyncReport& report) {
        if (!report.ok)
            finish(tr("The demo sync failed: %1").arg(report.error));
        else
            next();
    });
    engine_->start();
}

// The local half of the conflict is the demo's own edit (set-up session), so it happens
// whatever the persona may touch; the colleague's half goes through the service.
void DemoBootstrap::makeConflict()
{
    const TypedValue& target = data_.scenario().conflict;
    std::optional<IndicatorRecord> local = findActive(*store_, target.type, target.value);
    if (!local) {
        finish({}); // this persona does not see it: no conflict to show
        return;
    }
    const StoreSession persona = store_->session();
    store_->setSession(StoreSession::globalAdmin(persona.user));
    Indicator edited = local->indicator;
    edited.recommendedActions = tr("Isolate the device and collect an investigation package.").toStdString();
    auto updated = store_->update(local->id, edited, tr("Demo: a local edit made before the colleague's change"));
    store_->setSession(persona);
    if (!updated.ok()) {
        finish(updated.error().message);
        return;
    }
    emit progress(tr("A colleague changes an indicator on the service…"));
    colleague_ = std::make_unique<DemoColleague>(data_, serviceUrl_);
    colleague_->changeIndicator(target.type, target.value, [this](const QString& error) {
        if (!error.isEmpty())
            finish(error);
        else
            sync([this] { finish({}); });
    });
}

void DemoBootstrap::finish(const QString& error)
{
    // Deleting the engine from inside its own signal would pull the rug from under it.
    if (engine_)
        engine_.release()->deleteLater();
    if (colleague_)
        colleague_.release()->deleteLater();
    if (store_)
        store_->close();
    store_.reset();
    emit finished(error);
}

} // namespace indicia::demo
