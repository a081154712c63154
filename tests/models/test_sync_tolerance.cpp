// What the client accepts of the real service's replies and what it refuses (issue 17 §2.2):
// property casing, unknown extra members, legacy action names, "+00:00" offsets and 7-digit
// fractions, a numeric category, missing optional members; the machine list and the device
// groups of GET /api/exposureScore/ByMachineGroups (the documented example); who and when
// of pulled rows. Then whole syncs against a canned service: next-page links followed for
// machines and indicators, and a page that cannot be used changes nothing.

#include "engine/timeutil.h"
#include "models/store/workspace_store.h"
#include "models/sync/organisation_pull.h"
#include "models/sync/pull_planner.h"
#include "models/sync/reply_reading.h"
#include "models/sync/sync_engine.h"

#include "canned_server.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cctype>

using namespace indicia;
using nlohmann::json;

namespace {

std::int64_t unixAt(const char* iso) { return parseIsoTimestamp(iso)->time_since_epoch().count(); }

const char* kEntity = R"({)"
    R"("id": "995", "indicatorValue": "220e7d15b011d7fac48f2bd61114db1022197f7f",)"
    R"("indicatorType": "FileSha1", "action": "Audit", "generateAlert": true, "severity": "Informational",)"
    R"("title": "t", "description": "d", "recommendedActions": "r", "rbacGroupNames": ["Finance"],)"
    R"("expirationTime": "2027-12-12T00:00:00Z", "category": "Malware",)"
    R"("createdBy": "45097602-1234-5678-9abc-def012345678", "createdByDisplayName": "Contoso SOAR",)"
    R"("creationTimeDateTimeUtc": "2026-10-24T10:54:23.2009016Z",)"
    R"("lastUpdatedBy": "alice@contoso.com", "lastUpdateTime": "2026-11-02T08:00:00.1234567Z"})";

std::optional<RemoteIndicator> read(const json& entity)
{
    const auto page = reply::readIndicatorPage(json{{"value", json::array({entity})}});
    return page && page->indicators.size() == 1 ? std::optional<RemoteIndicator>(page->indicators[0]) : std::nullopt;
}

json pascal(const json& entity)
{
    json out = json::object();
    for (auto it = entity.begin(); it != entity.end(); ++it)
        out[std::string(1, char(std::toupper(it.key()[0]))) + it.key().substr(1)] = *it;
    return out;
}

QByteArray token() { return http(200, R"({"token_type":"Bearer","expires_in":3599,"access_token":"tok"})"); }

// The path and query of a raw request ("GET /api/machines?$top=2 HTTP/1.1" -> "/api/machines?$top=2").
QByteArray target(const QByteArray& request) { return request.split(' ').value(1); }

ConnectionSettings loopback(quint16 port, const QString& suffix = {})
{
    ConnectionSettings settings;
    settings.serviceUrl = QStringLiteral("http://127.0.0.1:%1").arg(port) + suffix;
    settings.tenant = QStringLiteral("contoso");
    settings.clientId = QStringLiteral("client");
    return settings;
}

json indicator(int n)
{
    return {{"id", std::to_string(100 + n)},
            {"indicatorValue", "198.51.100." + std::to_string(n)},
            {"indicatorType", "IpAddress"},
            {"action", "Block"},
            {"title", "t"},
            {"description", "d"},
            {"createdBy", "bob@contoso.com"},
            {"creationTimeDateTimeUtc", "2026-01-0" + std::to_string(n) + "T00:00:00Z"}};
}

SyncReport runSync(WorkspaceStore& store, quint16 port, int pageSize, const QString& suffix = {})
{
    SyncOptions options;
    options.pageSize = pageSize;
    options.api.maxAttempts = 2;
    options.api.backoffMs = 10;
    SyncEngine engine(store, loopback(port, suffix), QStringLiteral("secret"), options);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (!done.wait(20000))
        return {};
    return done.first().first().value<SyncReport>();
}

std::int64_t count(WorkspaceStore& store, const QString& table)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestSyncTolerance : public QObject {
    Q_OBJECT
private slots:
    void anEntityIsReadWhateverItsSpelling();
    void legacyActionsMapAndMakeNoChange();
    void unusableRepliesNameWhatIsWrong();
    void machinesAndGroupScoresAreRead();
    void replacingTheOrganisationKeepsRanksTheApiCannotGive();
    void aSyncFollowsNextLinksAndKeepsWhoAndWhen();
    void aPageThatCannotBeUsedChangesNothing();
    void aNextLinkToAnotherHostIsNotFollowed();

private:
    CannedServer* server_ = nullptr;
};

void TestSyncTolerance::anEntityIsReadWhateverItsSpelling()
{
    const json entity = json::parse(kEntity);
    const auto plain = read(entity);
    QVERIFY(plain);
    QCOMPARE(plain->id, std::string("995"));
    QVERIFY(plain->indicator.action == Action::Audit);
    QVERIFY(plain->indicator.generateAlert);
    QCOMPARE(plain->indicator.category, std::string("Malware"));
    QCOMPARE(plain->indicator.rbacGroups, std::vector<std::string>{"Finance"});
    QCOMPARE(*toUnixSeconds(plain->indicator.expiration), unixAt("2027-12-12T00:00:00Z"));
    // Who and when: the display name when there is one; 7-digit fractions read.
    QCOMPARE(plain->createdBy, std::string("Contoso SOAR"));
    QCOMPARE(*plain->createdAt, unixAt("2026-10-24T10:54:23Z"));
    QCOMPARE(plain->updatedBy, std::string("alice@contoso.com"));
    QCOMPARE(*plain->updatedAt, unixAt("2026-11-02T08:00:00Z"));

    // PascalCase, unknown members, +00:00 offsets, an id as a number: the same indicator.
    json varied = pascal(entity);
    varied["Id"] = 995;
    varied["ExpirationTime"] = "2027-12-12T00:00:00.0000000+00:00";
    varied["CreationTimeDateTimeUtc"] = "2026-10-24T10:54:23.2009016+00:00";
    varied["someFutureField"] = {{"nested", {1, 2}}};
    varied["historicalDetection"] = nullptr;
    const auto same = read(varied);
    QVERIFY(same);
    QCOMPARE(same->id, std::string("995"));
    QVERIFY(sameIndicatorContent(same->indicator, plain->indicator));
    QCOMPARE(*same->createdAt, *plain->createdAt);

    // Without its display name the creator is createdBy; a numeric category is read back to
    // the portal's name through the numbering indicia-tenant writes; missing optional members
    // are defaults.
    json bare = {{"id", "1"}, {"indicatorValue", "evil.example"}, {"indicatorType", "DomainName"},
                 {"action", "Block"}, {"category", 1}, {"createdBy", "bob@contoso.com"}};
    const auto minimal = read(bare);
    QVERIFY(minimal);
    QCOMPARE(minimal->createdBy, std::string("bob@contoso.com"));
    QCOMPARE(minimal->indicator.category, std::string("Malware"));
    QVERIFY(!minimal->createdAt);
    for (const json& category : {json(4), json("4"), json("commandandcontrol")}) {
        bare["category"] = category;
        QCOMPARE(read(bare)->indicator.category, std::string("CommandandControl"));
    }
    for (const json& category : {json(18), json(-1), json(nullptr)}) {
        bare["category"] = category;
        QVERIFY2(read(bare)->indicator.category.empty(), category.dump().c_str());
    }
    QVERIFY(minimal->indicator.rbacGroups.empty());
    QVERIFY(!minimal->indicator.expiration);
}

void TestSyncTolerance::legacyActionsMapAndMakeNoChange()
{
    json audit = json::parse(kEntity);
    json alert = audit;
    alert["action"] = "Alert";
    alert.erase("generateAlert");
    QVERIFY(sameIndicatorContent(read(alert)->indicator, read(audit)->indicator));

    json block = audit;
    block["action"] = "BlockAndRemediate";
    block["generateAlert"] = false;
    json alertAndBlock = block;
    alertAndBlock["action"] = "AlertAndBlock";
    // The entity says no alert: BlockAndRemediate without one, as the workspace stored it.
    QVERIFY(sameIndicatorContent(read(alertAndBlock)->indicator, read(block)->indicator));
    alertAndBlock.erase("generateAlert");
    QVERIFY(read(alertAndBlock)->indicator.action == Action::BlockAndRemediate);
    QVERIFY(read(alertAndBlock)->indicator.generateAlert); // unstated: the 2019 meaning

    // A synced row stored as BlockAndRemediate, echoed as AlertAndBlock: nothing to take,
    // no conflict, nothing pending.
    const RemoteIndicator modern = *read(block);
    json echoed = block;
    echoed["action"] = "AlertAndBlock";
    LocalLink local{7, "995", SyncState::Synced, modern.indicator, modern.indicator};
    PullPlanner planner({local}, {});
    PullSummary summary;
    const PullPlan plan = planner.plan({*read(echoed)}, summary);
    QVERIFY(plan.takes.empty());
    QVERIFY(plan.conflicts.empty());
    QVERIFY(plan.inserts.empty());
    QCOMPARE(plan.rebase.size(), std::size_t(1));
    QCOMPARE(summary.updated + summary.conflicts + summary.added, 0);
}

void TestSyncTolerance::unusableRepliesNameWhatIsWrong()
{
    QString problem;
    QVERIFY(!reply::readIndicatorPage(json::parse(R"({"Value":5})"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("not an array")), qPrintable(problem));
    QVERIFY(!reply::readIndicatorPage(json::parse(R"([1,2])"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("not a JSON object")), qPrintable(problem));
    for (const char* member : {"id", "indicatorValue", "indicatorType", "action"}) {
        json entity = json::parse(kEntity);
        entity.erase(member);
        QVERIFY(!reply::readIndicatorPage(json{{"value", json::array({json::parse(kEntity), entity})}}, &problem));
        QVERIFY2(problem.contains(QStringLiteral("item 2")) && problem.contains(QLatin1String(member)), qPrintable(problem));
    }
    // Casing of the list's own members too.
    const auto page = reply::readIndicatorPage(json{{"Value", json::array({json::parse(kEntity)})}, {"@odata.NextLink", "x"}});
    QVERIFY(page);
    QCOMPARE(page->nextLink, std::string("x"));
}

void TestSyncTolerance::machinesAndGroupScoresAreRead()
{
    // The shape of get-machines' example (rbacGroupId a number there) and extra members.
    const json machines = json::parse(R"({"@odata.context":"https://api.security.microsoft.com/api/$metadata#Machines",)"
R"("value":[{"id":"1e5bc9d7e413ddd7902c2932e418702b84d0cc07","computerDnsName":"mymachine1.contoso.com",)"
R"("firstSeen":"2018-08-02T14:55:03.7791856Z","lastSeen":"2018-08-02T14:55:03.7791856Z",)"
R"("osPlatform":"Windows10","rbacGroupId":140,"rbacGroupName":"The-A-Team","riskScore":"Low",)"
R"("machineTags":["test tag 1"],"ipAddresses":[]},)"
R"({"Id":"2e5bc9d7e413ddd7902c2932e418702b84d0cc07","ComputerDnsName":"mymachine2.contoso.com",)"
R"("LastSeen":"2018-08-02T14:55:03.7791856+00:00","RbacGroupId":"141"}],)"
R"("@odata.nextLink":"https://api.security.microsoft.com/api/machines?$skip=2"})");
    const auto page = reply::readMachinePage(machines);
    QVERIFY(page);
    QCOMPARE(page->machines.size(), std::size_t(2));
    QCOMPARE(page->machines[0].groupId, std::string("140"));
    QCOMPARE(page->machines[0].groupName, std::string("The-A-Team"));
    QCOMPARE(page->machines[0].os, std::string("Windows10"));
    QCOMPARE(*page->machines[1].lastSeen, unixAt("2018-08-02T14:55:03Z"));
    QCOMPARE(page->nextLink, std::string("https://api.security.microsoft.com/api/machines?$skip=2"));
    QString problem;
    QVERIFY(!reply::readMachinePage(json::parse(R"({"value":[{"computerDnsName":"x"}]})"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("no id")), qPrintable(problem));

    // get-machine-group-exposure-score's example, with an id on one entry.
    const json scores = json::parse(R"({"@odata.context":"https://api.securitycenter.microsoft.com/api/$metadata#ExposureScore",)"
R"("value":[{"time":"2019-12-03T09:51:28.214338Z","score":41.38041766305988,"rbacGroupName":"GroupOne"},)"
R"({"time":"2019-12-03T09:51:28.2143399Z","score":37.403726933165366,"rbacGroupName":"GroupTwo","rbacGroupId":141}]})");
    const auto groups = reply::readGroupScores(scores);
    QVERIFY(groups);
    QCOMPARE(groups->size(), std::size_t(2));
    QCOMPARE((*groups)[0].name, std::string("GroupOne"));
    QVERIFY((*groups)[0].id.empty());
    QCOMPARE((*groups)[1].id, std::string("141"));
    QVERIFY(!reply::readGroupScores(json::parse(R"({"value":[{"score":1}]})"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("rbacGroupName")), qPrintable(problem));

    // Groups: the score list's, plus any only the machines name; a machine that gives
    // only its group id gets the name from the score list; a machine listed twice once.
    std::vector<reply::RemoteMachine> listed = page->machines;
    listed.push_back(listed[1]);
    const OrganisationResult org = OrganisationPull::assemble(listed, *groups);
    QCOMPARE(org.machines.size(), std::size_t(2));
    QCOMPARE(org.machines[1].group, QStringLiteral("GroupTwo"));
    QCOMPARE(org.groups.size(), std::size_t(3));
    QCOMPARE(org.groups[2].name, QStringLiteral("The-A-Team"));
    QVERIFY(!org.groups[0].rank);
}

void TestSyncTolerance::replacingTheOrganisationKeepsRanksTheApiCannotGive()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("w.indicia"))).ok());
    QVERIFY(!store.replaceOrganisation({{QStringLiteral("Servers"), 2, QStringLiteral("racks")}}, {}));
    QVERIFY(!store.replaceOrganisation({{QStringLiteral("Servers"), std::nullopt, std::nullopt},
                                        {QStringLiteral("Laptops"), std::nullopt, std::nullopt}},
                                       {{QStringLiteral("m1"), QString(), QStringLiteral("Laptops"), {}, {}}}));
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT name, rank, description FROM device_groups ORDER BY name"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Laptops"));
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toInt(), 2);
    QCOMPARE(q.value(2).toString(), QStringLiteral("racks"));
    QCOMPARE(store.stats().machines, 1);
}

