// `indicia-cli diff` after a real sync with indicia-tenant, then local edits: the synced
// side is what the service holds, so an Audit indicator changed to Block reads
// "alert -> block" (issue 18 read "none -> block"), and an indicator deleted here but not
// yet synced still decides its events on the synced side ("block -> none").
// The events: eid3 line 109 connects to 204.79.197.200; eid22 has one query for
// www.facebook.com (grep -c, as in test_cli_preview.cpp).

#include "test_sync_support.h"

using namespace indicia;
using namespace sync_test;

namespace {

Indicator indicator(IndicatorType type, const std::string& value, Action action, bool alert)
{
    Indicator i;
    i.type = type;
    i.value = value;
    i.action = action;
    i.generateAlert = alert;
    i.title = "diff test";
    i.description = "synced, then changed here";
    return i;
}

QStringList telemetry()
{
    const QString dir = QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/");
    return {dir + QStringLiteral("eid3_network_connection.jsonl"), dir + QStringLiteral("eid22_dns_query.jsonl")};
}

} // namespace

class TestDiffSyncedSide : public QObject {
    Q_OBJECT
private slots:
    void syncedSideIsTheLastSyncedVersion()
    {
        Tenant tenant;
        QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}), qPrintable(tenant.error));
        const QString workspace = tenant.dir(QStringLiteral("w.indicia"));
        const Indicator audit = indicator(IndicatorType::DomainName, "facebook.com", Action::Audit, true);
        std::int64_t domainId = 0, ipId = 0;
        {
            WorkspaceStore store;
            QVERIFY(store.open(workspace).ok());
            const auto domain = store.upsert(audit);
            const auto ip = store.upsert(indicator(IndicatorType::IpAddress, "204.79.197.200", Action::Block, true));
            QVERIFY(domain.ok() && ip.ok());
            domainId = domain->id;
            ipId = ip->id;
        }
        CliRun run = runSync(tenant, workspace);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QCOMPARE(run.report["pushed"].get<int>(), 2);

        const QStringList diff = QStringList{QStringLiteral("diff"), QStringLiteral("--workspace"), workspace,
                                             QStringLiteral("--json"), QStringLiteral("--telemetry")}
                                 + telemetry();
        run = runCli(diff); // synced, nothing changed since: no difference
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QCOMPARE(run.report["syncedIndicators"].get<int>(), 2);
        QCOMPARE(run.report["eventsChanged"].get<int>(), 0);

        {
            WorkspaceStore store;
            QVERIFY(store.open(workspace).ok());
            Indicator block = audit;
            block.action = Action::Block;
            QVERIFY(store.update(domainId, block).ok());
            QVERIFY(store.remove({ipId}).ok());
        }
        run = runCli(diff);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QCOMPARE(run.report["syncedIndicators"].get<int>(), 2);
        QCOMPARE(run.report["draftIndicators"].get<int>(), 1);
        QCOMPARE(run.report["eventsChanged"].get<int>(), 2);
        std::map<std::string, std::string> changes; // "before -> after" by indicator
        for (const json& change : run.report["changes"]) {
            const std::string indicator = change["beforeIndicator"].get<std::string>();
            changes[indicator] = change["before"].get<std::string>() + " -> " + change["after"].get<std::string>();
        }
        QCOMPARE(changes.size(), std::size_t(2));
        bool sawDomain = false, sawIp = false;
        for (const auto& [indicator, change] : changes) {
            if (indicator.find("facebook.com") != std::string::npos) {
                sawDomain = true;
                QCOMPARE(QString::fromStdString(change), QStringLiteral("alert -> block"));
            } else if (indicator.find("204.79.197.200") != std::string::npos) {
                sawIp = true;
                QCOMPARE(QString::fromStdString(change), QStringLiteral("block -> none"));
            }
        }
        QVERIFY(sawDomain && sawIp);

        // Once synced, both sides agree again.
        run = runSync(tenant, workspace);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        run = runCli(diff);
        QCOMPARE(run.report["syncedIndicators"].get<int>(), 1);
        QCOMPARE(run.report["eventsChanged"].get<int>(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiffSyncedSide)
#include "test_diff_synced_side.moc"
