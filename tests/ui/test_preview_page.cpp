// The Preview page run as an analyst would: a workspace list against the real Sysmon
// samples, the summary cards, charts and tables filled, and a double-click pivoting to the
// deciding indicator in the Indicators page.

#include "models/settings/settings_registry.h"
#include "models/store/workspace_store.h"
#include "ui/indicator_tab.h"
#include "ui/indicators_page.h"
#include "ui/entities/file_page.h"
#include "ui/entities/machine_page.h"
#include "ui/main_window.h"
#include "ui/preview/preview_charts.h"
#include "ui/preview/preview_page.h"
#include "ui/workspace_controller.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QDateTimeAxis>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPieSeries>
#include <QPushButton>
#include <QStackedWidget>
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
// A window on a new workspace holding `indicators`, its preview run over the Sysmon files:
// WORKSTATION5.theshire.local has 12 deleted empty files and the 204.79.197.200
// connection (13 events), WORKSTATION5 two deleted empty files (and the facebook query).
struct PreviewRun {
    QTemporaryDir dir;
    SettingsRegistry settings{dir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{settings};
    PreviewPage* page = nullptr;
    QTableView* events = nullptr;
    QTableView* machines = nullptr;

    bool start(const std::vector<Indicator>& indicators)
    {
        if (!window.openWorkspace(dir.filePath(QStringLiteral("preview.indicia"))))
            return false;
        for (const Indicator& indicator : indicators)
            if (!window.controller()->store().upsert(indicator).ok())
                return false;
        window.controller()->refresh();
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.showPage(MainWindow::PreviewPageIndex);
        page = window.previewPage();
        page->setTelemetryFiles({sysmon("eid3_network_connection.jsonl"), sysmon("eid22_dns_query.jsonl"),
                                 sysmon("eid23_file_delete_archived.jsonl")});
        QSignalSpy finished(page, &PreviewPage::finished);
        page->run();
        if (!finished.wait(60000))
            return false;
        events = page->findChild<QTableView*>(QStringLiteral("previewEvents"));
        machines = page->findChild<QTableView*>(QStringLiteral("previewMachines"));
        return events && machines;
    }

    // The first row of `view` whose `column` contains `text`, or -1.
    static int rowWith(const QTableView* view, int column, const QString& text)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, column).data().toString().contains(text))
                return r;
        return -1;
    }

    // A double-click as the window system delivers it (press, release, press + double-click,
    // release, each routed by the window to the widget under the pointer).
    void doubleClick(QTableView* view, int row, int column)
    {
        const QModelIndex index = view->model()->index(row, column);
        view->scrollTo(index);
        const QPoint at = view->viewport()->mapTo(&window, view->visualRect(index).center());
        QTest::mouseDClick(window.windowHandle(), Qt::LeftButton, {}, at);
        QCoreApplication::processEvents();
    }
};

std::vector<Indicator> allowedEmptyFile()
{
    Indicator allow = make(IndicatorType::FileSha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709", Action::Allowed);
    return {make(IndicatorType::IpAddress, "204.79.197.200", Action::Block), allow};
}

// Every text the chart draws (legend labels, axis labels, title); a label the chart cut
// short ends in "...".
QStringList drawnTexts(QChartView* view)
{
    QStringList texts;
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            texts << text->toPlainText();
    return texts;
}

} // namespace

