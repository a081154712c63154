// indicia: the desktop console. Parses the command line and shows the main window; with
// --demo, first starts the demo organisation's in-process tenant (app/demo_launcher).

#include "app/app_translations.h"
#include "app/demo_launcher.h"
#include "models/settings/settings_registry.h"
#include "models/store/sqlite_handle.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

struct Options {
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 QApplication::translate("main", "Open the workspace at PATH."), QStringLiteral("PATH")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QApplication::translate("main", "Start the demo organisation with a local service.")};
    QCommandLineOption demoSeed{QStringLiteral("demo-seed"),
                                QApplication::translate("main", "Demo organisation seed (default 1)."),
                                QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption demoEvents{QStringLiteral("demo-events"),
                                  QApplication::translate("main", "Telemetry events to generate (default 1000000)."),
                                  QStringLiteral("N"), QStringLiteral("1000000")};
    QCommandLineOption demoPersona{QStringLiteral("demo-persona"),
                                   QApplication::translate("main", "Sign in as global-admin, soc-analyst or auditor."),
                                   QStringLiteral("PERSONA")};
    // Used by the package test: start, show the window once, exit 0.
    QCommandLineOption smoke{QStringLiteral("smoke-test"),
                             QApplication::translate("main", "Start, show the window, then quit.")};
};

QString defaultWorkspace(indicia::SettingsRegistry& settings)
{
    QString workspace = settings.get(indicia::settings::lastWorkspace);
    if (workspace.isEmpty()) {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        workspace = dataDir + QStringLiteral("/workspace.indicia");
    }
    return workspace;
}

} // namespace

int main(int argc, char* argv[])
{
    indicia::configureSqliteForProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Indicia"));
    QApplication::setOrganizationName(QStringLiteral("Indicia"));
    QApplication::setApplicationVersion(QStringLiteral(INDICIA_VERSION));

    indicia::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Indicators of compromise console"));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options;
    options.smoke.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({options.workspace, options.demo, options.demoSeed, options.demoEvents, options.demoPersona,
                       options.smoke});
    parser.process(app);

    indicia::SettingsRegistry settings;
    const QString lastWorkspace = settings.get(indicia::settings::lastWorkspace);
    indicia::MainWindow window(settings);
    std::unique_ptr<indicia::DemoLauncher> launcher;
    std::unique_ptr<indicia::DemoController> demo;
    if (parser.isSet(options.demo)) {
        window.show();
        launcher = std::make_unique<indicia::DemoLauncher>(indicia::DemoOptions{
            parser.value(options.demoSeed).toUInt(), parser.value(options.demoEvents).toLongLong(),
            parser.value(options.demoPersona), {}});
        QString error = launcher->start(&window);
        if (error.isEmpty()) {
            demo = std::make_unique<indicia::DemoController>(window, launcher->launch());
            error = demo->start();
        }
        if (!error.isEmpty()) {
            QMessageBox::critical(&window, QApplication::translate("main", "Indicia demo"), error);
            return 1;
        }
    } else {
        const QString workspace = parser.value(options.workspace);
        window.openWorkspace(workspace.isEmpty() ? defaultWorkspace(settings) : workspace);
        window.show();
    }
    if (parser.isSet(options.smoke))
        QTimer::singleShot(0, &app, [&window] { QApplication::exit(window.isVisible() ? 0 : 1); });
    const int code = QApplication::exec();
    if (demo) // the demo's workspaces are temporary: keep the user's own as the last one
        settings.set(indicia::settings::lastWorkspace, lastWorkspace);
    return code;
}
