// The file and machine pages driven as an analyst would: the real main window on the
// offscreen platform, a temporary profile and workspace, the shared telemetry samples.
// Round trip: file page -> Block -> side pane -> saved indicator -> Open in indicators ->
// Back; Ctrl+K with a pasted hash; the Microsoft-signed refusal; the indicator-row pivot.

#include "models/settings/settings_registry.h"
#include "models/store/workspace_store.h"
#include "ui/dialog_seams.h"
#include "ui/entities/entity_navigator.h"
#include "ui/entities/file_page.h"
#include "ui/entities/machine_page.h"
#include "ui/entities/search_field.h"
#include "ui/indicator_tab.h"
#include "ui/indicators_page.h"
#include "ui/main_window.h"
#include "ui/pane/indicator_pane.h"
#include "ui/preview/preview_page.h"
#include "ui/workspace_controller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QMouseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

namespace {

const QString kMsMpEngSha1 = QStringLiteral("003f4160fc1bc322f0e3ba95b1d540ac955d081e");
const QString kMsMpEngSha256 = QStringLiteral("d5bad8fd7460dc44c94cc0e9639274a9a69b0ed631d15c86986324901b5044aa");
const QString kSechostMd5 = QStringLiteral("a094e2b38d3dd864b07580d243cb6e43");
const QString kCmdMd5 = QStringLiteral("E7A6B1F51EFB405287A8048CFA4690F4");

QStringList telemetryFiles()
{
    return {QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mde/advanced_hunting_export.csv"),
            QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/eid1_process_create.jsonl"),
            QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/eid7_image_load.jsonl")};
}

} // namespace

class TestFilePage : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(profile_.isValid());
        settings_ = std::make_unique<SettingsRegistry>(profile_.filePath(QStringLiteral("settings-%1.ini").arg(++n_)));
        window_ = std::make_unique<MainWindow>(*settings_);
        QVERIFY(window_->openWorkspace(profile_.filePath(QStringLiteral("ws-%1.indicia").arg(n_))));
        window_->previewPage()->setTelemetryFiles(telemetryFiles());
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        prompts_.clear();
        seams::question = [this](QWidget*, const QString&, const QString& text, QMessageBox::StandardButtons) {
            prompts_ << text;
            return QMessageBox::Yes;
        };
        seams::warning = seams::question; // refusals come as warnings
    }
    void cleanup()
    {
        window_.reset();
        seams::reset();
    }

    void blockRoundTripThroughThePaneAndBack()
    {
        EntityNavigator* nav = window_->entities();
        QVERIFY(nav->openFile(kMsMpEngSha1));
        FilePage* page = nav->filePage();
        QCOMPARE(stack()->currentWidget(), page);
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("fileTitle"))->text().toLower(), QStringLiteral("msmpeng.exe"));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("fileSubtitle"))->text(), kMsMpEngSha256);
        auto* open = page->findChild<QPushButton*>(QStringLiteral("fileOpenInIndicators"));
        QVERIFY(!open->isEnabled()); // nothing covers it yet

        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("fileBlock")), Qt::LeftButton);
        IndicatorPane* pane = page->pane();
        QVERIFY(pane->isOpen());
        QCOMPARE(pane->currentStep(), int(IndicatorPane::ActionStepIndex));
        QVERIFY(pane->findChild<QLineEdit*>(QStringLiteral("paneTitle"))->text().contains(QStringLiteral("sMpEng.exe"),
                                                                                          Qt::CaseInsensitive));
        saveThroughPane(pane);
        QVERIFY(!pane->isOpen());

        // The saved indicator is on the strongest hash and covers the file now.
        QCOMPARE(page->profile().indicators.size(), 1);
        const CoveringIndicator saved = page->profile().indicators.first();
        QVERIFY(saved.type == IndicatorType::FileSha256);
        QCOMPARE(saved.value, kMsMpEngSha256);
        QVERIFY(saved.action == Action::Block);
        QCOMPARE(page->findChild<QTableWidget*>(QStringLiteral("fileVerdicts"))->item(0, 1)->text(), kMsMpEngSha256);
        QVERIFY(open->isEnabled());

        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(stack()->currentWidget(), window_->indicatorsPage());
        QCOMPARE(window_->indicatorsPage()->currentTab(), TabKind::FileHashes);
        QCOMPARE(window_->indicatorsPage()->currentTabPage()->selectedIds(), QList<std::int64_t>{saved.id});

        QTest::keyClick(window_.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(stack()->currentWidget(), page);
        QCOMPARE(page->currentHash(), kMsMpEngSha1);
        QTest::keyClick(window_.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(stack()->currentWidget(), window_->indicatorsPage());
    }

    void ctrlKWithAPastedHashOpensTheFilePage()
    {
        QTest::keyClick(window_.get(), Qt::Key_K, Qt::ControlModifier);
        QLineEdit* search = window_->entities()->searchBox();
        QVERIFY(search->hasFocus());
        QApplication::clipboard()->setText(QStringLiteral("  ") + kCmdMd5 + QStringLiteral("\n"));
        search->paste();
        QTest::keyClick(search, Qt::Key_Return);
        FilePage* page = window_->entities()->filePage();
        QTRY_COMPARE(stack()->currentWidget(), page); // the search answers off the GUI thread
        QCOMPARE(page->profile().names, QStringList{QStringLiteral("cmd.exe")});
        QCOMPARE(page->profile().sha1, QStringLiteral("2ed89b5430c775306b316ba3a926d7de4fe39fc7"));
        QCOMPARE(page->findChild<QTableWidget*>(QStringLiteral("fileMachines"))->item(0, 0)->text(),
                 QStringLiteral("DC01.pandalab.com"));
    }

    // Issue 18: Ctrl+K found a "machine" for any text. It lists what exists, by kind.
    void ctrlKListsFilesByPartialNameAndOpensTheChosenOne()
    {
        SearchField* search = typeInSearch(QStringLiteral("msmpe"));
        QTreeView* list = search->popupView();
        QTRY_VERIFY(list->isVisible());
        QTRY_VERIFY(!search->isBusy());
        const int row = rowOf(list, QStringLiteral("File"), QStringLiteral("msmpeng.exe"));
        QVERIFY2(row >= 0, qPrintable(listText(list)));
        list->setCurrentIndex(list->model()->index(row, 0));
        QTest::keyClick(list, Qt::Key_Return); // the list has the keyboard while it shows
        FilePage* page = window_->entities()->filePage();
        QTRY_COMPARE(stack()->currentWidget(), page);
        QCOMPARE(page->profile().sha256, kMsMpEngSha256);
        QVERIFY(!list->isVisible());
    }

    void ctrlKSaysNothingFoundAndOpensNoPage()
    {
        QWidget* before = stack()->currentWidget();
        SearchField* search = typeInSearch(QStringLiteral("no-such-machine-anywhere"));
        QTest::keyClick(search, Qt::Key_Return);
        // Busy until the reader threads answer: the field shows it.
        QVERIFY(search->isBusy());
        QVERIFY(search->findChild<QAction*>(QStringLiteral("globalSearchBusy"))->isVisible());
        QTRY_VERIFY(!search->isBusy());
        QVERIFY(!search->findChild<QAction*>(QStringLiteral("globalSearchBusy"))->isVisible());
        QTRY_COMPARE(window_->statusBar()->currentMessage(),
                     QStringLiteral("Nothing found for 'no-such-machine-anywhere'"));
        QCOMPARE(stack()->currentWidget(), before);
        QVERIFY(window_->entities()->machinePage()->currentMachine().isEmpty());
        QTreeView* list = search->popupView();
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(),
                 QStringLiteral("Nothing found for 'no-such-machine-anywhere'"));
        QVERIFY(!(list->model()->index(0, 0).flags() & Qt::ItemIsSelectable));
        QTest::keyClick(list, Qt::Key_Return); // the message is not a hit: still nothing opens
        QCOMPARE(stack()->currentWidget(), before);
    }

    void ctrlKFindsMachinesAndIndicators()
    {
        Indicator indicator;
        indicator.type = IndicatorType::DomainName;
        indicator.value = "finance-dropper.example.net";
        indicator.action = Action::Block;
        indicator.title = "Finance dropper C2";
        indicator.description = "test";
        QCOMPARE(window_->controller()->saveIndicator(indicator, 0, {}), QString());
        const auto id = window_->controller()->store().findId(indicator.type, indicator.value, {});
        QVERIFY(id);

        // Enter takes the best hit: the machine whose name was typed in full.
        SearchField* search = typeInSearch(QStringLiteral("test-hostname"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(stack()->currentWidget(), window_->entities()->machinePage());
        QCOMPARE(window_->entities()->machinePage()->currentMachine(), QStringLiteral("test-hostname"));
        QVERIFY(search->hits().first().kind == SearchHitKind::Machine);

        // A word of an indicator's title selects that indicator on the Indicators page.
        search = typeInSearch(QStringLiteral("dropper c2"));
        QTRY_VERIFY(search->popupView()->isVisible());
        QTRY_VERIFY(!search->isBusy());
        QVERIFY(rowOf(search->popupView(), QStringLiteral("Indicator"), QStringLiteral("finance-dropper.example.net"))
                >= 0);
        QTest::keyClick(search->popupView(), Qt::Key_Return);
        QTRY_COMPARE(stack()->currentWidget(), window_->indicatorsPage());
        QCOMPARE(window_->indicatorsPage()->currentTabPage()->selectedIds(), QList<std::int64_t>{*id});
    }

    // Issue 18, defect 5: names were cut while a short last column took the spare width.
    void namesTakeTheSpareWidthNotTheLastColumn()
    {
        window_->resize(1400, 900);
        QVERIFY(window_->entities()->openFile(kCmdMd5));
        FilePage* page = window_->entities()->filePage();
        page->findChild<QTabWidget*>(QStringLiteral("fileTabs"))->setCurrentIndex(1);
        auto* machines = page->findChild<QTableWidget*>(QStringLiteral("fileMachines"));
        QTRY_VERIFY(machines->isVisible());
        QVERIFY(machines->rowCount() > 0);
        const int last = machines->columnCount() - 1;
        QVERIFY2(machines->columnWidth(last) <= contentWidth(machines, last),
                 qPrintable(QStringLiteral("last column %1 px, contents %2 px")
                                .arg(machines->columnWidth(last))
                                .arg(contentWidth(machines, last))));
        QVERIFY(machines->columnWidth(0) >= contentWidth(machines, 0) - 12);
        QVERIFY(machines->columnWidth(0) > machines->columnWidth(last));
    }

    void microsoftSignedFilesAreRefused()
    {
        QVERIFY(window_->entities()->openFile(kSechostMd5));
        FilePage* page = window_->entities()->filePage();
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("fileBlock")), Qt::LeftButton);
        QCOMPARE(prompts_.size(), 1);
        QVERIFY(prompts_.first().contains(QStringLiteral("does not allow blocking Microsoft-signed files")));
        QVERIFY(!page->pane()->isOpen());
        // Allow is fine, and opens at the Action step.
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("fileAllow")), Qt::LeftButton);
        QVERIFY(page->pane()->isOpen());
        QCOMPARE(page->pane()->currentStep(), int(IndicatorPane::ActionStepIndex));
    }

    void indicatorRowAndMachinePivots()
    {
        Indicator indicator;
        indicator.type = IndicatorType::FileSha1;
        indicator.value = kMsMpEngSha1.toStdString();
        indicator.action = Action::Audit;
        indicator.generateAlert = true;
        indicator.title = "MsMpEng";
        indicator.description = "test";
        QCOMPARE(window_->controller()->saveIndicator(indicator, 0, {}), QString());
        IndicatorsPage* indicators = window_->indicatorsPage();
        const auto id = window_->controller()->store().findId(indicator.type, indicator.value, {});
        QVERIFY(id);
        QVERIFY(indicators->showIndicator(*id));
        window_->findChild<QAction*>(QStringLiteral("actionOpenFilePage"))->trigger();
        FilePage* page = window_->entities()->filePage();
        QCOMPARE(stack()->currentWidget(), page);
        QCOMPARE(page->profile().sha256, kMsMpEngSha256);

        auto* machines = page->findChild<QTableWidget*>(QStringLiteral("fileMachines"));
        emit machines->cellDoubleClicked(0, 0);
        MachinePage* machine = window_->entities()->machinePage();
        QCOMPARE(stack()->currentWidget(), machine);
        QCOMPARE(machine->currentMachine(), QStringLiteral("test-hostname"));
        QVERIFY(machine->profile().events.size() >= 3); // the three MsMpEng rows match the Audit indicator
        QVERIFY(machine->profile().files.contains(kMsMpEngSha256));
        window_->entities()->goBack();
        QCOMPARE(stack()->currentWidget(), page);
    }

    void previewEventPivotsToMachineAndFile()
    {
        Indicator indicator;
        indicator.type = IndicatorType::FileSha1;
        indicator.value = kMsMpEngSha1.toStdString();
        indicator.action = Action::Block;
        indicator.title = "MsMpEng";
        indicator.description = "test";
        QCOMPARE(window_->controller()->saveIndicator(indicator, 0, {}), QString());
        PreviewPage* preview = window_->previewPage();
        window_->showPage(MainWindow::PreviewPageIndex);
        QSignalSpy finished(preview, &PreviewPage::finished);
        preview->run();
        QVERIFY(finished.wait(60000));
        auto* events = preview->findChild<QTableView*>(QStringLiteral("previewEvents"));
        QVERIFY(events->model()->rowCount() >= 3);
        // Double-click on the Machine column: the machine page.
        emit events->doubleClicked(events->model()->index(0, 1));
        QCOMPARE(stack()->currentWidget(), window_->entities()->machinePage());
        QCOMPARE(window_->entities()->machinePage()->currentMachine(), QStringLiteral("test-hostname"));
        // The event's "Open file page" (its deciding indicator is a file hash).
        window_->entities()->goBack();
        QCOMPARE(stack()->currentWidget(), preview);
        emit preview->openFile(kMsMpEngSha1);
        QCOMPARE(window_->entities()->filePage()->profile().sha256, kMsMpEngSha256);
    }

    void localFileAndMouseBackButton()
    {
        // "Open local file...": hashes computed locally, the page opens on the SHA-256 and
        // knows the SHA-1 and MD5 too (the empty file: well-known digests).
        const QString path = profile_.filePath(QStringLiteral("empty.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        seams::openFile = [path](QWidget*, const QString&, const QString&) { return path; };
        window_->findChild<QAction*>(QStringLiteral("actionOpenLocalFile"))->trigger();
        FilePage* page = window_->entities()->filePage();
        QCOMPARE(stack()->currentWidget(), page);
        QCOMPARE(page->profile().sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(page->profile().sha1, QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
        QCOMPARE(page->profile().md5, QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"));

        // The mouse's back button over any widget of the window goes back.
        QWidget* target = page->findChild<QTableWidget*>(QStringLiteral("fileEvents"))->viewport();
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), target->mapToGlobal(QPointF(5, 5)),
                          Qt::BackButton, Qt::BackButton, Qt::NoModifier);
        QApplication::sendEvent(target, &press);
        QCOMPARE(stack()->currentWidget(), window_->indicatorsPage());
        QVERIFY(window_->findChild<QAction*>(QStringLiteral("actionForward"))->isEnabled());
    }

private:
    QStackedWidget* stack() const { return window_->findChild<QStackedWidget*>(); }

    SearchField* typeInSearch(const QString& text)
    {
        QTest::keyClick(window_.get(), Qt::Key_K, Qt::ControlModifier);
        SearchField* search = window_->entities()->searchBox();
        if (!search->hasFocus())
            return search;
        QTest::keyClicks(search, text);
        return search;
    }

    static QString listText(QTreeView* list)
    {
        QStringList rows;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            rows << list->model()->index(row, 0).data().toString() + u' ' + list->model()->index(row, 1).data().toString();
        return rows.join(QStringLiteral("; "));
    }

    static int rowOf(QTreeView* list, const QString& kind, const QString& text)
    {
        for (int row = 0; row < list->model()->rowCount(); ++row)
            if (list->model()->index(row, 0).data().toString() == kind
                && list->model()->index(row, 1).data().toString().compare(text, Qt::CaseInsensitive) == 0)
                return row;
        return -1;
    }

    // The widest cell or header of `column`, with room for the cell margins.
    static int contentWidth(QTableWidget* table, int column)
    {
        int widest = table->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < table->rowCount(); ++row)
            widest = std::max(widest, table->fontMetrics().horizontalAdvance(table->item(row, column)->text()) + 24);
        return widest;
    }

    static void saveThroughPane(IndicatorPane* pane)
    {
        auto* error = pane->findChild<QLabel*>(QStringLiteral("paneError"));
        while (pane->currentStep() < IndicatorPane::SummaryStepIndex) {
            auto* next = pane->findChild<QPushButton*>(QStringLiteral("paneNext"));
            QVERIFY2(next->isEnabled(), qPrintable(QStringLiteral("step %1 incomplete").arg(pane->currentStep())));
            QTest::mouseClick(next, Qt::LeftButton);
        }
        auto* save = pane->findChild<QPushButton*>(QStringLiteral("paneSave"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(!pane->isOpen(), qPrintable(error->text()));
    }

    QTemporaryDir profile_;
    std::unique_ptr<SettingsRegistry> settings_;
    std::unique_ptr<MainWindow> window_;
    QStringList prompts_;
    int n_ = 0;
};

QTEST_MAIN(TestFilePage)
#include "test_file_page.moc"
