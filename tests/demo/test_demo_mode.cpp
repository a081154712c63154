// Demo mode in the real window: an in-process tenant with a small demo organisation, the
// DemoController signing in as each persona (one workspace each, built over HTTP), the
// Demo menu, the colleague's change, Sync from the page with in-memory persona secrets,
// and the Training panel's Check and Reset driven through its buttons.

#include "demo_fixture.h"

#include "models/entities/file_service_lookup.h"
#include "models/list/indicator_table_model.h"
#include "models/settings/settings_registry.h"
#include "models/store/workspace_store.h"
#include "ui/demo/demo_controller.h"
#include "ui/demo/training_panel.h"
#include "ui/dialog_seams.h"
#include "ui/entities/entity_navigator.h"
#include "ui/entities/file_page.h"
#include "ui/indicator_tab.h"
#include "ui/indicators_page.h"
#include "ui/main_actions.h"
#include "ui/main_window.h"
#include "ui/preview/preview_page.h"
#include "ui/sync/sync_page.h"
#include "ui/workspace_controller.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace indicia;

class TestDemoMode : public QObject {
    Q_OBJECT

    testing::DemoFixture fixture_;
    std::unique_ptr<SettingsRegistry> settings_;
    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<DemoController> demo_;

    bool signInAndWait(const QString& persona)
    {
        QSignalSpy signedIn(demo_.get(), &DemoController::signedIn);
        QSignalSpy failed(demo_.get(), &DemoController::failed);
        demo_->signIn(persona);
        if (signedIn.isEmpty() && !signedIn.wait(60000))
            return false;
        return failed.isEmpty() && demo_->currentPersona() == persona;
    }

    // Persona switches with unsynced work ask (issue 18): the suite goes ahead.
    static void answerYes()
    {
        seams::question = [](QWidget*, const QString&, const QString&, QMessageBox::StandardButtons) {
            return QMessageBox::Yes;
        };
        seams::warning = seams::question; // refusals come as warnings
    }

    template <typename T>
    T* child(const char* name)
    {
        return window_->findChild<T*>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        answerYes();
        const QString error = fixture_.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        settings_ = std::make_unique<SettingsRegistry>(fixture_.dir.filePath(QStringLiteral("profile.ini")));
        window_ = std::make_unique<MainWindow>(*settings_);
        window_->show();
        DemoLaunch launch{fixture_.tenant->baseUrl(), fixture_.tenant->demoDir(),
                          fixture_.dir.filePath(QStringLiteral("work")), QStringLiteral("soc-analyst")};
        demo_ = std::make_unique<DemoController>(*window_, launch);
        QSignalSpy signedIn(demo_.get(), &DemoController::signedIn);
        const QString started = demo_->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(signedIn.wait(60000));
    }

    void analystSeesTheirScopeAndTheDemoTelemetry()
    {
        WorkspaceController& controller = *window_->controller();
        QCOMPARE(controller.session().user, QStringLiteral("demo-analyst"));
        QVERIFY(controller.rights().canWrite);
        QVERIFY(!controller.rights().mayTargetAllDevices);
        QVERIFY(controller.model(TabKind::FileHashes)->rowCount() > 0);
        // The organisation as the service shows the analyst's client: its own device groups
        // and their machines only (the first sync brought them; nothing came from the seed).
        QCOMPARE(controller.store().stats().deviceGroups, 2);
        const std::int64_t machines = controller.store().stats().machines;
        QVERIFY(machines > 0 && machines < 520);
        QVERIFY(child<QLabel>("demoBadge")->text().contains(fixture_.data->persona(QStringLiteral("soc-analyst"))->displayName));
        QCOMPARE(window_->previewPage()->telemetryFiles().size(), fixture_.data->telemetryFiles().size());
        QVERIFY(child<QMenu>("menuDemo"));
        QVERIFY(demo_->trainingPanel()->exerciseCount() >= 5);
    }

