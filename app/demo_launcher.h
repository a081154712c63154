#pragma once
// `indicia --demo`: the composition root of demo mode. Generates the demo organisation once
// (cached per seed and size, with a progress dialog), starts the in-process tenant on
// loopback over it with a fresh database, and hands the window a DemoLaunch. Lives in app/
// because it is the one place that may see both ui/ and service/.

#include "ui/demo/demo_controller.h"

#include "models/demo/demo_work_dir.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace indicia {

namespace service {
class TenantService;
}

struct DemoOptions {
    quint32 seed = 1;
    qint64 events = 1'000'000;
    QString persona;
    QString cacheDir; // empty: the user's cache location
};

class DemoLauncher {
    Q_DECLARE_TR_FUNCTIONS(DemoLauncher)
public:
    explicit DemoLauncher(DemoOptions options);
    ~DemoLauncher();

    // An error text, or empty with launch() ready.
    QString start(QWidget* progressParent);
    DemoLaunch launch() const;

private:
    QString generate(const QString& tenantDir, QWidget* progressParent);

    DemoOptions options_;
    std::unique_ptr<demo::DemoWorkDir> work_; // the persona workspaces, removed on exit
    std::unique_ptr<service::TenantService> tenant_;
};

} // namespace indicia
