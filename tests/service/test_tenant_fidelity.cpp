// indicia-tenant answering as the MDE service does where real public clients noticed it did
// not (issue #17, 2 and 7): path spellings, 405 with Allow, 204 without a Content-Type, one
// rate budget per API, the request log (client on every authenticated request, query
// string, no credentials), and messages that speak MDE, not Indicia.

#include "tenant_fixture.h"

#include <QFile>
#include <QtTest>

using namespace tenant_test;

namespace {

const json kSeed = {
    {"machineGroups", json::array({{{"id", "11"}, {"name", "Servers"}}})},
    {"machines", json::array({{{"id", std::string(40, 'a')}, {"computerDnsName", "web1"}, {"rbacGroupName", "Servers"}}})}};

json errorOf(const Reply& reply)
{
    const json body = reply.parsed();
    return body.is_object() && body.contains("error") ? body["error"] : json();
}

} // namespace

class TestTenantFidelity : public QObject {
    Q_OBJECT
    Tenant tenant_;
    QByteArray admin_;

private slots:
    void initTestCase()
    {
        QVERIFY2(tenant_.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--request-log"),
                                tenant_.dir(QStringLiteral("requests.jsonl"))}),
                 qPrintable(tenant_.error));
        admin_ = tenant_.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QVERIFY(!admin_.isEmpty());
        QVERIFY(tenant_.seed(admin_, kSeed));
    }

    void collectionPathsInAnySpelling_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("trailing slash") << QStringLiteral("/api/indicators/");
        QTest::newRow("capitalised") << QStringLiteral("/api/Indicators");
        QTest::newRow("versioned, upper, slash") << QStringLiteral("/api/v1.0/INDICATORS/");
        QTest::newRow("Api prefix") << QStringLiteral("/API/indicators");
        QTest::newRow("machines") << QStringLiteral("/api/Machines/");
        QTest::newRow("machine groups") << QStringLiteral("/api/MachineGroups");
        QTest::newRow("exposure score") << QStringLiteral("/api/exposurescore/bymachinegroups");
        QTest::newRow("exposure score, versioned") << QStringLiteral("/api/v1.0/exposureScore/ByMachineGroups/");
    }

    void collectionPathsInAnySpelling()
    {
        QFETCH(QString, path);
        const Reply reply = tenant_.http.get(tenant_.base + path, admin_);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.parsed()["value"].is_array());
    }

    void lookupsAndActionsInAnySpelling()
    {
        const json created = tenant_.http.post(tenant_.base + QStringLiteral("/api/Indicators/"), admin_, indicator("13.0.0.1")).parsed();
        const QString id = QString::fromStdString(created.value("id", ""));
        QVERIFY(!id.isEmpty());
        QCOMPARE(tenant_.http.get(tenant_.base + QStringLiteral("/api/INDICATORS/") + id, admin_).status, 200);
        const Reply imported = tenant_.http.post(tenant_.base + QStringLiteral("/api/indicators/Import"), admin_,
                                                 {{"Indicators", json::array({indicator("13.0.0.2")})}});
        QCOMPARE(imported.status, 200);
        QCOMPARE(tenant_.http.post(tenant_.base + QStringLiteral("/api/indicators/batchdelete/"), admin_,
                                   {{"IndicatorIds", json::array({id.toStdString()})}}).status,
                 204);
    }

    void wrongMethodIs405WithAllow()
    {
        const Reply put = tenant_.http.send("PUT", tenant_.api(QStringLiteral("/indicators")), admin_, "{}");
        QCOMPARE(put.status, 405);
        QCOMPARE(put.errorCode(), std::string("MethodNotAllowed"));
        QVERIFY(errorOf(put)["message"].is_string() && errorOf(put)["target"].is_string());
        const QList<QByteArray> allow = put.header("Allow").split(',');
        QCOMPARE(allow.size(), 2);
        QVERIFY(allow.contains("GET") && allow.contains(" POST"));

        const Reply getBatch = tenant_.http.get(tenant_.api(QStringLiteral("/indicators/BatchDelete")), admin_);
        QCOMPARE(getBatch.status, 405);
        QCOMPARE(getBatch.header("Allow"), QByteArray("POST"));
        const Reply deleteMachines = tenant_.http.del(tenant_.api(QStringLiteral("/machines")), admin_);
        QCOMPARE(deleteMachines.status, 405);
        QCOMPARE(deleteMachines.header("Allow"), QByteArray("GET"));
        const Reply getToken = tenant_.http.get(tenant_.base + QStringLiteral("/contoso/oauth2/v2.0/token"), {});
        QCOMPARE(getToken.status, 405);
        QCOMPARE(getToken.header("Allow"), QByteArray("POST"));

        const Reply unknown = tenant_.http.get(tenant_.api(QStringLiteral("/indicatorz")), admin_);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), std::string("NotFound"));
    }

    void noContentHasNoContentType()
    {
        const json created = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, indicator("13.0.0.3")).parsed();
        const Reply deleted = tenant_.http.del(tenant_.api(QStringLiteral("/indicators/")) + QString::fromStdString(created["id"]), admin_);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QVERIFY2(deleted.header("Content-Type").isEmpty(), deleted.header("Content-Type").constData());
    }

    void messagesSpeakMde()
    {
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        const Reply cidr = tenant_.http.post(url, admin_, indicator("12.0.0.0/8"));
        QCOMPARE(cidr.errorCode(), std::string("InvalidIpAddress"));
        const std::string cidrMessage = errorOf(cidr)["message"].get<std::string>();
        QVERIFY2(cidrMessage.find("IpRange") == std::string::npos && cidrMessage.find("IP range") == std::string::npos,
                 cidrMessage.c_str());

        const Reply badUrl = tenant_.http.post(url, admin_, indicator("https://exa..mple.com/path", "Url"));
        QCOMPARE(badUrl.errorCode(), std::string("InvalidUrl"));
        const std::string urlMessage = errorOf(badUrl)["message"].get<std::string>();
        QVERIFY2(urlMessage.find("not a valid URL") != std::string::npos, urlMessage.c_str());
    }

    void requestLogNamesTheClientAndTheQuery()
    {
        QCOMPARE(tenant_.http.get(tenant_.api(QStringLiteral("/no-such-thing?x=1")), admin_).status, 404);
        QCOMPARE(tenant_.http.get(tenant_.api(QStringLiteral("/indicators?$top=1")), admin_).status, 200);
        QCOMPARE(tenant_.http.get(tenant_.api(QStringLiteral("/indicators?client_secret=hunter2")), admin_).status, 200);
        QFile log(tenant_.dir(QStringLiteral("requests.jsonl")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(!text.contains("hunter2") && !text.contains("admin-secret") && !text.contains(admin_));
        bool sawMissing = false;
        bool sawQuery = false;
        for (const QByteArray& line : text.trimmed().split('\n')) {
            const json entry = json::parse(line.toStdString());
            const std::string path = entry["path"].get<std::string>();
            const json query = entry["query"];
            if (path == "/api/no-such-thing" && query == json("x=1")) {
                sawMissing = true;
                QCOMPARE(entry["status"].get<int>(), 404);
                QCOMPARE(entry["client"], json("admin"));
            }
            sawQuery = sawQuery || (path == "/api/indicators" && query == json("$top=1") && entry["client"] == json("admin"));
        }
        QVERIFY(sawMissing);
        QVERIFY(sawQuery);
    }

    void everyApiHasItsOwnRateBudget()
    {
        Tenant limited;
        // A minute becomes 12 s: long enough for 100 quick requests to fall inside one window.
        QVERIFY2(limited.start({QStringLiteral("--time-scale"), QStringLiteral("5")}), qPrintable(limited.error));
        const QByteArray admin = limited.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QVERIFY(limited.seed(admin, kSeed));
        const QString list = limited.api(QStringLiteral("/indicators?$top=1"));
        int ok = 0;
        while (ok < 100 && limited.http.get(list, admin).status == 200)
            ++ok;
        QCOMPARE(ok, 100);
        QCOMPARE(limited.http.get(list, admin).status, 429);
        // The list's budget is spent; every other API still answers.
        QCOMPARE(limited.http.get(limited.api(QStringLiteral("/machines")), admin).status, 200);
        QCOMPARE(limited.http.post(limited.api(QStringLiteral("/indicators")), admin, indicator("13.0.0.4")).status, 200);
        QCOMPARE(limited.http.get(limited.api(QStringLiteral("/exposureScore/ByMachineGroups")), admin).status, 200);
        QCOMPARE(limited.http.get(limited.api(QStringLiteral("/files/")) + QString(40, QLatin1Char('1')), admin).status, 404);
        QCOMPARE(limited.http.del(limited.api(QStringLiteral("/indicators/999999")), admin).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestTenantFidelity)
#include "test_tenant_fidelity.moc"
