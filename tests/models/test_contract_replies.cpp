// The client's parsers read Microsoft's documented examples (tests/contract/mde, verbatim
// from the API pages) and get what the pages say: the indicator list, the entity a submit
// returns, the import's per-item results, the machine list and one machine, the exposure
// score by device group, the token answers and an error body.

#include "engine/timeutil.h"
#include "models/sync/organisation_pull.h"
#include "models/sync/reply_reading.h"

#include <QFile>
#include <QTest>

using namespace indicia;
using nlohmann::json;

namespace {

json fixture(const char* name)
{
    QFile file(QStringLiteral(INDICIA_TEST_DATA "/../../contract/mde/") + QLatin1String(name) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return json::parse(file.readAll().toStdString(), nullptr, false);
}

json replyBody(const char* name) { return fixture(name)["response"]["body"]; }

std::int64_t unixAt(const char* iso) { return parseIsoTimestamp(iso)->time_since_epoch().count(); }

} // namespace

class TestContractReplies : public QObject {
    Q_OBJECT
private slots:
    void indicatorList();
    void submitAndEntity();
    void importResults();
    void machines();
    void exposureScoreByMachineGroups();
    void tokensAndErrors();
};

void TestContractReplies::indicatorList()
{
    const json body = replyBody("indicators_list");
    QVERIFY(body.is_object());
    QString problem;
    const auto page = reply::readIndicatorPage(body, &problem);
    QVERIFY2(page, qPrintable(problem));
    QCOMPARE(page->entities, std::size_t(2));
    QCOMPARE(page->indicators.size(), std::size_t(2));
    QVERIFY(page->nextLink.empty());

    const RemoteIndicator& ip = page->indicators[0];
    QCOMPARE(ip.id, std::string("995"));
    QCOMPARE(ip.indicator.value, std::string("12.13.14.15"));
    QVERIFY(ip.indicator.type == IndicatorType::IpAddress);
    QVERIFY(ip.indicator.action == Action::Audit); // "Alert": audit with an alert
    QVERIFY(ip.indicator.generateAlert);
    QVERIFY(ip.indicator.severity == Severity::Informational);
    QCOMPARE(ip.indicator.title, std::string("test"));
    QCOMPARE(ip.indicator.recommendedActions, std::string("test"));
    QVERIFY(ip.indicator.rbacGroups.empty());
    QCOMPARE(*toUnixSeconds(ip.indicator.expiration), unixAt("2020-12-12T00:00:00Z"));
    QCOMPARE(ip.createdBy, std::string("45097602-1234-5678-1234-9f453233e62c"));
    QCOMPARE(*ip.createdAt, unixAt("2018-10-24T11:15:35Z"));
    QCOMPARE(ip.updatedBy, std::string("TestPrdApp"));
    QCOMPARE(*ip.updatedAt, unixAt("2019-10-24T10:54:23Z"));
    QCOMPARE(ip.lastUpdateTime, std::string("2019-10-24T10:54:23.2009016Z"));

    const RemoteIndicator& file = page->indicators[1];
    QCOMPARE(file.id, std::string("996"));
    QVERIFY(file.indicator.type == IndicatorType::FileSha1);
    QVERIFY(file.indicator.action == Action::BlockAndRemediate); // "AlertAndBlock", no generateAlert stated
    QVERIFY(file.indicator.generateAlert);
    QCOMPARE(file.indicator.rbacGroups, (std::vector<std::string>{"Group1", "Group2"}));
    QCOMPARE(*file.createdAt, unixAt("2018-10-24T10:54:23Z"));
}

void TestContractReplies::submitAndEntity()
{
    // Submit answers 200 with the entity (the page shows no body; ti-indicator shows the
    // entity's representation): both read.
    const json submit = fixture("indicator_submit");
    QCOMPARE(submit["response"]["status"].get<int>(), 200);
    QVERIFY(reply::parseBody(QByteArray()).value().is_null());
    const auto sent = remoteFromWire(submit["request"]["body"]);
    QVERIFY(sent);
    QVERIFY(sent->indicator.action == Action::BlockAndRemediate);
    QCOMPARE(sent->indicator.rbacGroups, (std::vector<std::string>{"group1", "group2"}));
    // What the console would send for it carries every member the page requires.
    const json wire = toWire(sent->indicator);
    for (const char* member : {"indicatorValue", "indicatorType", "action", "title", "description"})
        QVERIFY2(wire.contains(member), member);

    const auto entity = remoteFromWire(replyBody("indicator_entity"));
    QVERIFY(entity);
    QCOMPARE(entity->id, std::string("994"));
    QVERIFY(entity->indicator.type == IndicatorType::FileSha256);
    QVERIFY(entity->indicator.action == Action::BlockAndRemediate);
    QVERIFY(!entity->indicator.expiration); // null: never
    QCOMPARE(entity->createdBy, std::string("user@contoso.onmicrosoft.com"));
    QVERIFY(entity->updatedBy.empty()); // lastUpdatedBy null
    QCOMPARE(*entity->updatedAt, unixAt("2019-12-19T09:09:47Z"));
    QCOMPARE(entity->indicator.rbacGroups, std::vector<std::string>{"team1"});
}

void TestContractReplies::importResults()
{
    const json doc = fixture("indicators_import");
    const json sent = doc["request"]["body"]["Indicators"];
    QCOMPARE(sent.size(), std::size_t(2));
    for (const json& item : sent) {
        const auto read = remoteFromWire(item);
        QVERIFY(read);
        QVERIFY(read->indicator.action == Action::Audit && read->indicator.generateAlert); // "Alert"
    }
    const auto items = reply::readImportResults(doc["response"]["body"], sent.size());
    QCOMPARE(items.size(), std::size_t(2));
    QVERIFY(!items[0].failed);
    QCOMPARE(items[0].serverId, std::string("2841"));
    QVERIFY(!items[1].failed);
    QCOMPARE(items[1].serverId, std::string("2842"));
}

void TestContractReplies::machines()
{
    const auto page = reply::readMachinePage(replyBody("machines_list"));
    QVERIFY(page);
    QCOMPARE(page->machines.size(), std::size_t(1));
    const reply::RemoteMachine& machine = page->machines[0];
    QCOMPARE(machine.id, std::string("1e5bc9d7e413ddd7902c2932e418702b84d0cc07"));
    QCOMPARE(machine.name, std::string("mymachine1.contoso.com"));
    QCOMPARE(machine.groupId, std::string("140")); // a number on the page
    QCOMPARE(machine.groupName, std::string("The-A-Team"));
    QCOMPARE(machine.os, std::string("Windows10"));
    QCOMPARE(*machine.lastSeen, unixAt("2018-08-02T14:55:03Z"));

    // One machine (GET /api/machines/{id}) is the same entity.
    const auto one = reply::readMachinePage(json{{"value", json::array({replyBody("machine_get")})}});
    QVERIFY(one);
    QCOMPARE(one->machines[0].id, machine.id);
    QCOMPARE(one->machines[0].groupName, machine.groupName);
}

void TestContractReplies::exposureScoreByMachineGroups()
{
    QString problem;
    const auto groups = reply::readGroupScores(replyBody("exposure_score_by_machine_groups"), &problem);
    QVERIFY2(groups, qPrintable(problem));
    QCOMPARE(groups->size(), std::size_t(2));
    QCOMPARE((*groups)[0].name, std::string("GroupOne"));
    QCOMPARE((*groups)[1].name, std::string("GroupTwo"));
    QVERIFY((*groups)[0].id.empty()); // the page's example gives no rbacGroupId

    const auto machines = reply::readMachinePage(replyBody("machines_list"));
    const OrganisationResult org = OrganisationPull::assemble(machines->machines, *groups);
    QStringList names;
    for (const DeviceGroupRow& group : org.groups)
        names << group.name;
    QCOMPARE(names, (QStringList{QStringLiteral("GroupOne"), QStringLiteral("GroupTwo"), QStringLiteral("The-A-Team")}));
    QCOMPARE(org.machines.size(), std::size_t(1));
    QCOMPARE(org.machines[0].group, QStringLiteral("The-A-Team"));
}

void TestContractReplies::tokensAndErrors()
{
    const auto v2 = reply::readToken(replyBody("token_v2"));
    QVERIFY(v2);
    QCOMPARE(v2->lifetimeMs, qint64(3599) * 1000);
    const auto v1 = reply::readToken(replyBody("token_v1")); // expires_in as text there
    QVERIFY(v1);
    QVERIFY(v1->lifetimeMs >= 1000);
    const reply::ServiceError error = reply::readServiceError(replyBody("error_resource_not_found"));
    QCOMPARE(error.code, QStringLiteral("ResourceNotFound"));
    QVERIFY(error.message.contains(QStringLiteral("not found")));
}

QTEST_GUILESS_MAIN(TestContractReplies)
#include "test_contract_replies.moc"
