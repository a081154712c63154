// The connection settings on the Sync page, driven through their widgets: a known API host
// picks its sign-in host and scope, a typed URL goes to "Custom"; "Test connection" against
// a real indicia-tenant shows the three checks (token, indicator list, machine list) with
// the service's own words, and the settings tested are the ones the workspace keeps.

#include "../service/tenant_fixture.h"

#include "models/settings/settings_registry.h"
#include "models/store/workspace_store.h"
#include "models/sync/api_hosts.h"
#include "models/sync/secret_store.h"
#include "ui/main_window.h"
#include "ui/sync/connection_form.h"
#include "ui/sync/sync_page.h"
#include "ui/workspace_controller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

namespace {

template <typename T>
T* child(QWidget& root, const char* name)
{
    T* found = root.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no widget named %s", name);
    return found;
}

QString label(QWidget& root, const char* name) { return child<QLabel>(root, name)->text(); }

void pickHost(QWidget& root, const QString& url)
{
    auto* host = child<QComboBox>(root, "syncApiHost");
    const int row = host->findData(url);
    QVERIFY2(row >= 0, qPrintable(url));
    host->setCurrentIndex(row);
}

void typeUrl(QWidget& root, const QString& url)
{
    auto* edit = child<QLineEdit>(root, "syncServiceUrl");
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, url);
}

QString loginChoice(QWidget& root) { return child<QComboBox>(root, "syncLoginHost")->currentData().toString(); }

// The stable head of an OAuth error_description: its first sentence. AAD appends trace and
// correlation ids and a timestamp, which differ on every request.
QString firstSentence(const std::string& description)
{
    QString text = QString::fromStdString(description).trimmed();
    for (const QString& end : {QStringLiteral(". "), QStringLiteral("\n"), QStringLiteral("\r")})
        if (const qsizetype at = text.indexOf(end); at > 0)
            text.truncate(at);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

bool seedOneMachine(tenant_test::Tenant& tenant)
{
    const tenant_test::json seed = {
        {"machineGroups", {{{"id", "11"}, {"name", "Servers"}}}},
        {"machines",
         {{{"id", "0123456789abcdef0123456789abcdef01234567"}, {"computerDnsName", "web1"}, {"osPlatform", "Windows11"},
           {"rbacGroupName", "Servers"}, {"lastSeen", "2026-01-10T10:00:00Z"}}}}};
    const QByteArray token = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
    return tenant.http.post(tenant.api(QStringLiteral("/indicia/seed")), token, seed).status == 200;
}

} // namespace

class TestConnectionForm : public QObject {
    Q_OBJECT
private slots:
    void knownHostPicksSignInAndScope();
    void testConnectionShowsThreeChecks();
};

void TestConnectionForm::knownHostPicksSignInAndScope()
{
    ConnectionForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    // A new workspace starts on the default Microsoft host.
    QCOMPARE(child<QLineEdit>(form, "syncServiceUrl")->text(), QStringLiteral("https://api.security.microsoft.com"));
    QCOMPARE(loginChoice(form), QStringLiteral("https://login.microsoftonline.com"));

    pickHost(form, QStringLiteral("https://eu.api.security.microsoft.com"));
    QCOMPARE(child<QLineEdit>(form, "syncServiceUrl")->text(), QStringLiteral("https://eu.api.security.microsoft.com"));
    QCOMPARE(loginChoice(form), QStringLiteral("https://login.microsoftonline.com"));
    QCOMPARE(form.settings().scope, QStringLiteral("https://api.securitycenter.microsoft.com/.default"));
    QVERIFY(label(form, "syncConnectionHint").contains(QStringLiteral("https://api.securitycenter.microsoft.com/.default")));

    QTest::keyClicks(child<QLineEdit>(form, "syncTenant"), QStringLiteral("contoso"));
    pickHost(form, QStringLiteral("https://api-gov.securitycenter.microsoft.us"));
    QCOMPARE(loginChoice(form), QStringLiteral("https://login.microsoftonline.us"));
    QCOMPARE(form.settings().scope, QStringLiteral("https://api-gov.securitycenter.microsoft.us/.default"));
    QCOMPARE(form.settings().tokenUrl().toString(), QStringLiteral("https://login.microsoftonline.us/contoso/oauth2/v2.0/token"));
    QVERIFY(label(form, "syncConnectionHint").contains(QStringLiteral("https://login.microsoftonline.us/contoso/oauth2/v2.0/token")));
    QVERIFY(label(form, "syncConnectionHint").contains(QStringLiteral("https://api-gov.securitycenter.microsoft.us/.default")));

    pickHost(form, QStringLiteral("https://api-gcc.securitycenter.microsoft.us"));
    QCOMPARE(loginChoice(form), QStringLiteral("https://login.microsoftonline.com")); // GCC signs in on .com
    QCOMPARE(form.settings().scope, QStringLiteral("https://api-gcc.securitycenter.microsoft.us/.default"));

    // Typing a known host by hand (even bare) selects it; a loopback URL is indicia-tenant,
    // which serves its own token endpoint.
    typeUrl(form, QStringLiteral("uk.api.security.microsoft.com"));
    QCOMPARE(child<QComboBox>(form, "syncApiHost")->currentData().toString(), QStringLiteral("https://uk.api.security.microsoft.com"));
    QCOMPARE(form.settings().serviceUrl, QStringLiteral("https://uk.api.security.microsoft.com"));
    typeUrl(form, QStringLiteral("http://127.0.0.1:8443"));
    auto* host = child<QComboBox>(form, "syncApiHost");
    QCOMPARE(host->currentIndex(), host->count() - 1); // Custom URL
    QVERIFY(loginChoice(form).isEmpty());
    QCOMPARE(form.settings().tokenUrl().toString(), QStringLiteral("http://127.0.0.1:8443/contoso/oauth2/v2.0/token"));
    // Plain HTTP elsewhere is refused, and the form says so before anything is sent.
    typeUrl(form, QStringLiteral("http://mde.example.com"));
    QVERIFY(label(form, "syncConnectionHint").contains(QStringLiteral("Plain HTTP is refused")));

    // "Custom URL" picked from the list empties a Microsoft host from the field.
    pickHost(form, QStringLiteral("https://au.api.security.microsoft.com"));
    host->setCurrentIndex(host->count() - 1);
    QVERIFY(child<QLineEdit>(form, "syncServiceUrl")->text().isEmpty());
    QVERIFY(loginChoice(form).isEmpty());
}

