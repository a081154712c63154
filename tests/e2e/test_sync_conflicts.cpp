// Sync, pull side and conflicts, against a real indicia-tenant: remote changes and deletions
// reach an unchanged workspace; a change on both sides, or a remote delete of a row edited
// here, becomes a conflict (never a silent overwrite) resolved by keep mine, take theirs or
// a field-by-field merge; a scoped analyst's refused rows fail with the service's reason.

#include "test_sync_support.h"

#include "models/sync/sync_ledger.h"

using namespace indicia;
using namespace sync_test;

class TestSyncConflicts : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void remoteChangesReachAnUnchangedWorkspace();
    void bothEditedThenKeepMine();
    void bothEditedThenTakeTheirsOrMerge();
    void deletedRemotelyEditedLocally();
    void scopedAnalystRefusedPerRow();
    void clonesATenantIntoANewWorkspace();
    void sameKeyMadeIndependentlyIsAConflict();
    void pulledKnownGoodValuesAreNoticed();

private:
    // Edits an indicator on the service as another console would (submit is an upsert).
    void editRemotely(int n, const std::string& title, const std::string& severity = "High");
    void deleteRemotely(int n);
    std::int64_t localId(int n);

    std::unique_ptr<Tenant> tenant_;
    QString workspace_;
};

void TestSyncConflicts::init()
{
    tenant_ = std::make_unique<Tenant>();
    QVERIFY2(tenant_->start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}), qPrintable(tenant_->error));
    workspace_ = tenant_->dir(QStringLiteral("w.indicia"));
    WorkspaceStore store;
    QVERIFY(store.open(workspace_).ok());
    for (int n = 1; n <= 4; ++n)
        QVERIFY(store.upsert(ipIndicator(n, "original")).ok());
    store.close();
    const CliRun run = runSync(*tenant_, workspace_);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
}

void TestSyncConflicts::cleanup() { tenant_.reset(); }

void TestSyncConflicts::editRemotely(int n, const std::string& title, const std::string& severity)
{
    json body = tenant_test::indicator(publicIp(n));
    body["title"] = title;
    body["description"] = "sync test";
    body["severity"] = severity;
    const QByteArray token = tenant_->token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
    QCOMPARE(tenant_->http.post(tenant_->api(QStringLiteral("/indicators")), token, body).status, 200);
}

void TestSyncConflicts::deleteRemotely(int n)
{
    const std::string id = serverIndicator(*tenant_, publicIp(n)).value("id", "");
    const QByteArray token = tenant_->token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
    QCOMPARE(tenant_->http.del(tenant_->api(QStringLiteral("/indicators/") + QString::fromStdString(id)), token).status, 204);
}

std::int64_t TestSyncConflicts::localId(int n)
{
    WorkspaceStore store;
    store.open(workspace_);
    return store.findId(IndicatorType::IpAddress, publicIp(n), {}).value_or(0);
}

void TestSyncConflicts::remoteChangesReachAnUnchangedWorkspace()
{
    editRemotely(1, "changed there");
    deleteRemotely(2);
    const CliRun run = runSync(*tenant_, workspace_);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["pulled"]["updated"].get<int>(), 1);
    QCOMPARE(run.report["pulled"]["removed"].get<int>(), 1);
    WorkspaceStore store;
    QVERIFY(store.open(workspace_).ok());
    QCOMPARE(store.get(localId(1))->indicator.title, std::string("changed there"));
    QVERIFY(!store.findId(IndicatorType::IpAddress, publicIp(2), {}));
    QCOMPARE(store.count(std::nullopt, IndicatorState::PendingSync), 0);
}

void TestSyncConflicts::bothEditedThenKeepMine()
{
    editRemotely(1, "theirs");
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace_).ok());
        QVERIFY(store.update(localId(1), ipIndicator(1, "mine")).ok());
    }
    CliRun run = runSync(*tenant_, workspace_);
    QCOMPARE(run.exitCode, 1); // finished, with a conflict to look at
    QCOMPARE(run.report["conflicts"].get<int>(), 1);
    // Nothing was overwritten on either side.
    QCOMPARE(serverIndicator(*tenant_, publicIp(1)).value("title", ""), std::string("theirs"));
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace_).ok());
        const auto record = store.get(localId(1));
        QVERIFY(record->syncState == SyncState::Conflict);
        QCOMPARE(record->indicator.title, std::string("mine"));
        SyncLedger ledger(store);
        const auto remote = ledger.conflictRemote(record->id);
        QVERIFY(remote && *remote);
        QCOMPARE((*remote)->title, std::string("theirs"));
        QVERIFY2(ledger.resolveKeepMine(record->id), qPrintable(ledger.lastError()));
    }
    run = runSync(*tenant_, workspace_);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(serverIndicator(*tenant_, publicIp(1)).value("title", ""), std::string("mine"));
    QCOMPARE(serverValues(*tenant_).at(publicIp(1)), 1);
}

