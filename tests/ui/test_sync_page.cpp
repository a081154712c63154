// The Sync page against a real indicia-tenant: settings typed in, secret kept for the session
// only (no keychain on CI), Sync now, pending goes to 0 and the lists refresh; a conflict
// appears in the list and the conflict dialog resolves it field by field.

#include "../service/tenant_fixture.h"

#include "models/settings/settings_registry.h"
#include "models/store/workspace_store.h"
#include "models/sync/secret_store.h"
#include "models/sync/sync_ledger.h"
#include "ui/main_window.h"
#include "ui/sync/conflict_dialog.h"
#include "ui/sync/sync_page.h"
#include "ui/workspace_controller.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;
using tenant_test::publicIp;

namespace {

Indicator ip(int n, const std::string& title)
{
    Indicator indicator;
    indicator.type = IndicatorType::IpAddress;
    indicator.value = publicIp(n);
    indicator.action = Action::Block;
    indicator.title = title;
    indicator.description = "sync page test";
    return indicator;
}

template <typename T>
T* child(QWidget& root, const char* name)
{
    return root.findChild<T*>(QLatin1String(name));
}

} // namespace

class TestSyncPage : public QObject {
    Q_OBJECT
private slots:
    void syncNowEmptiesPendingAndResolvesAConflict();
    void conflictsAgreeWithTheSummaryAndHoldTheirEdits();
};

void TestSyncPage::syncNowEmptiesPendingAndResolvesAConflict()
{
    tenant_test::Tenant tenant;
    QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QStringLiteral("30")}), qPrintable(tenant.error));
    QTemporaryDir dir;
    SettingsRegistry settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("sync.indicia"))));
    WorkspaceStore& store = window.controller()->store();
    for (int n = 1; n <= 3; ++n)
        QVERIFY(store.upsert(ip(n, "from the page")).ok());
    window.controller()->refresh();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto* page = child<SyncPage>(window, "syncPage");
    QVERIFY(page && page->isVisible());
    SyncOptions options;
    options.api.rateScale = 30;
    options.api.backoffMs = 20;
    page->setSyncOptions(options);
    page->setKeychain(std::make_unique<InMemorySecretStore>()); // CI has no Secret Service
    QTRY_VERIFY(child<QLabel>(*page, "syncPendingCount")->text().contains(QStringLiteral("3")));

    child<QLineEdit>(*page, "syncServiceUrl")->clear(); // a new workspace shows the default Microsoft host
    QTest::keyClicks(child<QLineEdit>(*page, "syncServiceUrl"), tenant.base);
    QTest::keyClicks(child<QLineEdit>(*page, "syncTenant"), QStringLiteral("contoso"));
    QTest::keyClicks(child<QLineEdit>(*page, "syncClientId"), QStringLiteral("admin"));
    QTest::keyClicks(child<QLineEdit>(*page, "syncSecret"), QStringLiteral("admin-secret"));
    child<QCheckBox>(*page, "syncSessionOnly")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(*page, "syncTestConnection"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(*page, "syncConnectionStatus")->text().startsWith(QStringLiteral("Connected")));

    QSignalSpy finished(page, &SyncPage::syncFinished);
    QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(child<QLabel>(*page, "syncPendingCount")->text(), QStringLiteral("Pending changes: 0"));
    QVERIFY(child<QLabel>(*page, "syncLastResult")->text().contains(QStringLiteral("Pushed: 3")));
    QVERIFY(store.setting(QStringLiteral("sync.last")).toLongLong() > 0);
    // The secret field was emptied and the secret never reached the workspace.
    QVERIFY(child<QLineEdit>(*page, "syncSecret")->text().isEmpty());
    {
        QSqlQuery settingsRows(store.database());
        QVERIFY(settingsRows.exec(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%admin-secret%'")));
        QVERIFY(settingsRows.next() && settingsRows.value(0).toInt() == 0);
    }

    // Both sides change indicator 1: a conflict in the list, resolved through the dialog.
    nlohmann::json theirs = tenant_test::indicator(publicIp(1));
    theirs["title"] = "theirs";
    theirs["description"] = "sync page test";
    theirs["severity"] = "High";
    QCOMPARE(tenant.http.post(tenant.api(QStringLiteral("/indicators")), tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret")), theirs).status, 200);
    const qint64 id = *store.findId(IndicatorType::IpAddress, publicIp(1), {});
    QVERIFY(window.controller()->saveIndicator(ip(1, "mine"), id, {}).isEmpty());
    QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton); // secret remembered
    QVERIFY(finished.wait(20000));
    auto* conflicts = child<QListWidget>(*page, "syncConflicts");
    QCOMPARE(conflicts->count(), 1);
    emit conflicts->itemActivated(conflicts->item(0));
    auto* dialog = page->findChild<ConflictDialog*>(QStringLiteral("conflictDialog"));
    QVERIFY(dialog);
    // My title, their severity.
    QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("conflictTheirs_title"))->isChecked());
    dialog->findChild<QRadioButton*>(QStringLiteral("conflictTheirs_severity"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("conflictMerge")), Qt::LeftButton);
    QTRY_COMPARE(conflicts->count(), 0);
    const auto merged = store.get(id);
    QCOMPARE(merged->indicator.title, std::string("mine"));
    QVERIFY(merged->indicator.severity == Severity::High);
    QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(child<QLabel>(*page, "syncPendingCount")->text(), QStringLiteral("Pending changes: 0"));
}