void TestSyncTolerance::aSyncFollowsNextLinksAndKeepsWhoAndWhen()
{
    // Machines: an absolute link, then a relative one. Indicators: a link from the first
    // page; then a full page without a link, then $skip on.
    CannedServer server([&](const QByteArray& request) -> QByteArray {
        const QByteArray path = target(request);
        if (path.contains("/oauth2/"))
            return token();
        if (path.startsWith("/api/machines?$top=2&$skip=0"))
            return http(200, QByteArray(R"({"value":[{"id":"a1","computerDnsName":"a1","rbacGroupName":"Servers"},{"id":"a2","rbacGroupId":7}],)")
                                 + "\"@odata.nextLink\":\"http://127.0.0.1:" + QByteArray::number(server_->port())
                                 + "/api/machines?page=2\"}");
        if (path == "/api/machines?page=2")
            return http(200, R"({"value":[{"id":"a3","rbacGroupName":"Laptops"}],"@odata.nextLink":"/api/machines?page=3"})");
        if (path == "/api/machines?page=3")
            return http(200, R"({"value":[]})");
        if (path == "/api/exposureScore/ByMachineGroups")
            return http(200, R"({"value":[{"time":"2019-12-03T09:51:28.214338Z","score":1.5,"rbacGroupName":"Kiosks","rbacGroupId":7}]})");
        if (path == "/api/indicators?$top=2&$skip=0")
            return http(200, json{{"value", json::array({indicator(1), indicator(2)})}, {"@odata.nextLink", "/api/indicators?after=102"}}.dump().c_str());
        if (path == "/api/indicators?after=102")
            return http(200, json{{"value", json::array({indicator(3), indicator(4)})}}.dump().c_str());
        if (path == "/api/indicators?$top=2&$skip=4")
            return http(200, json{{"value", json::array({indicator(5)})}}.dump().c_str());
        return http(404, R"({"error":{"code":"NotFound","message":"no"}})");
    });
    server_ = &server;
    QTemporaryDir dir;
    WorkspaceStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("w.indicia"))).ok());
    const SyncReport report = runSync(store, server.port(), 2, QStringLiteral("/")); // a trailing slash too
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.pull.added, 5);
    QCOMPARE(report.machines, 3);
    QCOMPARE(store.stats().machines, 3);
    QCOMPARE(store.stats().deviceGroups, 3); // Kiosks (the score list), Servers, Laptops
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT group_name FROM machines WHERE id = 'a2'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Kiosks"));
    const auto row = store.get(1);
    QVERIFY(row);
    QCOMPARE(row->createdBy, std::string("bob@contoso.com"));
    QCOMPARE(row->createdAt, unixAt("2026-01-01T00:00:00Z"));
    QCOMPARE(row->updatedBy, std::string("bob@contoso.com"));
    QCOMPARE(row->updatedAt, row->createdAt);
    server_ = nullptr;
}