class TestPreviewPage : public QObject {
    Q_OBJECT
private slots:
    void tablesSortAndFilter();
    void machinesOnlyAllowedCountedApart();
    void explanationIsVisibleText();
    void doubleClicksOpenTheRightPage();
    void chartLabelsAreReadInFull();
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

void TestPreviewPage::tablesSortAndFilter()
{
    PreviewRun run;
    QVERIFY(run.start(allowedEmptyFile()));
    QAbstractItemModel* machines = run.machines->model();
    QCOMPARE(machines->rowCount(), 2);
    // Matched events are numbers: 2 before 13 going up (as text, "13" came first).
    run.machines->sortByColumn(PreviewMachinesModel::Events, Qt::AscendingOrder);
    QCOMPARE(machines->index(0, PreviewMachinesModel::Events).data().toLongLong(), 2);
    QCOMPARE(machines->index(1, PreviewMachinesModel::Events).data().toLongLong(), 13);
    run.machines->sortByColumn(PreviewMachinesModel::Events, Qt::DescendingOrder);
    QCOMPARE(machines->index(0, PreviewMachinesModel::Machine).data().toString(),
             QStringLiteral("WORKSTATION5.theshire.local"));

    auto* filter = run.page->findChild<QLineEdit*>(QStringLiteral("previewEventsFilter"));
    QVERIFY(filter);
    QCOMPARE(run.events->model()->rowCount(), 15);
    QTest::keyClicks(filter, QStringLiteral("204.79"));
    QCOMPARE(run.events->model()->rowCount(), 1);
    QVERIFY(run.events->model()->index(0, PreviewEventsModel::Indicator).data().toString().contains(u"204.79.197.200"));
    filter->clear();
    QCOMPARE(run.events->model()->rowCount(), 15);
    auto* machineFilter = run.page->findChild<QLineEdit*>(QStringLiteral("previewMachinesFilter"));
    QVERIFY(machineFilter);
    QTest::keyClicks(machineFilter, QStringLiteral("theshire"));
    QCOMPARE(machines->rowCount(), 1);
}

void TestPreviewPage::machinesOnlyAllowedCountedApart()
{
    // WORKSTATION5's only matches are the Allowed empty file: nothing changes for it.
    PreviewRun run;
    QVERIFY(run.start(allowedEmptyFile()));
    QCOMPARE(run.page->findChild<QLabel*>(QStringLiteral("cardMachinesValue"))->text(), QStringLiteral("1"));
    auto* note = run.page->findChild<QLabel*>(QStringLiteral("cardMachinesNote"));
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("1 machine(s) only allowed"));
}

void TestPreviewPage::explanationIsVisibleText()
{
    PreviewRun run;
    QVERIFY(run.start(allowedEmptyFile()));
    QAbstractItemModel* model = run.events->model();
    int why = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Why"))
            why = c;
    QVERIFY(why >= 0);
    QVERIFY(!run.events->isColumnHidden(why));
    const int row = PreviewRun::rowWith(run.events, PreviewEventsModel::Indicator, QStringLiteral("204.79.197.200"));
    QVERIFY(row >= 0);
    const QString text = model->index(row, why).data(Qt::DisplayRole).toString();
    QVERIFY2(text.contains(QStringLiteral("204.79.197.200")) && text.contains(QStringLiteral("decides")), qPrintable(text));
    QCOMPARE(text, model->index(row, why).data(Qt::ToolTipRole).toString());
    // In full under the table for the selected event, without scrolling to the column.
    run.events->setCurrentIndex(model->index(row, PreviewEventsModel::Time));
    auto* line = run.page->findChild<QLabel*>(QStringLiteral("previewEventWhy"));
    QVERIFY(line && line->isVisible());
    QCOMPARE(line->text(), text);
}