void TestSyncConflicts::bothEditedThenTakeTheirsOrMerge()
{
    editRemotely(1, "theirs");
    editRemotely(3, "their title", "Low");
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace_).ok());
        QVERIFY(store.update(localId(1), ipIndicator(1, "mine")).ok());
        Indicator three = ipIndicator(3, "my title");
        three.severity = Severity::Medium;
        QVERIFY(store.update(localId(3), three).ok());
    }
    QCOMPARE(runSync(*tenant_, workspace_).report["conflicts"].get<int>(), 2);
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace_).ok());
        SyncLedger ledger(store);
        QVERIFY(ledger.resolveTakeTheirs(localId(1)));
        QCOMPARE(store.get(localId(1))->indicator.title, std::string("theirs"));
        // Field by field: my title, their severity.
        Indicator merged = store.get(localId(3))->indicator;
        merged.severity = (*ledger.conflictRemote(localId(3)))->severity;
        QVERIFY(ledger.resolveMerged(localId(3), merged));
    }
    const CliRun run = runSync(*tenant_, workspace_);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(serverIndicator(*tenant_, publicIp(1)).value("title", ""), std::string("theirs"));
    const json three = serverIndicator(*tenant_, publicIp(3));
    QCOMPARE(three.value("title", ""), std::string("my title"));
    QCOMPARE(three.value("severity", ""), std::string("Low"));
}

void TestSyncConflicts::deletedRemotelyEditedLocally()
{
    deleteRemotely(1);
    deleteRemotely(2);
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace_).ok());
        QVERIFY(store.update(localId(1), ipIndicator(1, "kept here")).ok());
        QVERIFY(store.update(localId(2), ipIndicator(2, "dropped here")).ok());
    }
    QCOMPARE(runSync(*tenant_, workspace_).report["conflicts"].get<int>(), 2);
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace_).ok());
        SyncLedger ledger(store);
        const auto remote = ledger.conflictRemote(localId(1));
        QVERIFY(remote && !*remote); // deleted on the service
        QVERIFY(ledger.resolveKeepMine(localId(1)));  // recreate it there
        QVERIFY(ledger.resolveTakeTheirs(localId(2))); // delete it here
        QVERIFY(!store.findId(IndicatorType::IpAddress, publicIp(2), {}));
    }
    const CliRun run = runSync(*tenant_, workspace_);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    const auto values = serverValues(*tenant_);
    QCOMPARE(values.at(publicIp(1)), 1);
    QVERIFY(values.count(publicIp(2)) == 0);
    QCOMPARE(serverIndicator(*tenant_, publicIp(1)).value("title", ""), std::string("kept here"));
}

void TestSyncConflicts::scopedAnalystRefusedPerRow()
{
    const QString workspace = tenant_->dir(QStringLiteral("analyst.indicia"));
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace).ok());
        QVERIFY(store.upsert(ipIndicator(100, "servers only", Action::Block, {"Servers"})).ok());
        QVERIFY(store.upsert(ipIndicator(101, "all devices")).ok()); // outside an analyst's reach
        QVERIFY(store.upsert(ipIndicator(102, "laptops", Action::Block, {"Laptops"})).ok());
    }
    const CliRun run = runSync(*tenant_, workspace, QStringLiteral("analyst"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.report["pushed"].get<int>(), 2);
    QCOMPARE(run.report["failed"].get<int>(), 1);
    WorkspaceStore store;
    QVERIFY(store.open(workspace).ok());
    const auto refused = store.get(*store.findId(IndicatorType::IpAddress, publicIp(101), {}));
    QVERIFY(refused->syncState == SyncState::Failed);
    QVERIFY2(QString::fromStdString(refused->syncError).contains(QStringLiteral("403")), refused->syncError.c_str());
    QVERIFY(store.get(*store.findId(IndicatorType::IpAddress, publicIp(100), {"Servers"}))->syncState == SyncState::Synced);
}

void TestSyncConflicts::clonesATenantIntoANewWorkspace()
{
    const QString clone = tenant_->dir(QStringLiteral("clone.indicia"));
    QVERIFY(!QFile::exists(clone));
    const CliRun run = runSync(*tenant_, clone);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["pulled"]["added"].get<int>(), 4);
    QCOMPARE(run.report["import_calls"].get<int>(), 0);
}

void TestSyncConflicts::sameKeyMadeIndependentlyIsAConflict()
{
    // A new workspace adds an indicator the service already has with other content: first link
    // by (type, value, scope), but never an overwrite of a version this workspace never had.
    const QString other = tenant_->dir(QStringLiteral("other.indicia"));
    {
        WorkspaceStore store;
        QVERIFY(store.open(other).ok());
        QVERIFY(store.upsert(ipIndicator(1, "made independently")).ok());
    }
    const CliRun run = runSync(*tenant_, other);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.report["conflicts"].get<int>(), 1);
    QCOMPARE(serverIndicator(*tenant_, publicIp(1)).value("title", ""), std::string("original"));
}

void TestSyncConflicts::pulledKnownGoodValuesAreNoticed()
{
    // Someone blocked a public DNS resolver on the service: the pull says so.
    json body = tenant_test::indicator("8.8.8.8");
    body["title"] = "resolver";
    body["description"] = "sync test";
    const QByteArray token = tenant_->token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
    QCOMPARE(tenant_->http.post(tenant_->api(QStringLiteral("/indicators")), token, body).status, 200);
    const CliRun run = runSync(*tenant_, workspace_);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["pulled"]["added"].get<int>(), 1);
    QCOMPARE(run.report["known_good"].get<int>(), 1);
}

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "test_sync_conflicts.moc"