    void refusalNamesThePersonWithAWarning()
    {
        // Issue 18 (13): editing an all-devices indicator as the Finance/HR analyst is refused
        // with a warning (not a question mark) that names the person, not the account id.
        WorkspaceController& controller = *window_->controller();
        std::int64_t allDevices = 0;
        controller.store().forEachActive(IndicatorType::FileSha256, [&](const IndicatorRecord& record) {
            if (allDevices == 0 && record.indicator.rbacGroups.empty())
                allDevices = record.id;
        });
        QVERIFY(allDevices != 0);
        IndicatorsPage* page = window_->indicatorsPage();
        page->tabs()->setCurrentIndex(int(TabKind::FileHashes));
        IndicatorTableModel* model = controller.model(TabKind::FileHashes);
        QTRY_VERIFY(model->rowOfId(allDevices) >= 0);
        page->tab(TabKind::FileHashes)->view()->selectRow(model->rowOfId(allDevices));

        QString warned, asked;
        seams::warning = [&](QWidget*, const QString&, const QString& text, QMessageBox::StandardButtons) {
            warned = text;
            return QMessageBox::Ok;
        };
        seams::question = [&](QWidget*, const QString&, const QString& text, QMessageBox::StandardButtons) {
            asked = text;
            return QMessageBox::Ok;
        };
        child<QAction>("actionEdit")->trigger();
        const QString person = fixture_.data->persona(QStringLiteral("soc-analyst"))->displayName;
        QVERIFY2(warned.contains(person), qPrintable(warned));
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
        answerYes();
    }

    void auditorIsReadOnlyAndSwitchingBackKeepsTheAnalystsWork()
    {
        WorkspaceController& controller = *window_->controller();
        Indicator mine;
        mine.type = IndicatorType::DomainName;
        mine.value = "analyst-note.example";
        mine.action = Action::Block;
        mine.title = "Analyst";
        mine.description = "kept across persona switches";
        mine.rbacGroups = {"Finance"};
        QCOMPARE(controller.saveIndicator(mine, 0, {}), QString());

        // Issue 18 (11): leaving with unsynced changes asks first, naming them; No stays.
        QString prompt;
        auto answer = QMessageBox::No;
        seams::question = [&](QWidget*, const QString&, const QString& text, QMessageBox::StandardButtons) {
            prompt = text;
            return answer;
        };
        seams::warning = seams::question; // refusals come as warnings
        child<QAction>("actionPersona-auditor")->trigger();
        QVERIFY2(prompt.contains(QStringLiteral("analyst-note.example")), qPrintable(prompt));
        QCOMPARE(demo_->currentPersona(), QStringLiteral("soc-analyst"));
        QVERIFY(child<QAction>("actionPersona-soc-analyst")->isChecked());
        // Quitting the demo would discard them: that asks too.
        prompt.clear();
        QVERIFY(!window_->confirmQuit());
        QVERIFY2(prompt.contains(QStringLiteral("discards")), qPrintable(prompt));

        answer = QMessageBox::Yes;
        child<QAction>("actionPersona-auditor")->trigger();
        QVERIFY(QTest::qWaitFor([&] { return demo_->currentPersona() == QStringLiteral("auditor"); }, 60000));
        QVERIFY(!controller.rights().canWrite);
        QVERIFY(!window_->actions()->addIndicator->isEnabled());
        QVERIFY(child<QAction>("actionPersona-auditor")->isChecked());
        // A read-only session pulls, and the workspace remembers when (not an edit).
        QVERIFY(!controller.store().setting(QStringLiteral("sync.last")).isEmpty());

        QVERIFY(signInAndWait(QStringLiteral("soc-analyst")));
        QVERIFY(controller.store().findId(IndicatorType::DomainName, "analyst-note.example", {"Finance"}));
        answerYes();
    }

    void colleagueChangeThenSyncFromThePage()
    {
        QVERIFY(signInAndWait(QStringLiteral("global-admin")));
        QSignalSpy done(demo_.get(), &DemoController::colleagueDone);
        child<QAction>("actionColleagueChange")->trigger();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toString(), QString());