void TestPreviewPage::doubleClicksOpenTheRightPage()
{
    std::vector<Indicator> indicators = allowedEmptyFile();
    // More IP rows than the Indicators list shows at once, so a stray click on it would land
    // on another row.
    for (int n = 1; n <= 60; ++n)
        indicators.push_back(make(IndicatorType::IpAddress, "52.0.0." + std::to_string(n), Action::Block));
    PreviewRun run;
    QVERIFY(run.start(indicators));
    WorkspaceStore& store = run.window.controller()->store();

    // Sorted newest first and filtered: the view's rows are not the model's.
    run.events->sortByColumn(PreviewEventsModel::Time, Qt::DescendingOrder);
    auto* filter = run.page->findChild<QLineEdit*>(QStringLiteral("previewEventsFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("IP"));
    int row = PreviewRun::rowWith(run.events, PreviewEventsModel::Indicator, QStringLiteral("204.79.197.200"));
    QVERIFY(row >= 0);
    run.doubleClick(run.events, row, PreviewEventsModel::Outcome);
    QCOMPARE(run.window.currentPage(), MainWindow::IndicatorsPageIndex);
    IndicatorTab* tab = run.window.indicatorsPage()->currentTabPage();
    QCOMPARE(tab->tab(), TabKind::IpAddresses);
    const auto ip = store.findId(IndicatorType::IpAddress, "204.79.197.200", {});
    QTRY_COMPARE(tab->selectedIds(), QList<std::int64_t>{*ip});
    QTest::qWait(QApplication::doubleClickInterval()); // anything the double-click left behind
    QCOMPARE(tab->selectedIds(), QList<std::int64_t>{*ip});

    // An event decided by a file hash: that file's page.
    run.window.showPage(MainWindow::PreviewPageIndex);
    filter->clear();
    row = PreviewRun::rowWith(run.events, PreviewEventsModel::Indicator, QStringLiteral("da39a3ee"));
    QVERIFY(row >= 0);
    run.doubleClick(run.events, row, PreviewEventsModel::Outcome);
    auto* file = run.window.findChild<FilePage*>();
    QVERIFY(file && file->isVisible());
    QCOMPARE(file->currentHash().toLower(), QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709"));

    // A machine in the Machines table: its page.
    run.window.showPage(MainWindow::PreviewPageIndex);
    auto* tables = run.page->findChild<QTabWidget*>(QStringLiteral("previewTables"));
    tables->setCurrentIndex(1);
    run.machines->sortByColumn(PreviewMachinesModel::Events, Qt::DescendingOrder);
    row = PreviewRun::rowWith(run.machines, PreviewMachinesModel::Machine, QStringLiteral("WORKSTATION5.theshire"));
    QVERIFY(row >= 0);
    run.doubleClick(run.machines, row, PreviewMachinesModel::Events);
    auto* machine = run.window.findChild<MachinePage*>();
    QVERIFY(machine && machine->isVisible());
    QCOMPARE(machine->currentMachine(), QStringLiteral("WORKSTATION5.theshire.local"));
}

void TestPreviewPage::chartLabelsAreReadInFull()
{
    PreviewFigures figures;
    figures.perOutcome = {{QStringLiteral("block-and-quarantine"), 204}, {QStringLiteral("allow"), 12},
                          {QStringLiteral("alert"), 351}, {QStringLiteral("warn"), 7}, {QStringLiteral("block"), 88}};
    for (int d = 0; d < 20; ++d)
        figures.perDay[QDate(2023, 7, 1).addDays(d)] = d + 1;
    PreviewCharts charts;
    charts.resize(420, 420); // the page's charts pane at 1400 px
    charts.setFigures(figures);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    for (int tab : {1, 2}) {
        charts.setCurrentIndex(tab);
        auto* view = charts.currentWidget()->findChild<QChartView*>();
        if (!view)
            view = qobject_cast<QChartView*>(charts.currentWidget());
        QVERIFY(view);
        QCoreApplication::processEvents();
        const QStringList texts = drawnTexts(view);
        for (const QString& text : texts)
            QVERIFY2(!text.endsWith(QStringLiteral("...")) && !text.endsWith(QChar(0x2026)), qPrintable(text));
        if (tab == 1) {
            // Wherever the legend is drawn (the chart or labels beside it), each entry whole.
            QStringList legend = texts;
            for (const QLabel* label : charts.currentWidget()->findChildren<QLabel*>()) {
                legend << label->text();
                QVERIFY2(label->wordWrap() || label->sizeHint().width() <= label->width(), qPrintable(label->text()));
            }
            for (const QString& label : {QStringLiteral("block-and-quarantine (204)"), QStringLiteral("alert (351)")})
                QVERIFY2(legend.contains(label), qPrintable(legend.join(u'|')));
        } else {
            QVERIFY2(texts.contains(QStringLiteral("30 Jun")) && texts.join(u'|').contains(QStringLiteral("2023")),
                     qPrintable(texts.join(u'|')));
        }
    }
}

QTEST_MAIN(TestPreviewPage)
#include "test_preview_page.moc"
