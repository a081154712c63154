// indicia-tenant's gatekeeping over raw HTTP: the token flow, expired and missing tokens,
// server-side RBAC for analysts and readers, the request log (no secrets), 413 on an
// oversized body, unknown paths, and refusing a non-loopback address.

#include "tenant_fixture.h"

#include <QFile>
#include <QThread>
#include <QtTest>

using namespace tenant_test;

namespace {

QString idPath(const Tenant& tenant, const json& entity)
{
    return tenant.api(QStringLiteral("/indicators/")) + QString::fromStdString(entity["id"].get<std::string>());
}

} // namespace

class TestTenantAccess : public QObject {
    Q_OBJECT
    Tenant tenant_;
    QByteArray admin_;
    QByteArray analyst_;
    QByteArray reader_;

private slots:
    void initTestCase()
    {
        QVERIFY2(tenant_.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--request-log"),
                                tenant_.dir(QStringLiteral("requests.jsonl")), QStringLiteral("--max-body"),
                                QStringLiteral("100000")}),
                 qPrintable(tenant_.error));
        admin_ = tenant_.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        analyst_ = tenant_.token(QStringLiteral("analyst"), QStringLiteral("analyst-secret"));
        reader_ = tenant_.token(QStringLiteral("reader"), QStringLiteral("reader-secret"));
        QVERIFY(!admin_.isEmpty() && !analyst_.isEmpty() && !reader_.isEmpty());
    }

    void tokenFlow()
    {
        const Reply ok = tenant_.tokenRequest(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QCOMPARE(ok.status, 200);
        const json body = ok.parsed();
        QCOMPARE(body["token_type"].get<std::string>(), std::string("Bearer"));
        QCOMPARE(body["expires_in"].get<int>(), 3599);
        QVERIFY(body["access_token"].get<std::string>().size() >= 40);

        const Reply badSecret = tenant_.tokenRequest(QStringLiteral("admin"), QStringLiteral("wrong"));
        QCOMPARE(badSecret.status, 401);
        QCOMPARE(badSecret.parsed()["error"].get<std::string>(), std::string("invalid_client"));
        // An unknown application is AADSTS700016, unauthorized_client, 400 (Entra ID).
        QCOMPARE(tenant_.tokenRequest(QStringLiteral("nobody"), QStringLiteral("admin-secret")).status, 400);
        const Reply badGrant = tenant_.tokenRequest(QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("password"));
        QCOMPARE(badGrant.status, 400);
        QCOMPARE(badGrant.parsed()["error"].get<std::string>(), std::string("unsupported_grant_type"));
    }

    void apiNeedsAValidToken()
    {
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        const Reply none = tenant_.http.get(url, {});
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), std::string("Unauthorized"));
        QCOMPARE(tenant_.http.get(url, "not-a-token").status, 401);
        QCOMPARE(tenant_.http.get(url, admin_).status, 200);
    }

    void expiredTokenIsRefused()
    {
        Tenant shortLived;
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("1")}), qPrintable(shortLived.error));
        const Reply issued = shortLived.tokenRequest(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QCOMPARE(issued.parsed()["expires_in"].get<int>(), 1);
        const QByteArray token = QByteArray::fromStdString(issued.parsed()["access_token"].get<std::string>());
        QCOMPARE(shortLived.http.get(shortLived.api(QStringLiteral("/indicators")), token).status, 200);
        QThread::msleep(1300);
        QCOMPARE(shortLived.http.get(shortLived.api(QStringLiteral("/indicators")), token).status, 401);
    }

    void analystIsConfinedToItsGroups()
    {
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        const json inServers = tenant_.http.post(url, analyst_, indicator("20.0.0.1", "IpAddress", "Block", json::array({"Servers"}))).parsed();
        QVERIFY(inServers.contains("id"));
        const Reply outside = tenant_.http.post(url, analyst_, indicator("20.0.0.2", "IpAddress", "Block", json::array({"Servers", "DCs"})));
        QCOMPARE(outside.status, 403);
        QCOMPARE(outside.errorCode(), std::string("Forbidden"));
        QCOMPARE(tenant_.http.post(url, analyst_, indicator("20.0.0.3")).status, 403); // all devices

        const json dcs = tenant_.http.post(url, admin_, indicator("20.0.0.4", "IpAddress", "Block", json::array({"DCs"}))).parsed();
        const json everywhere = tenant_.http.post(url, admin_, indicator("20.0.0.5")).parsed();
        // The list shows the analyst its groups' indicators and all-devices ones, not DCs'.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("indicatorValue ge '20.0.0.' and indicatorValue lt '20.0.0.9'"));
        const json listed = tenant_.http.get(url + QLatin1Char('?') + query.toString(QUrl::FullyEncoded), analyst_).parsed();
        std::vector<std::string> values;
        for (const json& item : listed["value"])
            values.push_back(item["indicatorValue"].get<std::string>());
        std::sort(values.begin(), values.end());
        QCOMPARE(values, (std::vector<std::string>{"20.0.0.1", "20.0.0.5"}));
        QCOMPARE(tenant_.http.get(idPath(tenant_, dcs), analyst_).status, 404);
        QCOMPARE(tenant_.http.del(idPath(tenant_, dcs), analyst_).status, 403);
        QCOMPARE(tenant_.http.del(idPath(tenant_, everywhere), analyst_).status, 403);
        const QString batch = tenant_.api(QStringLiteral("/indicators/BatchDelete"));
        QCOMPARE(tenant_.http.post(batch, analyst_, {{"IndicatorIds", json::array({inServers["id"], dcs["id"]})}}).status, 403);
        QCOMPARE(tenant_.http.get(idPath(tenant_, inServers), analyst_).status, 200); // nothing deleted
        const json mixed = {{"Indicators", json::array({indicator("20.0.0.6", "IpAddress", "Block", json::array({"Laptops"})),
                                                        indicator("20.0.0.7", "IpAddress", "Block", json::array({"DCs"}))})}};
        QCOMPARE(tenant_.http.post(url + QStringLiteral("/import"), analyst_, mixed).status, 403);
        QCOMPARE(tenant_.http.del(idPath(tenant_, inServers), analyst_).status, 204);
    }

    void readerCannotWrite()
    {
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        const json entity = tenant_.http.post(url, admin_, indicator("21.0.0.1")).parsed();
        QCOMPARE(tenant_.http.get(url, reader_).status, 200);
        QCOMPARE(tenant_.http.get(idPath(tenant_, entity), reader_).status, 200);
        QCOMPARE(tenant_.http.post(url, reader_, indicator("21.0.0.2")).status, 403);
        QCOMPARE(tenant_.http.post(url + QStringLiteral("/import"), reader_, {{"Indicators", json::array({indicator("21.0.0.3")})}}).status, 403);
        QCOMPARE(tenant_.http.post(url + QStringLiteral("/BatchDelete"), reader_, {{"IndicatorIds", json::array({entity["id"]})}}).status, 403);
        QCOMPARE(tenant_.http.del(idPath(tenant_, entity), reader_).status, 403);
    }

    void unknownPathIs404AndOversizedBodyIs413()
    {
        const Reply missing = tenant_.http.get(tenant_.base + QStringLiteral("/api/nothing-here"), admin_);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), std::string("NotFound"));
        const QByteArray big = "{\"indicatorValue\":\"" + QByteArray(200000, 'a') + "\"}";
        const Reply tooBig = tenant_.http.send("POST", tenant_.api(QStringLiteral("/indicators")), admin_, big);
        QCOMPARE(tooBig.status, 413);
    }

    void requestLogHasNoSecrets()
    {
        QFile log(tenant_.dir(QStringLiteral("requests.jsonl")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QVERIFY(lines.size() > 10);
        bool sawToken = false;
        for (const QByteArray& line : lines) {
            const json entry = json::parse(line.toStdString());
            QVERIFY(entry["method"].is_string() && entry["path"].is_string() && entry["status"].is_number());
            sawToken = sawToken || entry["path"].get<std::string>().ends_with("/oauth2/v2.0/token");
        }
        QVERIFY(sawToken);
        for (const QByteArray& secret : {QByteArray("admin-secret"), QByteArray("analyst-secret"), admin_, analyst_, reader_,
                                         QByteArray("Bearer"), QByteArray("Authorization")})
            QVERIFY2(!text.contains(secret), secret.constData());
    }

    void nonLoopbackAddressIsRefused()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(tenantBinary(), {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--data"),
                                       dir.path(), QStringLiteral("--client"), QStringLiteral("a:b:admin")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardError().contains("--allow-remote"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenantAccess)
#include "test_tenant_access.moc"
