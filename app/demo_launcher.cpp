#include "app/demo_launcher.h"

#include "service/demo/demo_generator.h"
#include "service/tenant_service.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <thread>

namespace indicia {

DemoLauncher::DemoLauncher(DemoOptions options) : options_(std::move(options)) {}

DemoLauncher::~DemoLauncher() = default;

QString DemoLauncher::start(QWidget* progressParent)
{
    // A demo that was killed left its workspaces behind: remove those (never a live one's).
    const QString root = QDir::tempPath();
    demo::DemoWorkDir::removeStale(root);
    work_ = std::make_unique<demo::DemoWorkDir>(root);
    if (!work_->isValid())
        return tr("Cannot create a folder for the demo workspaces: %1").arg(work_->errorString());
    QString cache = options_.cacheDir;
    if (cache.isEmpty())
        cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString tenantDir =
        QDir(cache).filePath(QStringLiteral("demo-seed%1-events%2").arg(options_.seed).arg(options_.events));
    if (const QString error = generate(tenantDir, progressParent); !error.isEmpty())
        return error;
    // A fresh tenant each run: the generated data set is kept, the database is not.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(QDir(tenantDir).filePath(QStringLiteral("tenant.sqlite") + suffix));
    service::ServiceConfig config;
    config.dataDir = tenantDir;
    config.demoSeed = options_.seed;
    config.demoEvents = options_.events;
    tenant_ = std::make_unique<service::TenantService>(config);
    return tenant_->start();
}

// Generating a million events takes a few seconds: done on a worker thread behind a
// progress dialog, so the window stays responsive and the user can cancel.
QString DemoLauncher::generate(const QString& tenantDir, QWidget* progressParent)
{
    service::demo::DemoSpec spec;
    spec.seed = options_.seed;
    spec.events = options_.events;
    const QString dir = QDir(tenantDir).filePath(QStringLiteral("demo"));
    if (service::demo::demoIsCurrent(spec, dir))
        return {};
    QProgressDialog progress(tr("Generating the demo organisation (a month of telemetry)…"), tr("Cancel"), 0, 1000,
                             progressParent);
    progress.setWindowTitle(tr("Indicia demo"));
    progress.setMinimumDuration(0);
    std::atomic<qint64> done{0};
    std::atomic<bool> cancel{false};
    std::atomic<bool> finished{false};
    QString error;
    std::thread worker([&] {
        error = service::demo::generateDemo(
            spec, dir, nullptr, [&](qint64 d, qint64 total) { done = total > 0 ? d * 1000 / total : 0; },
            [&] { return cancel.load(); });
        finished = true;
    });
    while (!finished) {
        progress.setValue(int(done.load()));
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (progress.wasCanceled())
            cancel = true;
        QThread::msleep(30); // the worker needs the CPU more than the dialog does
    }
    worker.join();
    if (cancel && error.isEmpty())
        error = tr("Cancelled.");
    return error;
}

DemoLaunch DemoLauncher::launch() const
{
    DemoLaunch out;
    out.serviceUrl = tenant_->baseUrl();
    out.demoDir = tenant_->demoDir();
    out.workDir = work_ ? work_->path() : QString();
    out.persona = options_.persona;
    return out;
}

} // namespace indicia
