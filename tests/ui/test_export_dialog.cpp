// The export dialog driven by object name: scopes (selected rows, current tab, everything),
// warnings for MDE (over 15,000, IP ranges), the save seam, formula neutralisation in the
// written file, and a round trip: export, then import into a fresh workspace through the
// import dialog, gives the same indicators.

#include "models/store/indicator_record.h"
#include "models/store/workspace_store.h"
#include "ui/dialog_seams.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/dialogs/import_dialog.h"
#include "ui/workspace_controller.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace indicia;

namespace {

Indicator indicator(IndicatorType type, std::string value, std::string title = "Exported by a test")
{
    Indicator i;
    i.type = type;
    i.value = std::move(value);
    i.action = Action::Block;
    i.title = std::move(title);
    i.description = "Created by the export dialog test";
    return i;
}

std::string hex64(int n) { return QByteArray::number(n, 16).rightJustified(64, 'a').toStdString(); }

// "type|value|scope|title" of every active indicator.
std::set<std::string> contentOf(const WorkspaceStore& store)
{
    std::set<std::string> rows;
    store.forEachActive(std::nullopt, [&rows](const IndicatorRecord& r) {
        const Indicator& i = r.indicator;
        rows.insert(std::string(toString(i.type)) + '|' + i.value + '|' + scopeKeyOf(i.rbacGroups) + '|' + i.title);
    });
    return rows;
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<WorkspaceController> controller_;
    QList<std::int64_t> fileIds_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    template <typename T>
    static T* child(QWidget* dialog, const char* name)
    {
        T* widget = dialog->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static void clickRadio(QWidget* dialog, const char* name)
    {
        auto* radio = child<QRadioButton>(dialog, name);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }
    void answerSaveWith(const QString& target)
    {
        seams::saveFile = [target](QWidget*, const QString&, const QString&, const QString&) { return target; };
    }
    QByteArray readAll(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the real user profile
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        static int n = 0;
        controller_ = std::make_unique<WorkspaceController>();
        QVERIFY(controller_->open(path(QStringLiteral("ws%1.indicia").arg(++n))).ok());
        WorkspaceStore& store = controller_->store();
        fileIds_.clear();
        for (int i = 1; i <= 3; ++i)
            fileIds_ << store.upsert(indicator(IndicatorType::FileSha256, hex64(i))).value().id;
        QVERIFY(store.upsert(indicator(IndicatorType::FileSha1, "e78d016da2a150dbba9f0031d772a753849efca5",
                                       "=cmd|' /C calc'!A0"))
                    .ok());
        QVERIFY(store.upsert(indicator(IndicatorType::DomainName, "malware.example.com")).ok());
        QVERIFY(store.upsert(indicator(IndicatorType::IpAddress, "192.175.48.1")).ok());
        controller_->refresh();
    }

    void cleanup()
    {
        controller_.reset();
        seams::reset();
    }

    void scopesOfferSelectionTabAndEverything()
    {
        ExportDialog dialog(*controller_, TabKind::FileHashes, {fileIds_[0], fileIds_[2]});
        auto* selected = child<QRadioButton>(&dialog, "exportScopeSelected");
        QVERIFY(selected->isChecked());
        QVERIFY(selected->text().contains(QStringLiteral("(2)")));
        QVERIFY(child<QRadioButton>(&dialog, "exportScopeCurrentTab")->text().contains(QStringLiteral("(4 active)")));
        QVERIFY(child<QRadioButton>(&dialog, "exportScopeEverything")->text().contains(QStringLiteral("(6 active)")));
        QCOMPARE(dialog.selection().ids.size(), 2);
        QVERIFY(!child<QLabel>(&dialog, "exportWarning")->isVisibleTo(&dialog));

        ExportDialog none(*controller_, TabKind::UrlsDomains, {});
        QVERIFY(!child<QRadioButton>(&none, "exportScopeSelected")->isEnabled());
        QVERIFY(child<QRadioButton>(&none, "exportScopeCurrentTab")->isChecked());
        QCOMPARE(none.selection().tab, std::optional<TabKind>(TabKind::UrlsDomains));
    }

    void exportsTheSelectedRowsThroughTheSeam()
    {
        ExportDialog dialog(*controller_, TabKind::FileHashes, {fileIds_[1]});
        dialog.show();
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        answerSaveWith(path(QStringLiteral("selected"))); // the suffix is added
        QTest::mouseClick(child<QPushButton>(&dialog, "exportRun"), Qt::LeftButton);
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).at(0).toString(), path(QStringLiteral("selected.csv")));
        QCOMPARE(exported.at(0).at(1).toLongLong(), 1);
        const QByteArray csv = readAll(path(QStringLiteral("selected.csv")));
        QCOMPARE(csv.count("\r\n"), 2);
        QVERIFY(csv.contains(QByteArray::fromStdString(hex64(2))));
        QVERIFY(child<QLabel>(&dialog, "exportSummary")->text().startsWith(QStringLiteral("Exported 1 indicators")));
    }

