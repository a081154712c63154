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

QTEST_MAIN(TestSyncPage)
#include "test_sync_page.moc"