void TestSyncTolerance::aPageThatCannotBeUsedChangesNothing()
{
    bool brokenMachines = true;
    CannedServer server([&](const QByteArray& request) -> QByteArray {
        const QByteArray path = target(request);
        if (path.contains("/oauth2/"))
            return token();
        if (path.startsWith("/api/machines?$top=1&$skip=0"))
            return http(200, R"({"value":[{"id":"new1"}]})");
        if (path.startsWith("/api/machines?$top=1&$skip=1"))
            return brokenMachines ? http(200, R"({"value":{"id":"new2"}})") : http(200, R"({"value":[]})");
        if (path == "/api/exposureScore/ByMachineGroups")
            return http(404, R"({"error":{"code":"NotFound","message":"no such path"}})");
        if (path == "/api/indicators?$top=1&$skip=0")
            return http(200, json{{"value", json::array({indicator(1)})}}.dump().c_str());
        json bad = indicator(2);
        bad.erase("indicatorValue");
        return http(200, json{{"value", json::array({bad})}}.dump().c_str());
    });
    QTemporaryDir dir;
    WorkspaceStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("w.indicia"))).ok());
    QVERIFY(!store.replaceOrganisation({{QStringLiteral("Servers"), 1, {}}},
                                       {{QStringLiteral("old"), QStringLiteral("old"), QStringLiteral("Servers"), {}, {}}}));
    SyncReport report = runSync(store, server.port(), 1);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("machine list")) && report.error.contains(QStringLiteral("not an array")),
             qPrintable(report.error));
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id FROM machines"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("old")); // the first page was not applied
    QVERIFY(!q.next());

    brokenMachines = false;
    report = runSync(store, server.port(), 1);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("item 1")) && report.error.contains(QStringLiteral("indicatorValue")),
             qPrintable(report.error));
    QCOMPARE(count(store, QStringLiteral("indicators")), 0); // the first page was not applied
    QCOMPARE(store.stats().machines, 1);                     // the machines were: all their pages arrived
}

void TestSyncTolerance::aNextLinkToAnotherHostIsNotFollowed()
{
    CannedServer server([](const QByteArray& request) -> QByteArray {
        const QByteArray path = target(request);
        if (path.contains("/oauth2/"))
            return token();
        return http(200, R"({"value":[{"id":"m"}],"@odata.nextLink":"http://127.0.0.2:9/api/machines?$skip=1"})");
    });
    QTemporaryDir dir;
    WorkspaceStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("w.indicia"))).ok());
    const SyncReport report = runSync(store, server.port(), 100);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("leaves the service")), qPrintable(report.error));
    QCOMPARE(server.requests.size(), 2); // the token and the first page; nothing to 127.0.0.2
}

QTEST_GUILESS_MAIN(TestSyncTolerance)
#include "test_sync_tolerance.moc"
