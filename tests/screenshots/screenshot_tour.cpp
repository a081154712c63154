// Saves a PNG of each main screen for review: the lists, the side pane at every step and
// the import dry run. Run it under Xvfb with tests/screenshots/run.sh (not part of ctest).

#include "models/store/workspace_store.h"
#include "models/settings/settings_registry.h"
#include "ui/dialogs/import_dialog.h"
#include "ui/entities/entity_navigator.h"
#include "ui/indicators_page.h"
#include "ui/main_actions.h"
#include "ui/main_window.h"
#include "ui/pane/indicator_pane.h"
#include "ui/preview/preview_page.h"
#include "ui/workspace_controller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace indicia;

namespace {

void save(QWidget* widget, const QString& dir, const QString& name)
{
    QTest::qWait(250); // let animations and lazy paints settle
    const QString path = dir + u'/' + name + QStringLiteral(".png");
    widget->window()->grab().save(path);
    qInfo("%s", qPrintable(path));
}

void seedWorkspace(const QString& path)
{
    WorkspaceStore store;
    if (store.open(path))
        qFatal("cannot open %s", qPrintable(path));
    const QString data = QStringLiteral(INDICIA_SHARED_DATA);
    for (const char* file : {"/mde_import_csv/RMM.csv", "/mde_import_csv/Antivirus_IOCs.csv",
                             "/ioc_lists/eset/attor/samples.sha256", "/ioc_lists/pan-unit42/DanaBotV4/C2s"}) {
        ImportOptions options;
        store.importFile(data + QLatin1String(file), options);
    }
    // Indicators that the public Sysmon samples contain, so the preview has something to show.
    const struct { IndicatorType type; const char* value; Action action; } seen[] = {
        {IndicatorType::IpAddress, "204.79.197.200", Action::Block},
        {IndicatorType::FileSha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709", Action::Audit},
        {IndicatorType::DomainName, "facebook.com", Action::Warn},
    };
    for (const auto& s : seen) {
        Indicator ind;
        ind.type = s.type;
        ind.value = s.value;
        ind.action = s.action;
        ind.generateAlert = s.action == Action::Audit;
        ind.title = "Seen in the lab telemetry";
        ind.description = "Screenshot tour";
        store.upsert(ind);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);
    QTemporaryDir profile;
    SettingsRegistry settings(profile.filePath(QStringLiteral("settings.ini")));
    const QString workspace = profile.filePath(QStringLiteral("tour.indicia"));
    seedWorkspace(workspace);

    MainWindow window(settings);
    window.openWorkspace(workspace);
    window.resize(1360, 780);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    IndicatorsPage* page = window.indicatorsPage();
    save(&window, out, QStringLiteral("01-list-file-hashes"));
    page->tabs()->setCurrentIndex(2);
    save(&window, out, QStringLiteral("02-list-urls-domains"));

    page->tabs()->setCurrentIndex(0);
    window.actions()->addIndicator->trigger();
    IndicatorPane* pane = page->pane();
    pane->findChild<QLineEdit*>(QStringLiteral("paneValue"))->setText(QStringLiteral("hxxp://not-a-hash"));
    save(&window, out, QStringLiteral("03-pane-indicator-invalid"));
    pane->findChild<QLineEdit*>(QStringLiteral("paneValue"))
        ->setText(QStringLiteral("99271BEBCAC0DA7F3AAD7C4E3966B4F63D5477AFA0FA8308A9ED7D53A6009EC4"));
    save(&window, out, QStringLiteral("04-pane-indicator"));
    pane->next();
    pane->findChild<QLineEdit*>(QStringLiteral("paneTitle"))->setText(QStringLiteral("Attor dropper"));
    pane->findChild<QPlainTextEdit*>(QStringLiteral("paneDescription"))
        ->setPlainText(QStringLiteral("Seen on two finance laptops; ESET Attor report."));
    save(&window, out, QStringLiteral("05-pane-action"));
    pane->next();
    save(&window, out, QStringLiteral("06-pane-scope"));
    pane->next();
    save(&window, out, QStringLiteral("07-pane-summary"));
    pane->closePane();

    ImportDialog dialog(*window.controller(), &window);
    dialog.resize(1100, 640);
    dialog.show();
    dialog.setFile(QStringLiteral(INDICIA_SHARED_DATA "/mde_import_csv/mde_template_example_rows.csv"));
    QTest::qWait(1500); // the dry run runs on a worker thread
    save(&dialog, out, QStringLiteral("08-import-dry-run"));
    dialog.close();

    window.showPage(MainWindow::PreviewPageIndex);
    PreviewPage* preview = window.previewPage();
    const QString sysmon = QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/");
    preview->setTelemetryFiles({sysmon + QStringLiteral("eid3_network_connection.jsonl"),
                                sysmon + QStringLiteral("eid22_dns_query.jsonl"),
                                sysmon + QStringLiteral("eid23_file_delete_archived.jsonl"),
                                sysmon + QStringLiteral("eid1_process_create.jsonl")});
    QSignalSpy finished(preview, &PreviewPage::finished);
    preview->run();
    finished.wait(60000);
    save(&window, out, QStringLiteral("09-preview"));

    // Entity pages: a signed DLL seen on one machine (Sysmon image loads), and that machine.
    preview->setTelemetryFiles(preview->telemetryFiles() << sysmon + QStringLiteral("eid7_image_load.jsonl")
                                                         << QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mde/advanced_hunting_export.csv"));
    window.entities()->openFile(QStringLiteral("a330ede32dfa03ae6808ee7fb6916d8deb8f5dde"));
    QTest::qWait(200);
    save(&window, out, QStringLiteral("10-file-page"));
    window.entities()->openFile(QStringLiteral("003f4160fc1bc322f0e3ba95b1d540ac955d081e"));
    QTest::qWait(200);
    save(&window, out, QStringLiteral("11-file-page-mde"));
    window.entities()->openMachine(QStringLiteral("WORKSTATION5"));
    QTest::qWait(200);
    save(&window, out, QStringLiteral("12-machine-page"));
    window.showPage(MainWindow::SyncPageIndex);
    save(&window, out, QStringLiteral("13-sync-page"));
    return 0;
}