void TestConnectionForm::testConnectionShowsThreeChecks()
{
    tenant_test::Tenant tenant;
    QVERIFY2(tenant.start(), qPrintable(tenant.error));
    QTemporaryDir dir;
    SettingsRegistry registry(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(registry);
    const QString workspace = dir.filePath(QStringLiteral("connect.indicia"));
    QVERIFY(window.openWorkspace(workspace));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto* page = child<SyncPage>(window, "syncPage");
    QVERIFY(page->isVisible());
    SyncOptions options;
    options.api.backoffMs = 20;
    page->setSyncOptions(options);
    page->setKeychain(std::make_unique<InMemorySecretStore>()); // CI has no Secret Service

    typeUrl(*page, tenant.base);
    QVERIFY(loginChoice(*page).isEmpty());
    QTest::keyClicks(child<QLineEdit>(*page, "syncTenant"), QStringLiteral("contoso"));
    QTest::keyClicks(child<QLineEdit>(*page, "syncClientId"), QStringLiteral("admin"));
    child<QCheckBox>(*page, "syncSessionOnly")->setChecked(true);
    auto* test = child<QPushButton>(*page, "syncTestConnection");

    // Wrong secret: the token fails with the service's own description; the rest is skipped.
    const tenant_test::Reply refusal = tenant.tokenRequest(QStringLiteral("admin"), QStringLiteral("wrong-secret"));
    const QString description = firstSentence(refusal.parsed().value("error_description", ""));
    QVERIFY(!description.isEmpty());
    QTest::keyClicks(child<QLineEdit>(*page, "syncSecret"), QStringLiteral("wrong-secret"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(label(*page, "syncConnectionStatus").contains(QStringLiteral("found a problem")));
    QVERIFY2(label(*page, "syncCheckToken").startsWith(QStringLiteral("Failed")), qPrintable(label(*page, "syncCheckToken")));
    QVERIFY2(label(*page, "syncCheckToken").contains(description), qPrintable(label(*page, "syncCheckToken")));
    QVERIFY(label(*page, "syncCheckToken").contains(QString::number(refusal.status)));
    QVERIFY(label(*page, "syncCheckIndicators").startsWith(QStringLiteral("Skipped")));
    QVERIFY(label(*page, "syncCheckMachines").startsWith(QStringLiteral("Skipped")));

    // Right secret, a tenant without machines: all pass, the machine list with a note.
    QTest::keyClicks(child<QLineEdit>(*page, "syncSecret"), QStringLiteral("admin-secret"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(label(*page, "syncConnectionStatus").startsWith(QStringLiteral("Connected")));
    QVERIFY(label(*page, "syncCheckToken").startsWith(QStringLiteral("OK")));
    QVERIFY(label(*page, "syncCheckIndicators").startsWith(QStringLiteral("OK (HTTP 200)")));
    QVERIFY2(label(*page, "syncCheckMachines").startsWith(QStringLiteral("OK (HTTP 404): no machines")),
             qPrintable(label(*page, "syncCheckMachines")));

    // With a machine the list answers 200; the remembered secret is used (field empty).
    QVERIFY(seedOneMachine(tenant));
    QVERIFY(child<QLineEdit>(*page, "syncSecret")->text().isEmpty());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE(label(*page, "syncCheckMachines"), QStringLiteral("OK (HTTP 200)"));
    QVERIFY(label(*page, "syncConnectionStatus").startsWith(QStringLiteral("Connected")));

    // What was tested is what the workspace keeps, and the form shows it again on reopening.
    QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("other.indicia"))));
    QCOMPARE(child<QLineEdit>(*page, "syncServiceUrl")->text(), QStringLiteral("https://api.security.microsoft.com"));
    QVERIFY(window.openWorkspace(workspace));
    QCOMPARE(child<QLineEdit>(*page, "syncServiceUrl")->text(), tenant.base);
    QCOMPARE(child<QLineEdit>(*page, "syncTenant")->text(), QStringLiteral("contoso"));
    QCOMPARE(child<QLineEdit>(*page, "syncClientId")->text(), QStringLiteral("admin"));
    QVERIFY(loginChoice(*page).isEmpty());
}

QTEST_MAIN(TestConnectionForm)
#include "test_connection_form.moc"
