// The console as a real client of a real indicia-tenant (issue 17 §2, §3):
//  - the organisation comes from the service: a demo tenant's 7 device groups and 520
//    machines reach a fresh workspace through `indicia-cli sync` alone, and a persona with
//    device groups sees only theirs;
//  - machine pages are followed through @odata.nextLink; a tenant without machines (404)
//    is an empty organisation, not a failed sync;
//  - replies spelled as the real service varies them (tenant --vary: PascalCase on every
//    other item, unknown members, legacy action names, +00:00 offsets) sync in small pages
//    with no duplicate, no loss and no spurious change; a second sync changes nothing; a
//    fresh clone (base URL with a trailing slash) shows who created each row and when.

#include "test_sync_support.h"

#include "engine/timeutil.h"
#include "models/list/indicator_table_model.h"
#include "models/sync/sync_ledger.h"
#include "models/sync/wire_members.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>

#include <set>

using namespace indicia;
using namespace sync_test;

namespace {

json stats(const QString& workspace)
{
    return runCli({QStringLiteral("stats"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json")}).report;
}

json readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return json::parse(file.readAll().toStdString(), nullptr, false);
}

// Every row and the history's length: what "the sync changed nothing" compares.
std::string snapshot(const QString& workspace)
{
    WorkspaceStore store;
    if (!store.open(workspace).ok())
        return {};
    std::string out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT * FROM indicators ORDER BY id"));
    while (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            out += q.value(i).toString().toStdString() + '|';
    q.exec(QStringLiteral("SELECT count(*), (SELECT count(*) FROM outbox) FROM history"));
    if (q.next())
        out += "history " + q.value(0).toString().toStdString() + " outbox " + q.value(1).toString().toStdString();
    return out;
}

indicia::Indicator fileIndicator(int n, Action action, bool alert)
{
    indicia::Indicator indicator;
    indicator.type = IndicatorType::FileSha256;
    indicator.value = QByteArray::number(n).rightJustified(64, 'a').toStdString();
    indicator.action = action;
    indicator.generateAlert = alert;
    indicator.title = "file " + std::to_string(n);
    indicator.description = "varied replies";
    return indicator;
}

// serverValues() reads camelCase only; under --vary casing every other item is PascalCase.
std::map<std::string, int> variedServerValues(Tenant& tenant)
{
    const QByteArray token = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
    std::map<std::string, int> out;
    const json list = tenant.http.get(tenant.api(QStringLiteral("/indicators")), token).parsed();
    for (const json& item : list.value("value", json::array()))
        ++out[wire::text(item, "indicatorValue")];
    return out;
}

} // namespace

class TestSyncRealTenant : public QObject {
    Q_OBJECT
private slots:
    void aDemoTenantsOrganisationArrivesBySync();
    void machinePagesAndATenantWithoutMachines();
    void variedRepliesSyncCleanly();
};

void TestSyncRealTenant::aDemoTenantsOrganisationArrivesBySync()
{
    Tenant tenant;
    QVERIFY2(tenant.start({QStringLiteral("--demo-seed"), QStringLiteral("1"), QStringLiteral("--demo-events"),
                           QStringLiteral("1000")}),
             qPrintable(tenant.error));
    const json personas = readJsonFile(QDir(tenant.dataDir()).filePath(QStringLiteral("demo/clients.json")));
    const json seed = readJsonFile(QDir(tenant.dataDir()).filePath(QStringLiteral("demo/seed.json")));
    QVERIFY(personas.is_array() && seed.is_object());
    const auto sync = [&](const std::string& persona, const QString& workspace) {
        for (const json& client : personas)
            if (client.value("id", "") == persona) {
                const QString id = QString::fromStdString(persona);
                return runCli(syncArgs(tenant, workspace, id), QString::fromStdString(client.value("secret", "")));
            }
        return CliRun{};
    };

    const QString admin = tenant.dir(QStringLiteral("admin.indicia"));
    CliRun run = sync("demo-admin", admin);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["machines"].get<int>(), 520);
    json counts = stats(admin);
    QCOMPARE(counts["machines"].get<int>(), 520);
    QCOMPARE(counts["device_groups"].get<int>(), 7);
    QVERIFY(counts["active"].get<int>() > 0);

    // The analyst's client sees its own groups' machines only (8.1: trimmed to the caller's
    // device groups), and so does its workspace.
    std::set<std::string> groups;
    for (const json& client : personas)
        if (client.value("id", "") == "demo-analyst")
            for (const json& group : client.value("groups", json::array()))
                groups.insert(group.get<std::string>());
    QVERIFY(!groups.empty());
    int visible = 0;
    for (const json& machine : seed["machines"])
        visible += groups.count(machine.value("rbacGroupName", "")) ? 1 : 0;
    const QString analyst = tenant.dir(QStringLiteral("analyst.indicia"));
    run = sync("demo-analyst", analyst);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    counts = stats(analyst);
    QCOMPARE(counts["machines"].get<int>(), visible);
    QCOMPARE(counts["device_groups"].get<int>(), int(groups.size()));
}

void TestSyncRealTenant::machinePagesAndATenantWithoutMachines()
{
    json seed = {{"machineGroups", json::array({{{"id", "11"}, {"name", "Servers"}, {"rank", 1}},
                                                {{"id", "12"}, {"name", "Laptops"}, {"rank", 2}}})},
                 {"machines", json::array()}};
    for (int n = 1; n <= 5; ++n)
        seed["machines"].push_back({{"id", QByteArray::number(n).rightJustified(40, '0').toStdString()},
                                    {"computerDnsName", "host" + std::to_string(n) + ".contoso.example"},
                                    {"osPlatform", "Windows11"},
                                    {"rbacGroupName", n <= 3 ? "Servers" : "Laptops"},
                                    {"lastSeen", "2026-01-10T10:00:00Z"}});
    Tenant tenant;
    const QString seedFile = tenant.dir(QStringLiteral("seed.json"));
    {
        QFile file(seedFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(seed.dump()));
    }
    const QString log = tenant.dir(QStringLiteral("requests.jsonl"));
    QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--seed"), seedFile,
                           QStringLiteral("--request-log"), log}),
             qPrintable(tenant.error));
    const QString workspace = tenant.dir(QStringLiteral("w.indicia"));
    CliRun run = runSync(tenant, workspace, QStringLiteral("admin"), {QStringLiteral("--page-size"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(loggedCalls(log, "/api/machines", 200), 3); // 2 + 2 + 1, the last two by link
    json counts = stats(workspace);
    QCOMPARE(counts["machines"].get<int>(), 5);
    QCOMPARE(counts["device_groups"].get<int>(), 2);
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace).ok());
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT name, group_name, os, last_seen FROM machines ORDER BY id"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("host1.contoso.example"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Servers"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Windows11"));
        QCOMPARE(q.value(3).toLongLong(), parseIsoTimestamp("2026-01-10T10:00:00Z")->time_since_epoch().count());
    }

    // A tenant with no machines answers 404 (documented): an empty organisation, a clean sync.
    Tenant empty;
    QVERIFY2(empty.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}), qPrintable(empty.error));
    run = runSync(empty, workspace);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    counts = stats(workspace);
    QCOMPARE(counts["machines"].get<int>(), 0);
    QCOMPARE(counts["device_groups"].get<int>(), 0);
}

