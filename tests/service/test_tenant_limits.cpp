// indicia-tenant's limits and extras over raw HTTP: per-client rate limits with 429 and
// Retry-After (windows shortened with --time-scale), the fault-injection flags the sync
// client's tests rely on, and machines / machine groups / files from a seed.

#include "tenant_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QtTest>

using namespace tenant_test;

namespace {

const json kSeed = {
    {"machineGroups", json::array({{{"id", "11"}, {"name", "Servers"}, {"rank", 1}}, {{"id", "12"}, {"name", "DCs"}, {"rank", 2}}})},
    {"machines", json::array({
        {{"id", std::string(40, 'a')}, {"computerDnsName", "web1.contoso.local"}, {"osPlatform", "Windows11"},
         {"rbacGroupName", "Servers"}, {"healthStatus", "Active"}, {"lastSeen", "2026-01-10T10:00:00Z"}, {"machineTags", {"web"}}},
        {{"id", std::string(40, 'b')}, {"computerDnsName", "dc1.contoso.local"}, {"osPlatform", "WindowsServer2022"},
         {"rbacGroupName", "DCs"}, {"healthStatus", "Inactive"}},
        {{"id", std::string(40, 'c')}, {"computerDnsName", "web2.contoso.local"}, {"osPlatform", "Windows11"},
         {"rbacGroupName", "Servers"}, {"healthStatus", "Active"}},
    })},
    {"files", json::array({{{"sha1", std::string(40, '1')}, {"sha256", std::string(64, '2')}, {"size", 1024},
                            {"isPeFile", true}, {"machineIds", {std::string(40, 'a'), std::string(40, 'b')}}}})},
};

} // namespace

