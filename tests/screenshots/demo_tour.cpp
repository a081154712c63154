// Saves a PNG of the demo in each persona for review: the Indicators page with the Training
// panel, the Preview over the demo telemetry, the Sync page with the scenario's conflict,
// a training check, and the persona dialog. Run under Xvfb with tests/screenshots/run.sh.

#include "models/settings/settings_registry.h"
#include "service/tenant_service.h"
#include "ui/demo/demo_controller.h"
#include "ui/demo/persona_dialog.h"
#include "ui/demo/training_panel.h"
#include "ui/main_window.h"
#include "ui/preview/preview_page.h"
#include "ui/sync/sync_page.h"
#include "models/preview/preview_runner.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace indicia;

namespace {

void save(QWidget* widget, const QString& dir, const QString& name)
{
    QTest::qWait(300); // let lazy paints and the status bar's background counts settle
    const QString path = dir + u'/' + name + QStringLiteral(".png");
    widget->window()->grab().save(path);
    qInfo("%s", qPrintable(path));
}

bool signIn(DemoController& demo, const QString& persona)
{
    QSignalSpy signedIn(&demo, &DemoController::signedIn);
    demo.signIn(persona);
    return !signedIn.isEmpty() || signedIn.wait(120000);
}

void waitForPreview(MainWindow& window)
{
    PreviewRunner* runner = window.previewPage()->runner();
    if (!QTest::qWaitFor([runner] { return !runner->isRunning(); }, 120000))
        qWarning("the preview did not finish");
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);
    QTemporaryDir dir;
    service::ServiceConfig config;
    config.dataDir = dir.filePath(QStringLiteral("tenant"));
    config.demoSeed = 1;
    config.demoEvents = 200000; // the full million looks the same and takes longer
    service::TenantService tenant(config);
    if (const QString error = tenant.start(); !error.isEmpty())
        qFatal("tenant: %s", qPrintable(error));

    SettingsRegistry settings(dir.filePath(QStringLiteral("profile.ini")));
    MainWindow window(settings);
    window.resize(1440, 860);
    window.show();
    DemoController demo(window, {tenant.baseUrl(), tenant.demoDir(), dir.filePath(QStringLiteral("work")),
                                 QStringLiteral("soc-analyst")});
    QSignalSpy first(&demo, &DemoController::signedIn);
    if (const QString error = demo.start(); !error.isEmpty())
        qFatal("demo: %s", qPrintable(error));
    if (first.isEmpty() && !first.wait(120000))
        qFatal("the first sign-in did not finish");

    for (const QString& persona : {QStringLiteral("soc-analyst"), QStringLiteral("auditor"), QStringLiteral("global-admin")}) {
        if (!signIn(demo, persona))
            qFatal("cannot sign in as %s", qPrintable(persona));
        waitForPreview(window);
        window.showPage(MainWindow::IndicatorsPageIndex);
        save(&window, out, QStringLiteral("demo-%1-indicators").arg(persona));
        window.showPage(MainWindow::PreviewPageIndex);
        save(&window, out, QStringLiteral("demo-%1-preview").arg(persona));
    }
    // The KQL is built on the reader thread once its tab is shown.
    auto* tables = window.previewPage()->findChild<QTabWidget*>(QStringLiteral("previewTables"));
    auto* kql = window.previewPage()->findChild<QPlainTextEdit*>(QStringLiteral("previewKql"));
    tables->setCurrentIndex(2);
    if (!QTest::qWaitFor([kql] { return kql->toPlainText().startsWith(QStringLiteral("//")); }, 60000))
        qWarning("the hunting queries did not arrive");
    save(&window, out, QStringLiteral("demo-global-admin-preview-hunting"));
    tables->setCurrentIndex(0);
    window.showPage(MainWindow::SyncPageIndex);
    save(&window, out, QStringLiteral("demo-global-admin-sync-conflict"));
    // Test connection: the three checks against the demo tenant, with the persona's secret.
    window.syncPage()->findChild<QPushButton*>(QStringLiteral("syncTestConnection"))->click();
    auto* status = window.syncPage()->findChild<QLabel*>(QStringLiteral("syncConnectionStatus"));
    if (!QTest::qWaitFor([status] { return status->text().startsWith(QStringLiteral("Connected")); }, 60000))
        qWarning("the connection test did not pass: %s", qPrintable(status->text()));
    save(&window, out, QStringLiteral("demo-global-admin-sync-connection"));

    TrainingPanel* panel = demo.trainingPanel();
    panel->selectExercise(3);
    panel->showNextHint();
    panel->showNextHint();
    panel->check();
    window.showPage(MainWindow::PreviewPageIndex);
    save(&window, out, QStringLiteral("demo-training-check"));

    PersonaDialog dialog(demo.data(), &window);
    dialog.show();
    QTest::qWait(300);
    dialog.grab().save(out + QStringLiteral("/demo-persona-dialog.png"));
    qInfo("%s/demo-persona-dialog.png", qPrintable(out));
    return 0;
}
