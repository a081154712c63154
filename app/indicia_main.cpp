// indicia: the desktop console. Parses the command line and shows the main window.

#include "models/settings/settings_registry.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Indicia"));
    QApplication::setOrganizationName(QStringLiteral("Indicia"));
    QApplication::setApplicationVersion(QStringLiteral(INDICIA_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("indicia"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Indicators of compromise console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QApplication::translate("main", "Open the workspace at PATH."),
        QStringLiteral("PATH"));
    parser.addOption(workspaceOption);
    // Used by the package test: start, show the window once, exit 0.
    QCommandLineOption smokeOption(QStringLiteral("smoke-test"),
                                         QApplication::translate("main", "Start, show the window, then quit."));
    smokeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(smokeOption);
    parser.process(app);

    indicia::SettingsRegistry settings;
    QString workspace = parser.value(workspaceOption);
    if (workspace.isEmpty())
        workspace = settings.get(indicia::settings::lastWorkspace);
    if (workspace.isEmpty()) {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        workspace = dataDir + QStringLiteral("/workspace.indicia");
    }
    indicia::MainWindow window(settings);
    window.openWorkspace(workspace);
    window.show();
    if (parser.isSet(smokeOption))
        QTimer::singleShot(0, &app, [&window] { QApplication::exit(window.isVisible() ? 0 : 1); });
    return QApplication::exec();
}
