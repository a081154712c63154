// The API hosts a connection can name (indicators-api.md §1.1): each known host brings its
// sign-in host and token scope, and the workspace keeps the choice.

#include "models/store/workspace_store.h"
#include "models/sync/api_hosts.h"
#include "models/sync/connection_settings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

class TestApiHosts : public QObject {
    Q_OBJECT
private slots:
    void everyDocumentedHostIsKnown()
    {
        for (const char* prefix : {"us", "eu", "uk", "au", "swa", "ina", "aea"}) {
            const QString url = QStringLiteral("https://%1.api.security.microsoft.com").arg(QLatin1String(prefix));
            QVERIFY2(ApiHosts::find(url).has_value(), qPrintable(url));
            QCOMPARE(ApiHosts::loginFor(url), QStringLiteral("https://login.microsoftonline.com"));
            QCOMPARE(ApiHosts::scopeFor(url), QStringLiteral("https://api.securitycenter.microsoft.com/.default"));
        }
        QCOMPARE(ApiHosts::known().first().url, QStringLiteral("https://api.security.microsoft.com"));
        QVERIFY(ApiHosts::find(QStringLiteral("https://api.securitycenter.microsoft.com/")).has_value());
        QCOMPARE(ApiHosts::loginFor(QStringLiteral("https://api-gcc.securitycenter.microsoft.us")),
                 QStringLiteral("https://login.microsoftonline.com"));
        QCOMPARE(ApiHosts::loginFor(QStringLiteral("https://api-gov.securitycenter.microsoft.us")),
                 QStringLiteral("https://login.microsoftonline.us"));
        QCOMPARE(ApiHosts::scopeFor(QStringLiteral("https://api-gov.securitycenter.microsoft.us")),
                 QStringLiteral("https://api-gov.securitycenter.microsoft.us/.default"));
    }

    void otherUrlsAreCustom()
    {
        // Plain http, another port or a path below the host is not Microsoft's API host.
        for (const char* url : {"http://api.security.microsoft.com", "https://api.security.microsoft.com:8443",
                                "https://api.security.microsoft.com/proxy", "http://127.0.0.1:8080", "https://mde.example.com"}) {
            QVERIFY2(!ApiHosts::find(QLatin1String(url)), url);
            QVERIFY(ApiHosts::loginFor(QLatin1String(url)).isEmpty());
            QCOMPARE(ApiHosts::scopeFor(QLatin1String(url)), QStringLiteral("https://api.securitycenter.microsoft.com/.default"));
        }
        QCOMPARE(ApiHosts::normalized(QStringLiteral(" EU.api.security.microsoft.com ")),
                 QStringLiteral("https://EU.api.security.microsoft.com"));
        QVERIFY(ApiHosts::find(QStringLiteral("EU.api.security.microsoft.com")).has_value());
    }

    void forServiceFillsSignInUnlessGiven()
    {
        const ConnectionSettings gov = ConnectionSettings::forService(QStringLiteral("api-gov.securitycenter.microsoft.us"));
        QCOMPARE(gov.serviceUrl, QStringLiteral("https://api-gov.securitycenter.microsoft.us"));
        QCOMPARE(gov.loginUrl, QStringLiteral("https://login.microsoftonline.us"));
        QCOMPARE(gov.scope, QStringLiteral("https://api-gov.securitycenter.microsoft.us/.default"));
        const ConnectionSettings local = ConnectionSettings::forService(QStringLiteral("http://127.0.0.1:9000"));
        QVERIFY(local.loginUrl.isEmpty()); // indicia-tenant serves its own token endpoint
        QCOMPARE(local.tokenUrl().toString(), QStringLiteral("http://127.0.0.1:9000/common/oauth2/v2.0/token"));
        const ConnectionSettings proxied = ConnectionSettings::forService(QStringLiteral("https://api.security.microsoft.com"),
                                                                          QStringLiteral("https://login.example.net"));
        QCOMPARE(proxied.loginUrl, QStringLiteral("https://login.example.net"));
    }

    void workspaceKeepsTheChoice()
    {
        QTemporaryDir dir;
        WorkspaceStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.indicia"))).ok());
        ConnectionSettings gov = ConnectionSettings::forService(QStringLiteral("https://api-gov.securitycenter.microsoft.us"));
        gov.tenant = QStringLiteral("contoso.onmicrosoft.us");
        gov.clientId = QStringLiteral("app");
        QVERIFY(gov.save(store));
        const ConnectionSettings loaded = ConnectionSettings::load(store);
        QCOMPARE(loaded.serviceUrl, gov.serviceUrl);
        QCOMPARE(loaded.loginUrl, QStringLiteral("https://login.microsoftonline.us"));
        QCOMPARE(loaded.scope, QStringLiteral("https://api-gov.securitycenter.microsoft.us/.default"));
        QCOMPARE(loaded.tenant, gov.tenant);
        QCOMPARE(loaded.clientId, gov.clientId);

        // A Microsoft host saved without a sign-in host (before there was one) gets its own:
        // Microsoft's API hosts serve no token endpoint.
        QVERIFY(store.setSetting(QStringLiteral("sync.url"), QStringLiteral("https://eu.api.security.microsoft.com")).ok());
        QVERIFY(store.setSetting(QStringLiteral("sync.login_url"), QString()).ok());
        QCOMPARE(ConnectionSettings::load(store).tokenUrl().toString(),
                 QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.us/oauth2/v2.0/token"));
    }
};

QTEST_GUILESS_MAIN(TestApiHosts)
#include "test_api_hosts.moc"