    void cancellingTheSaveSeamWritesNothing()
    {
        ExportDialog dialog(*controller_, TabKind::FileHashes, {});
        answerSaveWith(QString());
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportRun"), Qt::LeftButton);
        QCOMPARE(exported.size(), 0);
    }

    void formulasAreNeutralisedInTheFile()
    {
        ExportDialog dialog(*controller_, TabKind::FileHashes, {});
        const QString target = path(QStringLiteral("formula.csv"));
        answerSaveWith(target);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportRun"), Qt::LeftButton);
        const QByteArray csv = readAll(target);
        QVERIFY2(csv.contains(",'=cmd|' /C calc'!A0,"), csv.constData());
        QVERIFY(!csv.contains(",=cmd"));
    }

    void warnsAboutWhatMdeRefuses()
    {
        WorkspaceStore& store = controller_->store();
        QVERIFY(store.upsert(indicator(IndicatorType::IpRange, "192.175.48.0/24")).ok());
        QByteArray csv = "IndicatorType,IndicatorValue,Action,Title,Description\r\n";
        for (int n = 100; n < 100 + 15000; ++n)
            csv += "FileMd5," + QByteArray::number(n, 16).rightJustified(32, '0') + ",Block,Bulk,Bulk row\r\n";
        QFile bulk(path(QStringLiteral("bulk.csv")));
        QVERIFY(bulk.open(QIODevice::WriteOnly) && bulk.write(csv) == csv.size());
        bulk.close();
        QVERIFY(store.importFile(bulk.fileName(), {}).ok());

        ExportDialog dialog(*controller_, TabKind::IpAddresses, {});
        auto* warning = child<QLabel>(&dialog, "exportWarning");
        QVERIFY(warning->isVisibleTo(&dialog));
        QVERIFY(warning->text().contains(QStringLiteral("1 IP ranges will be left out")));
        QVERIFY(!warning->text().contains(QStringLiteral("15,000")));
        clickRadio(&dialog, "exportScopeEverything");
        QVERIFY2(warning->text().contains(QStringLiteral("at most 15,000 active indicators")), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(QStringLiteral("15,006")));
        QVERIFY(child<QPushButton>(&dialog, "exportRun")->isEnabled()); // a warning, not a refusal
    }

    void roundTripThroughAFreshWorkspace()
    {
        const QString target = path(QStringLiteral("round.csv"));
        ExportDialog exportDialog(*controller_, TabKind::FileHashes, {});
        clickRadio(&exportDialog, "exportScopeEverything");
        answerSaveWith(target);
        QTest::mouseClick(child<QPushButton>(&exportDialog, "exportRun"), Qt::LeftButton);
        QVERIFY(QFile::exists(target));

        WorkspaceController fresh;
        QVERIFY(fresh.open(path(QStringLiteral("fresh.indicia"))).ok());
        ImportDialog importDialog(fresh);
        importDialog.setFile(target);
        QVERIFY(QTest::qWaitFor([&] { return !importDialog.isBusy(); }, 30000));
        QTest::mouseClick(child<QPushButton>(&importDialog, "importRun"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !importDialog.isBusy(); }, 30000));

        // Exact, the formula title included: the reader removes the neutralising apostrophe.
        QCOMPARE(contentOf(fresh.store()).size(), std::size_t(6));
        QVERIFY(contentOf(fresh.store()) == contentOf(controller_->store()));
        QCOMPARE(fresh.undoStack()->count(), 1);
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