// Issue #18: a second sync said "0 conflicts" while the list showed one; an edit made to a
// row in conflict counted as pending (it can never be sent before the conflict is resolved)
// and left the conflicts list; the conflict dialog showed booleans as true/false.
void TestSyncPage::conflictsAgreeWithTheSummaryAndHoldTheirEdits()
{
    tenant_test::Tenant tenant;
    QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QStringLiteral("30")}), qPrintable(tenant.error));
    QTemporaryDir dir;
    SettingsRegistry settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("held.indicia"))));
    WorkspaceStore& store = window.controller()->store();
    for (int n = 1; n <= 2; ++n)
        QVERIFY(store.upsert(ip(n, "from the page")).ok());
    window.controller()->refresh();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto* page = child<SyncPage>(window, "syncPage");
    QVERIFY(page && page->isVisible());
    SyncOptions options;
    options.api.rateScale = 30;
    options.api.backoffMs = 20;
    page->setSyncOptions(options);
    page->setKeychain(std::make_unique<InMemorySecretStore>());
    child<QLineEdit>(*page, "syncServiceUrl")->clear();
    QTest::keyClicks(child<QLineEdit>(*page, "syncServiceUrl"), tenant.base);
    QTest::keyClicks(child<QLineEdit>(*page, "syncTenant"), QStringLiteral("contoso"));
    QTest::keyClicks(child<QLineEdit>(*page, "syncClientId"), QStringLiteral("admin"));
    QTest::keyClicks(child<QLineEdit>(*page, "syncSecret"), QStringLiteral("admin-secret"));
    child<QCheckBox>(*page, "syncSessionOnly")->setChecked(true);
    QSignalSpy finished(page, &SyncPage::syncFinished);
    QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    auto* pending = child<QLabel>(*page, "syncPendingCount");
    auto* summary = child<QLabel>(*page, "syncLastResult");
    QTRY_COMPARE(pending->text(), QStringLiteral("Pending changes: 0"));
    QVERIFY2(summary->text().contains(QStringLiteral("No conflicts.")), qPrintable(summary->text()));

    nlohmann::json theirs = tenant_test::indicator(publicIp(1));
    theirs["title"] = "theirs";
    theirs["description"] = "sync page test";
    theirs["generateAlert"] = true;
    QCOMPARE(tenant.http.post(tenant.api(QStringLiteral("/indicators")),
                              tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret")), theirs).status, 200);
    const qint64 id = *store.findId(IndicatorType::IpAddress, publicIp(1), {});
    QVERIFY(window.controller()->saveIndicator(ip(1, "mine"), id, {}).isEmpty());
    QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    auto* conflicts = child<QListWidget>(*page, "syncConflicts");
    auto* heading = child<QLabel>(*page, "syncConflictsHeading");
    QCOMPARE(conflicts->count(), 1);
    QVERIFY2(summary->text().endsWith(QStringLiteral("1 conflict(s) to resolve.")), qPrintable(summary->text()));
    QVERIFY(heading->text().startsWith(QStringLiteral("Conflicts: 1 ")));

    // Synced again, unresolved: the summary still names the conflict the list shows.
    QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(conflicts->count(), 1);
    QVERIFY2(summary->text().endsWith(QStringLiteral("1 conflict(s) to resolve.")), qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QStringLiteral("0 conflicts")));

    // Edited again while in conflict: held by the conflict, not pending, still listed.
    QVERIFY(window.controller()->saveIndicator(ip(1, "mine again"), id, {}).isEmpty());
    page->refreshLists();
    QTRY_COMPARE(pending->text(), QStringLiteral("Pending changes: 0 (and 1 edit(s) held by a conflict)"));
    QCOMPARE(conflicts->count(), 1);
    QVERIFY(conflicts->item(0)->text().contains(QStringLiteral("Edited here since the conflict")));
    QVERIFY(heading->text().startsWith(QStringLiteral("Conflicts: 1 ")));
    QCOMPARE(SyncLedger(store).counts().conflicts, std::int64_t(1));

    // The dialog shows the alert as the list does: Yes/No.
    emit conflicts->itemActivated(conflicts->item(0));
    auto* dialog = page->findChild<ConflictDialog*>(QStringLiteral("conflictDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QRadioButton*>(QStringLiteral("conflictMine_generateAlert"))->text(), QStringLiteral("No"));
    QCOMPARE(dialog->findChild<QRadioButton*>(QStringLiteral("conflictTheirs_generateAlert"))->text(), QStringLiteral("Yes"));
    QCOMPARE(dialog->findChild<QRadioButton*>(QStringLiteral("conflictMine_title"))->text(), QStringLiteral("mine again"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("conflictKeepMine")), Qt::LeftButton);
    QTRY_COMPARE(conflicts->count(), 0);
    QTRY_COMPARE(pending->text(), QStringLiteral("Pending changes: 1"));
    QCOMPARE(heading->text(), QStringLiteral("Conflicts: none."));
    QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(pending->text(), QStringLiteral("Pending changes: 0"));
    QVERIFY2(summary->text().endsWith(QStringLiteral("No conflicts.")), qPrintable(summary->text()));
}

QTEST_MAIN(TestSyncPage)
#include "test_sync_page.moc"
