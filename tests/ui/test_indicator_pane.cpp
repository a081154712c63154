// The side-pane wizard in the real main window (offscreen): what the analyst sees on each
// step. Issue #18: known-good on step 1, no state carried between wizards, an edit's
// summary with before -> after, readable categories, unknown MITRE ids, long text wrapped.

#include "models/settings/settings_registry.h"
#include "models/store/workspace_store.h"
#include "ui/dialog_seams.h"
#include "ui/indicator_tab.h"
#include "ui/indicators_page.h"
#include "ui/main_actions.h"
#include "ui/main_window.h"
#include "ui/pane/indicator_pane.h"
#include "ui/workspace_controller.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace indicia;

namespace {
// With INDICIA_SHOT_DIR set (e.g. under xvfb-run), saves the window for review.
void shot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("INDICIA_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(250); // the pane slides in
    widget->window()->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
}

const QString kEmptySha256 = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

class TestIndicatorPane : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(profile_.isValid());
        settings_ = std::make_unique<SettingsRegistry>(profile_.filePath(QStringLiteral("settings-%1.ini").arg(++n_)));
        window_ = std::make_unique<MainWindow>(*settings_);
        QVERIFY(window_->openWorkspace(profile_.filePath(QStringLiteral("ws-%1.indicia").arg(n_))));
        window_->resize(1200, 800);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        seams::question = [](QWidget*, const QString&, const QString&, QMessageBox::StandardButtons) {
            return QMessageBox::Yes;
        };
        seams::warning = seams::question; // refusals come as warnings
        seams::textInput = [](QWidget*, const QString&, const QString&, bool* accepted) {
            *accepted = true;
            return QStringLiteral("a test");
        };
    }

    void cleanup()
    {
        window_.reset();
        seams::reset();
    }

    // #18.6: the empty file's hash is flagged as it is typed, and named.
    void knownGoodShowsWhereTheValueIsTyped()
    {
        window_->actions()->addIndicator->trigger();
        IndicatorPane* pane = this->pane();
        QCOMPARE(pane->currentStep(), int(IndicatorPane::IndicatorStepIndex));
        auto* value = pane->findChild<QLineEdit*>(QStringLiteral("paneValue"));
        auto* warning = pane->findChild<QTextBrowser*>(QStringLiteral("paneKnownGood"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisibleTo(pane));
        QTest::keyClicks(value, kEmptySha256.left(40));
        QVERIFY(!warning->isVisibleTo(pane));
        QTest::keyClicks(value, kEmptySha256.mid(40));
        QVERIFY(warning->isVisibleTo(pane));
        QVERIFY2(warning->toPlainText().contains(QStringLiteral("SHA-256 of an empty file")), qPrintable(warning->toPlainText()));
        const QString feedback = pane->findChild<QLabel*>(QStringLiteral("paneValueFeedback"))->text();
        QVERIFY2(!feedback.contains(QStringLiteral("✓")), qPrintable(feedback));
        shot(pane, "wizard-step1-known-good");
        // Still a valid value: the analyst may go on (and is asked for a reason on save).
        QVERIFY(pane->findChild<QPushButton*>(QStringLiteral("paneNext"))->isEnabled());
        value->setText(QString(64, u'c'));
        QVERIFY(!warning->isVisibleTo(pane));
    }

    // #18.7: the history comment of one wizard does not reappear in the next, whoever is
    // signed in; nor does the title suggested by a file hashed in an earlier wizard.
    void eachWizardStartsClean()
    {
        window_->actions()->addIndicator->trigger();
        fillValueAndAction(QString(64, u'a'), QStringLiteral("First"));
        goToSummary();
        auto* comment = pane()->findChild<QLineEdit*>(QStringLiteral("paneComment"));
        QTest::keyClicks(comment, QStringLiteral("Ticket 4711"));
        QTest::keyClick(pane(), Qt::Key_Escape);
        QVERIFY(!pane()->isVisible());

        window_->controller()->setSession({QStringLiteral("sam"), StoreRole::SecOps, {QStringLiteral("Finance")}, {}});
        window_->actions()->addIndicator->trigger();
        QCOMPARE(comment->text(), QString());

        QTemporaryDir files;
        QFile file(files.filePath(QStringLiteral("invoice.exe")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("MZ not really");
        file.close();
        seams::openFile = [&](QWidget*, const QString&, const QString&) { return file.fileName(); };
        QTest::mouseClick(pane()->findChild<QPushButton*>(QStringLiteral("paneChooseFile")), Qt::LeftButton);
        pane()->next();
        QCOMPARE(pane()->findChild<QLineEdit*>(QStringLiteral("paneTitle"))->text(), QStringLiteral("invoice.exe"));
        QTest::keyClick(pane(), Qt::Key_Escape);

        window_->actions()->addIndicator->trigger();
        pane()->findChild<QLineEdit*>(QStringLiteral("paneValue"))->setText(QString(64, u'd'));
        pane()->next();
        QCOMPARE(pane()->findChild<QLineEdit*>(QStringLiteral("paneTitle"))->text(), QString());
    }

    // #18.7: an edit's summary lists every field, and what changed as before -> after.
    void editSummaryShowsEveryFieldWithBeforeAndAfter()
    {
        Indicator ind;
        ind.type = IndicatorType::FileSha256;
        ind.value = std::string(64, 'e');
        ind.action = Action::Audit;
        ind.generateAlert = true;
        ind.severity = Severity::Medium;
        ind.title = "Dropper";
        ind.description = "Seen in report 42";
        ind.category = "CommandandControl";
        QVERIFY(window_->controller()->store().upsert(ind).ok());
        window_->controller()->refresh();
        IndicatorTab* files = window_->indicatorsPage()->tab(TabKind::FileHashes);
        files->view()->selectRow(0);
        window_->actions()->editIndicator->trigger();
        QCOMPARE(pane()->currentStep(), int(IndicatorPane::ActionStepIndex));
        auto* action = pane()->findChild<QComboBox*>(QStringLiteral("paneAction"));
        action->setCurrentIndex(action->findData(int(Action::Block)));
        auto* severity = pane()->findChild<QComboBox*>(QStringLiteral("paneSeverity"));
        severity->setCurrentIndex(severity->findData(int(Severity::High)));
        goToSummary();
        const QString summary = pane()->findChild<QTextBrowser*>(QStringLiteral("paneSummary"))->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("Audit → Block")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Medium → High")), qPrintable(summary));
        // Unchanged and empty fields are listed too.
        for (const QString& label : {QStringLiteral("Title"), QStringLiteral("Description"), QStringLiteral("Category"),
                                     QStringLiteral("MITRE techniques"), QStringLiteral("Recommended actions"),
                                     QStringLiteral("Educate URL"), QStringLiteral("Scope"), QStringLiteral("Expires")})
            QVERIFY2(summary.contains(label), qPrintable(label));
        QVERIFY(summary.contains(QStringLiteral("Dropper")));
        QVERIFY(summary.contains(QStringLiteral("Command and control")));
        QVERIFY(!summary.contains(QStringLiteral("Dropper →")));
        QVERIFY(summary.contains(QStringLiteral("(none)")));
        shot(pane(), "wizard-edit-summary-before-after");
    }

    // #18.13: categories read as words in the wizard; the wire name is what is stored.
    void categoryShowsItsReadableName()
    {
        window_->actions()->addIndicator->trigger();
        fillValueAndAction(QString(64, u'f'), QStringLiteral("C2 beacon"));
        auto* category = pane()->findChild<QComboBox*>(QStringLiteral("paneCategory"));
        QVERIFY(category->findText(QStringLiteral("CommandandControl")) < 0);
        const int index = category->findText(QStringLiteral("Command and control"));
        QVERIFY(index > 0);
        category->setCurrentIndex(index);
        goToSummary();
        QVERIFY(pane()->findChild<QTextBrowser*>(QStringLiteral("paneSummary"))->toPlainText().contains(
            QStringLiteral("Command and control")));
        QTest::mouseClick(pane()->findChild<QPushButton*>(QStringLiteral("paneSave")), Qt::LeftButton);
        QVERIFY(!pane()->isVisible());
        const auto id = window_->controller()->store().findId(IndicatorType::FileSha256, std::string(64, 'f'), {});
        QVERIFY(id);
        QCOMPARE(window_->controller()->store().get(*id)->indicator.category, std::string("CommandandControl"));
    }

    // #18.13: a well-formed but unknown technique is a warning, on its step and the summary.
    void unknownMitreTechniqueWarns()
    {
        window_->actions()->addIndicator->trigger();
        fillValueAndAction(QString(64, u'9'), QStringLiteral("Loader"));
        auto* mitre = pane()->findChild<QLineEdit*>(QStringLiteral("paneMitre"));
        QTest::keyClicks(mitre, QStringLiteral("T1059, T9999"));
        const QString hint = pane()->findChild<QLabel*>(QStringLiteral("paneActionHint"))->text();
        QVERIFY2(hint.contains(QStringLiteral("\"T9999\"")) && !hint.contains(QStringLiteral("\"T1059\"")), qPrintable(hint));
        QVERIFY(pane()->findChild<QPushButton*>(QStringLiteral("paneNext"))->isEnabled()); // a warning, not an error
        goToSummary();
        const QString warnings = pane()->findChild<QTextBrowser*>(QStringLiteral("paneWarnings"))->toPlainText();
        QVERIFY2(warnings.contains(QStringLiteral("T9999")), qPrintable(warnings));
        shot(pane(), "wizard-summary-unknown-mitre");
    }

    // #18.5: a known-good hash and a long URL in the summary wrap inside the pane.
    void longValuesAndWarningsWrapInTheSummary()
    {
        window_->actions()->addIndicator->trigger();
        fillValueAndAction(kEmptySha256, QStringLiteral("Empty"));
        goToSummary();
        auto* warnings = pane()->findChild<QTextBrowser*>(QStringLiteral("paneWarnings"));
        QVERIFY(warnings->toPlainText().contains(kEmptySha256));
        auto* summary = pane()->findChild<QWidget*>(QStringLiteral("paneSummary"));
        QScrollArea* scroll = nullptr;
        for (QWidget* w = summary; w && !scroll; w = w->parentWidget())
            scroll = qobject_cast<QScrollArea*>(w);
        QVERIFY(scroll);
        QApplication::processEvents();
        QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("step %1 > viewport %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
        for (auto* view : {warnings, pane()->findChild<QTextBrowser*>(QStringLiteral("paneSummary"))}) {
            QVERIFY(view->document()->idealWidth() <= view->viewport()->width());
            QVERIFY(view->height() >= view->heightForWidth(view->width())); // no line cut off below
        }
        shot(pane(), "wizard-summary-long-hash");
    }

private:
    IndicatorPane* pane() const { return window_->indicatorsPage()->pane(); }

    void fillValueAndAction(const QString& value, const QString& title)
    {
        pane()->findChild<QLineEdit*>(QStringLiteral("paneValue"))->setText(value);
        pane()->next();
        QCOMPARE(pane()->currentStep(), int(IndicatorPane::ActionStepIndex));
        pane()->findChild<QLineEdit*>(QStringLiteral("paneTitle"))->setText(title);
        pane()->findChild<QPlainTextEdit*>(QStringLiteral("paneDescription"))->setPlainText(QStringLiteral("Added by a test"));
    }

    void goToSummary()
    {
        while (pane()->currentStep() < IndicatorPane::SummaryStepIndex) {
            auto* next = pane()->findChild<QPushButton*>(QStringLiteral("paneNext"));
            QVERIFY2(next->isEnabled(), qPrintable(QStringLiteral("step %1 incomplete").arg(pane()->currentStep())));
            QTest::mouseClick(next, Qt::LeftButton);
        }
    }

    QTemporaryDir profile_;
    int n_ = 0;
    std::unique_ptr<SettingsRegistry> settings_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestIndicatorPane)
#include "test_indicator_pane.moc"