void TestSyncRealTenant::variedRepliesSyncCleanly()
{
    Tenant tenant;
    QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--vary"),
                           QStringLiteral("casing,unknown-fields,legacy-actions,offsets")}),
             qPrintable(tenant.error));
    const QString workspace = tenant.dir(QStringLiteral("w.indicia"));
    int total = 0;
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace).ok());
        for (int n = 1; n <= 11; ++n, ++total) {
            indicia::Indicator ip = ipIndicator(n, "varied");
            if (n % 3 == 0) {
                ip.action = Action::Audit; // echoed as "Alert"
                ip.generateAlert = true;
            }
            ip.expiration = TimePoint(std::chrono::seconds(4'102'444'800)); // 2100: echoed with +00:00
            if (n % 4 == 0)
                ip.category = "CommandandControl"; // echoed as the number 4
            QVERIFY(store.upsert(ip).ok());
        }
        for (int n = 1; n <= 6; ++n, ++total) // echoed as "AlertAndBlock", with and without an alert
            QVERIFY(store.upsert(fileIndicator(n, Action::BlockAndRemediate, n % 2 == 0)).ok());
    }
    const QStringList small{QStringLiteral("--page-size"), QStringLiteral("4")};
    CliRun run = runSync(tenant, workspace, QStringLiteral("admin"), small);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["pushed"].get<int>(), total);

    // Pull again in pages of 4 of the varied list: nothing new, nothing changed, nothing pending.
    run = runSync(tenant, workspace, QStringLiteral("admin"), small);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    for (const char* counter : {"added", "updated", "removed", "conflicts", "unrepresentable"})
        QVERIFY2(run.report["pulled"][counter].get<int>() == 0, counter);
    QCOMPARE(run.report["import_calls"].get<int>(), 0);
    QCOMPARE(run.report["pending"].get<int>(), 0);
    const std::string before = snapshot(workspace);
    run = runSync(tenant, workspace, QStringLiteral("admin"), small);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["import_calls"].get<int>(), 0);
    QCOMPARE(snapshot(workspace), before); // the sync changed nothing at all
    const auto values = variedServerValues(tenant);
    QCOMPARE(int(values.size()), total);
    QVERIFY(values.count("") == 0);
    for (const auto& [value, n] : values)
        QCOMPARE(n, 1);

    // A fresh clone through a base URL with a trailing slash: every row, with the service's
    // creator and times, none pending; and a sync after it changes nothing.
    const QString clone = tenant.dir(QStringLiteral("clone.indicia"));
    QStringList args = syncArgs(tenant, clone, QStringLiteral("admin"), small);
    args[args.indexOf(tenant.base)] = tenant.base + QStringLiteral("/");
    run = runCli(args, QStringLiteral("admin-secret"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["pulled"]["added"].get<int>(), total);
    QCOMPARE(run.report["pending"].get<int>(), 0);
    {
        WorkspaceStore store;
        QVERIFY(store.open(clone).ok());
        const json ip3 = serverIndicator(tenant, publicIp(3)); // an unvaried (first) item of a one-item list
        const std::string creator = ip3.value("createdByDisplayName", json()).is_string()
            ? ip3["createdByDisplayName"].get<std::string>() : ip3["createdBy"].get<std::string>();
        std::optional<IndicatorRecord> row;
        store.forEachActive(IndicatorType::IpAddress, [&](const IndicatorRecord& record) {
            if (record.indicator.value == publicIp(3))
                row = record;
        });
        QVERIFY(row);
        QCOMPARE(row->createdBy, creator);
        QVERIFY(row->createdBy != "sync");
        QCOMPARE(row->createdAt, parseIsoTimestamp(ip3["creationTimeDateTimeUtc"].get<std::string>())->time_since_epoch().count());
        QCOMPARE(row->updatedAt, parseIsoTimestamp(ip3["lastUpdateTime"].get<std::string>())->time_since_epoch().count());
        QVERIFY(row->indicator.action == Action::Audit); // "Alert" mapped
        // The list says who created and who last changed the row, as the service has it.
        IndicatorTableModel list(store, TabKind::IpAddresses);
        bool shown = false;
        for (int r = 0; r < list.rowCount(); ++r) {
            if (list.data(list.index(r, int(ListColumn::Value))).toString() != QString::fromStdString(publicIp(3)))
                continue;
            const QString tip = list.data(list.index(r, int(ListColumn::LastUpdated)), Qt::ToolTipRole).toString();
            const std::string updater = ip3.value("lastUpdatedBy", json()).is_string() ? ip3["lastUpdatedBy"].get<std::string>() : creator;
            QVERIFY2(tip.contains(QStringLiteral("Created by %1").arg(QString::fromStdString(creator))), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("Last updated by %1").arg(QString::fromStdString(updater))), qPrintable(tip));
            shown = true;
        }
        QVERIFY(shown);
        int commandAndControl = 0;
        store.forEachActive(IndicatorType::IpAddress, [&](const IndicatorRecord& record) {
            commandAndControl += record.indicator.category == "CommandandControl" ? 1 : 0;
        });
        QCOMPARE(commandAndControl, 2); // the category's number read back as its name
        QVERIFY(row->indicator.generateAlert);
        int blockAndRemediate = 0, withAlert = 0;
        store.forEachActive(IndicatorType::FileSha256, [&](const IndicatorRecord& record) {
            blockAndRemediate += record.indicator.action == Action::BlockAndRemediate ? 1 : 0;
            withAlert += record.indicator.generateAlert ? 1 : 0;
        });
        QCOMPARE(blockAndRemediate, 6);
        QCOMPARE(withAlert, 3);
    }
    const std::string cloned = snapshot(clone);
    run = runCli(args, QStringLiteral("admin-secret"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(snapshot(clone), cloned);
}

QTEST_GUILESS_MAIN(TestSyncRealTenant)
#include "test_sync_real_tenant.moc"