class TestTenantLimits : public QObject {
    Q_OBJECT

private slots:
    void rateLimitAnswers429WithRetryAfter()
    {
        Tenant tenant;
        // A minute becomes 3 s: long enough that 100 quick requests all fall inside it.
        QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QStringLiteral("20")}), qPrintable(tenant.error));
        const QByteArray admin = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        const QByteArray reader = tenant.token(QStringLiteral("reader"), QStringLiteral("reader-secret"));
        const QString url = tenant.api(QStringLiteral("/indicators?$top=1"));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(tenant.http.get(url, admin).status, 200);
        const Reply limited = tenant.http.get(url, admin);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), std::string("TooManyRequests"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 3, limited.header("Retry-After").constData());
        QCOMPARE(tenant.http.get(url, admin).status, 429);  // early retries keep failing
        QCOMPARE(tenant.http.get(url, reader).status, 200); // per client
        QThread::msleep(static_cast<unsigned long>(retryAfter) * 1000 + 100);
        QCOMPARE(tenant.http.get(url, admin).status, 200);

        // Import has its own 30 per minute.
        const QString import = tenant.api(QStringLiteral("/indicators/import"));
        for (int i = 0; i < 30; ++i)
            QCOMPARE(tenant.http.post(import, admin, {{"Indicators", json::array({indicator(publicIp(i))})}}).status, 200);
        const Reply importLimited = tenant.http.post(import, admin, {{"Indicators", json::array({indicator(publicIp(99))})}});
        QCOMPARE(importLimited.status, 429);
        QVERIFY(!importLimited.header("Retry-After").isEmpty());
    }

    void failEveryAndDelay()
    {
        Tenant tenant;
        QVERIFY2(tenant.start({QStringLiteral("--fail-every"), QStringLiteral("3"), QStringLiteral("--delay-ms"),
                               QStringLiteral("150")}),
                 qPrintable(tenant.error));
        const QByteArray admin = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        const QString url = tenant.api(QStringLiteral("/indicators"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(tenant.http.get(url, admin).status, 200);
        QVERIFY(timer.elapsed() >= 150);
        QCOMPARE(tenant.http.get(url, admin).status, 200);
        // The third fails before doing anything: the submit is not applied.
        const Reply failed = tenant.http.post(url, admin, indicator("30.0.0.1"));
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.errorCode(), std::string("InternalServerError"));
        QCOMPARE(tenant.http.get(url, admin).parsed()["value"].size(), std::size_t(0));
    }

    void malformedEveryCutsTheReplyAfterDoingTheWork()
    {
        Tenant tenant;
        QVERIFY2(tenant.start({QStringLiteral("--malformed-every"), QStringLiteral("2")}), qPrintable(tenant.error));
        const QByteArray admin = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        const QString url = tenant.api(QStringLiteral("/indicators"));
        QCOMPARE(tenant.http.get(url, admin).status, 200);
        const Reply cut = tenant.http.post(url, admin, indicator("30.0.0.2"));
        QCOMPARE(cut.status, 200);
        QVERIFY(cut.parsed().is_discarded());
        const json listed = tenant.http.get(url, admin).parsed();
        QCOMPARE(listed["value"].size(), std::size_t(1)); // the submit was applied
    }

    void machinesGroupsAndFilesFromASeed()
    {
        Tenant tenant;
        QTemporaryDir dir;
        QFile seed(dir.filePath(QStringLiteral("seed.json")));
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write(QByteArray::fromStdString(kSeed.dump()));
        seed.close();
        QVERIFY2(tenant.start({QStringLiteral("--seed"), seed.fileName()}), qPrintable(tenant.error));
        const QByteArray admin = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        const QByteArray analyst = tenant.token(QStringLiteral("analyst"), QStringLiteral("analyst-secret"));

        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/machines")), admin).parsed()["value"].size(), std::size_t(3));
        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/machines")), analyst).parsed()["value"].size(), std::size_t(2));
        const json page = tenant.http.get(tenant.api(QStringLiteral("/machines?$top=1&$filter=osPlatform%20eq%20'Windows11'")), admin).parsed();
        QCOMPARE(page["value"].size(), std::size_t(1));
        QVERIFY(page["@odata.nextLink"].get<std::string>().find("%24skip=1") != std::string::npos
                || page["@odata.nextLink"].get<std::string>().find("$skip=1") != std::string::npos);
        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/machines?$filter=machineTags%20eq%20'web'")), admin).parsed()["value"].size(),
                 std::size_t(1));
        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/machines?$filter=nope%20eq%201")), admin).errorCode(), std::string("ODataError"));
        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/machines/")) + QString(40, QLatin1Char('b')), analyst).status, 404);

        const json groups = tenant.http.get(tenant.api(QStringLiteral("/machinegroups")), admin).parsed()["value"];
        QCOMPARE(groups.size(), std::size_t(2));
        QCOMPARE(groups[0]["name"].get<std::string>(), std::string("DCs"));
        QCOMPARE(groups[0]["id"].get<std::string>(), std::string("12"));

        const Reply bySha256 = tenant.http.get(tenant.api(QStringLiteral("/files/")) + QString(64, QLatin1Char('2')), admin);
        QCOMPARE(bySha256.status, 200);
        QCOMPARE(bySha256.parsed()["size"].get<int>(), 1024);
        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/files/")) + QString(40, QLatin1Char('9')), admin).status, 404);
        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/files/xyz")), admin).errorCode(), std::string("InvalidHashValue"));
        const QString machinesOfFile = tenant.api(QStringLiteral("/files/")) + QString(40, QLatin1Char('1')) + QStringLiteral("/machines");
        QCOMPARE(tenant.http.get(machinesOfFile, admin).parsed()["value"].size(), std::size_t(2));
        QCOMPARE(tenant.http.get(machinesOfFile, analyst).parsed()["value"].size(), std::size_t(1));
        const QString unknownFile = tenant.api(QStringLiteral("/files/")) + QString(40, QLatin1Char('9')) + QStringLiteral("/machines");
        QCOMPARE(tenant.http.get(unknownFile, admin).status, 200);

        // Group ids show on indicators scoped to known groups.
        const json entity = tenant.http.post(tenant.api(QStringLiteral("/indicators")), admin,
                                             indicator("31.0.0.1", "IpAddress", "Block", json::array({"Servers"}))).parsed();
        QCOMPARE(entity["rbacGroupIds"], json::array({"11"}));

        const QString seedUrl = tenant.api(QStringLiteral("/indicia/seed"));
        const json more = {{"machines", json::array({{{"id", std::string(40, 'd')}, {"rbacGroupName", "DCs"}}})}};
        QCOMPARE(tenant.http.post(seedUrl, analyst, more).status, 403);
        QCOMPARE(tenant.http.post(seedUrl, admin, more).status, 200);
        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/machines")), admin).parsed()["value"].size(), std::size_t(4));
    }

    void noMachinesIs404()
    {
        Tenant tenant;
        QVERIFY2(tenant.start(), qPrintable(tenant.error));
        const QByteArray admin = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/machines")), admin).status, 404);
        QCOMPARE(tenant.http.get(tenant.api(QStringLiteral("/machinegroups")), admin).parsed()["value"].size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestTenantLimits)
#include "test_tenant_limits.moc"
