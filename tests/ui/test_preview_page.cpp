// The Preview page run as an analyst would: a workspace list against the real Sysmon
// samples, the summary cards, charts and tables filled, and a double-click pivoting to the
// deciding indicator in the Indicators page.

#include "models/settings/settings_registry.h"
#include "models/store/workspace_store.h"
#include "ui/indicator_tab.h"
#include "ui/indicators_page.h"
#include "ui/main_window.h"
#include "ui/preview/preview_page.h"
#include "ui/workspace_controller.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

namespace {
Indicator make(IndicatorType type, const std::string& value, Action action)
{
    Indicator ind;
    ind.type = type;
    ind.value = value;
    ind.action = action;
    ind.title = "Preview test";
    ind.description = "from the shared samples";
    return ind;
}

QString sysmon(const char* file)
{
    return QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/") + QLatin1String(file);
}
} // namespace

class TestPreviewPage : public QObject {
    Q_OBJECT
private slots:
    void runShowsMatchesAndPivots()
    {
        QTemporaryDir dir;
        SettingsRegistry settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("preview.indicia"))));
        WorkspaceStore& store = window.controller()->store();
        QVERIFY(store.upsert(make(IndicatorType::IpAddress, "204.79.197.200", Action::Block)).ok());
        QVERIFY(store.upsert(make(IndicatorType::FileSha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709", Action::Block)).ok());
        QVERIFY(store.upsert(make(IndicatorType::DomainName, "facebook.com", Action::Block)).ok());
        window.controller()->refresh();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::PreviewPageIndex);
        PreviewPage* page = window.previewPage();
        auto* run = page->findChild<QPushButton*>(QStringLiteral("previewRun"));
        QVERIFY(!run->isEnabled()); // no telemetry yet
        page->setTelemetryFiles({sysmon("eid3_network_connection.jsonl"), sysmon("eid22_dns_query.jsonl"),
                                 sysmon("eid23_file_delete_archived.jsonl")});
        QVERIFY(run->isEnabled());
        QSignalSpy finished(page, &PreviewPage::finished);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(finished.wait(60000));

        auto* scanned = page->findChild<QLabel*>(QStringLiteral("cardScannedValue"));
        QVERIFY(scanned->text().remove(u',').toInt() > 400);
        auto* block = page->findChild<QLabel*>(QStringLiteral("cardBlockValue"));
        QCOMPARE(block->text().toInt(), 16); // 1 connection + 1 DNS query + 14 deleted empty files
        auto* events = page->findChild<QTableView*>(QStringLiteral("previewEvents"));
        QCOMPARE(events->model()->rowCount(), 16);
        auto* machines = page->findChild<QTableView*>(QStringLiteral("previewMachines"));
        QVERIFY(machines->model()->rowCount() >= 1);
        // The KQL is built only once its tab is shown, on the reader thread.
        auto* kql = page->findChild<QPlainTextEdit*>(QStringLiteral("previewKql"));
        QVERIFY(kql);
        QVERIFY(!kql->toPlainText().contains(QStringLiteral("204.79.197.200")));
        auto* tables = page->findChild<QTabWidget*>(QStringLiteral("previewTables"));
        tables->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(kql->toPlainText().contains(QStringLiteral("204.79.197.200")), 10000);
        QVERIFY(kql->toPlainText().contains(QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709")));
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("previewCopyKql"))->isEnabled());
        tables->setCurrentIndex(0);
        // The device-group chart: one bar per group, named in full, adding up to the events.
        auto* charts = page->findChild<QTabWidget*>(QStringLiteral("previewCharts"));
        auto* view = qobject_cast<QChartView*>(charts->widget(0));
        QVERIFY(view);
        auto* bars = qobject_cast<QHorizontalBarSeries*>(view->chart()->series().value(0));
        QVERIFY(bars && bars->count() == 1);
        qreal total = 0;
        for (int i = 0; i < bars->barSets().first()->count(); ++i)
            total += bars->barSets().first()->at(i);
        QCOMPARE(int(total), 16);
        auto* groups = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(groups);
        QCOMPARE(groups->categories(), QStringList{QStringLiteral("(no group)")});

        // Double-click the network event: the Indicators page shows its deciding indicator.
        int row = -1;
        for (int r = 0; r < events->model()->rowCount(); ++r)
            if (events->model()->index(r, 5).data().toString().contains(QStringLiteral("204.79.197.200")))
                row = r;
        QVERIFY(row >= 0);
        events->scrollTo(events->model()->index(row, 0));
        const QPoint at = events->visualRect(events->model()->index(row, 0)).center();
        QTest::mouseClick(events->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(events->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.currentPage(), MainWindow::IndicatorsPageIndex);
        IndicatorTab* tab = window.indicatorsPage()->currentTabPage();
        QCOMPARE(tab->tab(), TabKind::IpAddresses);
        const auto id = store.findId(IndicatorType::IpAddress, "204.79.197.200", {});
        QCOMPARE(tab->selectedIds(), QList<std::int64_t>{*id});
    }
};

QTEST_MAIN(TestPreviewPage)
#include "test_preview_page.moc"