        // The page finds the persona's secret in the demo's in-memory store: no typing.
        QSignalSpy synced(window_->syncPage(), &SyncPage::syncFinished);
        window_->showPage(MainWindow::SyncPageIndex);
        QTest::mouseClick(child<QPushButton>("syncNow"), Qt::LeftButton);
        QVERIFY(synced.wait(60000));
        const auto report = synced.first().first().value<SyncReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
    }

    void trainingCheckAndResetThroughThePanel()
    {
        QVERIFY(signInAndWait(QStringLiteral("global-admin")));
        TrainingPanel* panel = demo_->trainingPanel();
        panel->selectExercise(3); // "Why is it allowed?"
        QCOMPARE(panel->currentExercise().id(), QStringLiteral("shadowed-block"));
        auto* result = panel->findChild<QTextBrowser*>(QStringLiteral("trainingResult"));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("trainingCheck")), Qt::LeftButton);
        QVERIFY(!panel->lastResult().passed);

        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("trainingHint")), Qt::LeftButton);
        QVERIFY(panel->findChild<QTextBrowser*>(QStringLiteral("trainingHints"))->toPlainText().contains(QStringLiteral("1.")));

        WorkspaceController& controller = *window_->controller();
        const auto& shadowed = fixture_.data->scenario().shadowedBlock;
        const auto allow = demo::findActive(controller.store(), shadowed.allow.type, shadowed.allow.value);
        QVERIFY(allow);
        QCOMPARE(controller.removeIndicators({allow->id}), QString());
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("trainingCheck")), Qt::LeftButton);
        QVERIFY2(panel->lastResult().passed, qPrintable(result->toPlainText()));
        QVERIFY(result->toPlainText().contains(QStringLiteral("Passed")));

        seams::question = [](QWidget*, const QString&, const QString&, QMessageBox::StandardButtons) {
            return QMessageBox::Reset;
        };
        seams::warning = seams::question; // refusals come as warnings
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("trainingReset")), Qt::LeftButton);
        answerYes();
        QVERIFY(demo::findActive(controller.store(), shadowed.allow.type, shadowed.allow.value));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("trainingCheck")), Qt::LeftButton);
        QVERIFY(!panel->lastResult().passed);
    }

    // #18.5: the dropper's first hint quotes its SHA-256. Showing it must not widen the
    // dock (it did, to fit the hash on one line) nor push text out of sight.
    void trainingHintWrapsWithinThePanel()
    {
        TrainingPanel* panel = demo_->trainingPanel();
        for (int i = 0; i < panel->exerciseCount() && panel->currentExercise().id() != u"dropper"; ++i)
            panel->selectExercise(i);
        QCOMPARE(panel->currentExercise().id(), QStringLiteral("dropper"));
        panel->show();
        QApplication::processEvents();
        const int widthBefore = panel->width();
        auto* hints = panel->findChild<QTextBrowser*>(QStringLiteral("trainingHints"));
        QVERIFY(hints);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("trainingHint")), Qt::LeftButton);
        QVERIFY(hints->toPlainText().contains(fixture_.data->scenario().dropper.sha256));
        QTest::qWait(50); // let the main window lay out the dock again
        QApplication::processEvents();
        QCOMPARE(panel->width(), widthBefore);
        auto* scroll = qobject_cast<QScrollArea*>(panel->widget());
        QVERIFY(scroll);
        QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("body %1 > viewport %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY(hints->height() >= hints->heightForWidth(hints->width())); // every line shows
        QVERIFY(hints->document()->idealWidth() <= hints->viewport()->width());
        if (const QString dir = qEnvironmentVariable("INDICIA_SHOT_DIR"); !dir.isEmpty())
            window_->grab().save(dir + QStringLiteral("/wizard-training-hint.png"));
    }

    void filePageShowsTheDropperFromTelemetryAndTheService()
    {
        QVERIFY(signInAndWait(QStringLiteral("soc-analyst")));
        FileServiceLookup* lookup = window_->entities()->serviceLookup();
        QVERIFY(QTest::qWaitFor([lookup] { return lookup->isConnected(); }, 20000));
        QSignalSpy found(lookup, &FileServiceLookup::found);
        const auto& dropper = fixture_.data->scenario().dropper;
        QVERIFY(window_->entities()->openFile(dropper.sha256));
        QVERIFY(found.wait(20000));
        QCOMPARE(found.first().first().toString(), dropper.sha256);
        QVERIFY(window_->entities()->filePage()->isVisible());
    }

    void cleanupTestCase()
    {
        seams::reset();
        demo_.reset();
        window_.reset();
    }
};

QTEST_MAIN(TestDemoMode)
#include "test_demo_mode.moc"
