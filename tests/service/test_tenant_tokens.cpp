// indicia-tenant's token endpoints as Entra ID answers them (issue #17, 1): the AAD v1
// endpoint (resource=...) that Microsoft's own Python sample uses, beside v2 (scope=...),
// and errors in AAD's shape with the real AADSTS codes.

#include "tenant_fixture.h"

#include <QtTest>

using namespace tenant_test;

namespace {

using Fields = QList<QPair<QString, QString>>;

Fields v1(const QString& resource, const QString& id = QStringLiteral("admin"), const QString& secret = QStringLiteral("admin-secret"))
{
    return {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}, {QStringLiteral("client_id"), id},
            {QStringLiteral("client_secret"), secret}, {QStringLiteral("resource"), resource}};
}

Fields v2(const QString& scope, const QString& id = QStringLiteral("admin"), const QString& secret = QStringLiteral("admin-secret"))
{
    return {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}, {QStringLiteral("client_id"), id},
            {QStringLiteral("client_secret"), secret}, {QStringLiteral("scope"), scope}};
}

const QString kV1 = QStringLiteral("/contoso/oauth2/token");
const QString kV2 = QStringLiteral("/contoso/oauth2/v2.0/token");

// AAD's error body: error, "AADSTSn: ..." description, error_codes [n], timestamp, ids.
void checkAadError(const Reply& reply, int status, const std::string& error, int code)
{
    QCOMPARE(reply.status, status);
    const json body = reply.parsed();
    QCOMPARE(body.value("error", ""), error);
    const std::string description = body.value("error_description", "");
    QVERIFY2(description.starts_with("AADSTS" + std::to_string(code) + ": "), description.c_str());
    QCOMPARE(body["error_codes"], json::array({code}));
    for (const char* field : {"timestamp", "trace_id", "correlation_id"})
        QVERIFY2(body.contains(field) && body[field].is_string() && !body[field].get<std::string>().empty(), field);
}

} // namespace

class TestTenantTokens : public QObject {
    Q_OBJECT
    Tenant tenant_;

private slots:
    void initTestCase()
    {
        QVERIFY2(tenant_.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--tenant"), QStringLiteral("contoso")}),
                 qPrintable(tenant_.error));
    }

    void v1TokenForEveryDefenderResource_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::newRow("securitycenter") << QStringLiteral("https://api.securitycenter.microsoft.com");
        QTest::newRow("security") << QStringLiteral("https://api.security.microsoft.com");
        QTest::newRow("windows 2019") << QStringLiteral("https://api.securitycenter.windows.com");
        QTest::newRow("trailing slash") << QStringLiteral("https://api.securitycenter.microsoft.com/");
    }

    void v1TokenForEveryDefenderResource()
    {
        QFETCH(QString, resource);
        const Reply reply = tenant_.tokenForm(kV1, v1(resource));
        QCOMPARE(reply.status, 200);
        const json body = reply.parsed();
        QCOMPARE(body.value("token_type", ""), std::string("Bearer"));
        // AAD v1 writes its numbers as strings.
        for (const char* field : {"expires_in", "ext_expires_in", "expires_on", "not_before"}) {
            QVERIFY2(body.contains(field) && body[field].is_string(), field);
            bool numeric = false;
            QString::fromStdString(body[field].get<std::string>()).toLongLong(&numeric);
            QVERIFY2(numeric, field);
        }
        QCOMPARE(body["expires_in"].get<std::string>(), std::string("3599"));
        QCOMPARE(body.value("resource", ""), resource.toStdString());
        const QByteArray token = QByteArray::fromStdString(body.value("access_token", ""));
        QCOMPARE(tenant_.http.get(tenant_.api(QStringLiteral("/indicators")), token).status, 200);
    }

    void v2TokenKeepsNumbers()
    {
        const Reply reply = tenant_.tokenForm(kV2, v2(QStringLiteral("https://api.security.microsoft.com/.default")));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.parsed()["expires_in"].is_number_integer());
        QVERIFY(reply.parsed()["ext_expires_in"].is_number_integer());
    }

    void errorsInAadShape()
    {
        const QString resource = QStringLiteral("https://api.securitycenter.microsoft.com");
        const QString scope = resource + QStringLiteral("/.default");
        checkAadError(tenant_.tokenForm(kV1, v1(resource, QStringLiteral("admin"), QStringLiteral("wrong"))), 401,
                      "invalid_client", 7000215);
        checkAadError(tenant_.tokenForm(kV2, v2(scope, QStringLiteral("admin"), QStringLiteral("wrong"))), 401,
                      "invalid_client", 7000215);
        checkAadError(tenant_.tokenForm(kV1, v1(resource, QStringLiteral("nobody"))), 400, "unauthorized_client", 700016);
        checkAadError(tenant_.tokenForm(kV2, v2(scope, QStringLiteral("nobody"))), 400, "unauthorized_client", 700016);
        checkAadError(tenant_.tokenForm(QStringLiteral("/fabrikam/oauth2/token"), v1(resource)), 400, "invalid_request", 90002);
        checkAadError(tenant_.tokenForm(QStringLiteral("/fabrikam/oauth2/v2.0/token"), v2(scope)), 400, "invalid_request", 90002);
        // v1 without a resource, v2 without a scope: AADSTS900144 names the parameter.
        const Reply noResource = tenant_.tokenForm(kV1, v2(scope));
        checkAadError(noResource, 400, "invalid_request", 900144);
        QVERIFY(noResource.parsed()["error_description"].get<std::string>().find("'resource'") != std::string::npos);
        checkAadError(tenant_.tokenForm(kV2, v1(resource)), 400, "invalid_request", 900144);
        checkAadError(tenant_.tokenForm(kV2, v2(resource + QStringLiteral("/Ti.ReadWrite"))), 400, "invalid_scope", 70011);
        checkAadError(tenant_.tokenForm(kV1, v1(QStringLiteral("https://graph.microsoft.com"))), 400, "invalid_resource", 500011);
        checkAadError(tenant_.tokenForm(kV2, v2(QStringLiteral("https://graph.microsoft.com/.default"))), 400, "invalid_scope", 70011);
        Fields password = v1(resource);
        password[0].second = QStringLiteral("password");
        checkAadError(tenant_.tokenForm(kV1, password), 400, "unsupported_grant_type", 70003);
    }
};

QTEST_GUILESS_MAIN(TestTenantTokens)
#include "test_tenant_tokens.moc"
