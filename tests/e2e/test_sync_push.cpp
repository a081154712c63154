// Sync, push side, against a real indicia-tenant over HTTP: offline edits reach the service
// on the next sync; 15,000 indicators go in exactly 30 import calls with no 429; a sync that
// needs more import calls than one rate window allows waits instead of being refused; undo
// and redo reach the service like any edit.

#include "test_sync_support.h"

#include <QElapsedTimer>

using namespace indicia;
using namespace sync_test;

class TestSyncPush : public QObject {
    Q_OBJECT
private slots:
    void offlineEditsThenSync();
    void fifteenThousandInThirtyImportCalls();
    void limiterWaitsInsteadOf429();
    void plainHttpRefusedOutsideLoopback();
    void undoAndRedoReachTheService();
};

void TestSyncPush::offlineEditsThenSync()
{
    Tenant tenant;
    QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}), qPrintable(tenant.error));
    const QString workspace = tenant.dir(QStringLiteral("w.indicia"));
    {
        WorkspaceStore store; // edited with no network at all
        QVERIFY(store.open(workspace).ok());
        for (int n = 1; n <= 3; ++n)
            QVERIFY(store.upsert(ipIndicator(n, "first")).ok());
    }
    CliRun run = runSync(tenant, workspace);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["pushed"].get<int>(), 3);
    QCOMPARE(run.report["pending"].get<int>(), 0);
    QCOMPARE(serverValues(tenant).size(), std::size_t(3));
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace).ok());
        QVERIFY(!store.get(1)->serverId.empty());
        QVERIFY(store.setting(QStringLiteral("sync.last")).toLongLong() > 0);
        QVERIFY(store.update(1, ipIndicator(1, "edited offline")).ok());
        QVERIFY(store.remove({2}).ok());
        QVERIFY(store.upsert(ipIndicator(4, "new")).ok());
    }
    run = runSync(tenant, workspace);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["deleted"].get<int>(), 1);
    QCOMPARE(run.report["pushed"].get<int>(), 2);
    const auto values = serverValues(tenant);
    QCOMPARE(values.size(), std::size_t(3));
    QVERIFY(values.count(publicIp(2)) == 0);
    QCOMPARE(serverIndicator(tenant, publicIp(1)).value("title", ""), std::string("edited offline"));
    // Nothing left to do: a third sync sends no import at all.
    run = runSync(tenant, workspace);
    QCOMPARE(run.report["import_calls"].get<int>(), 0);
    QCOMPARE(run.report["pulled"]["updated"].get<int>(), 0);
}

void TestSyncPush::undoAndRedoReachTheService()
{
    // An undo restores saved versions of rows; the service must follow, whether the change
    // undone had been synced already or was still waiting to be sent.
    Tenant tenant;
    QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}), qPrintable(tenant.error));
    const QString workspace = tenant.dir(QStringLiteral("w.indicia"));
    const auto sync = [&] {
        const CliRun run = runSync(tenant, workspace);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
        QCOMPARE(run.report["pending"].get<int>(), 0);
        QCOMPARE(run.report["conflicts"].get<int>(), 0);
    };
    const auto title = [&](int n) { return serverIndicator(tenant, publicIp(n)).value("title", std::string()); };
    std::int64_t edit = 0, removeUnsent = 0, removeSent = 0, editUndone = 0;
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace).ok());
        for (int n = 1; n <= 3; ++n)
            QVERIFY(store.upsert(ipIndicator(n, "first")).ok());
    }
    sync();
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace).ok());
        const auto edited = store.update(1, ipIndicator(1, "edited"));
        QVERIFY(edited.ok());
        edit = edited->opId;
        const auto removed = store.remove({3});
        QVERIFY(removed.ok());
        removeSent = *removed;
    }
    sync();
    QCOMPARE(title(1), std::string("edited"));
    QCOMPARE(serverValues(tenant).count(publicIp(3)), std::size_t(0));
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace).ok());
        const auto undoneEdit = store.undoOperation(edit); // a synced edit undone
        QVERIFY(undoneEdit.ok());
        editUndone = *undoneEdit;
        QVERIFY(store.undoOperation(removeSent).ok()); // a synced delete undone
        const auto removed = store.remove({2});        // a delete undone before it was sent
        QVERIFY(removed.ok());
        removeUnsent = *removed;
        const auto undone = store.undoOperation(removeUnsent);
        QVERIFY(undone.ok());
        QVERIFY(store.get(2)->syncState == SyncState::Pending);
    }
    sync();
    QCOMPARE(title(1), std::string("first"));
    QCOMPARE(title(2), std::string("first"));
    QCOMPARE(title(3), std::string("first"));
    QCOMPARE(serverValues(tenant).size(), std::size_t(3));
    {
        WorkspaceStore store;
        QVERIFY(store.open(workspace).ok());
        for (std::int64_t id : {1, 2})
            QVERIFY(store.get(id)->syncState == SyncState::Synced);
        // Redo of the undone edit (undo of its undo) goes out too.
        QVERIFY(store.undoOperation(editUndone).ok());
    }
    sync();
    QCOMPARE(title(1), std::string("edited"));
}

void TestSyncPush::fifteenThousandInThirtyImportCalls()
{
    Tenant tenant;
    const QString log = tenant.dir(QStringLiteral("requests.jsonl"));
    QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--request-log"), log}),
             qPrintable(tenant.error));
    const QString workspace = tenant.dir(QStringLiteral("w.indicia"));
    const QString csv = tenant.dir(QStringLiteral("iocs.csv"));
    QVERIFY(writeCsv(csv, 1, 15000));
    QVERIFY(importCsv(workspace, csv));
    const CliRun run = runSync(tenant, workspace);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(run.report["pushed"].get<int>(), 15000);
    QCOMPARE(loggedCalls(log, "/api/indicators/import"), 30);
    QCOMPARE(loggedCalls(log, "", 429), 0);
    QCOMPARE(run.report["too_many_requests"].get<int>(), 0);
    QCOMPARE(serverValues(tenant).size(), std::size_t(15000));
    WorkspaceStore store;
    QVERIFY(store.open(workspace).ok());
    QCOMPARE(store.count(std::nullopt, IndicatorState::PendingSync), 0);
}

void TestSyncPush::limiterWaitsInsteadOf429()
{
    // 35 import calls in one sync: more than the 30 one window admits. The client is told
    // the scale (as the tenant is), never the limits: it must wait on its own. A scale of 6
    // (10 s windows) because at 30 the imports themselves take longer than a window.
    const int scale = 6;
    Tenant tenant;
    const QString log = tenant.dir(QStringLiteral("requests.jsonl"));
    // Tokens that last 3 s: the client must refresh one before it expires, mid-sync.
    QVERIFY2(tenant.start({QStringLiteral("--time-scale"), QString::number(scale), QStringLiteral("--request-log"), log,
                           QStringLiteral("--quota"), QStringLiteral("20000"), QStringLiteral("--token-lifetime"),
                           QStringLiteral("3")}),
             qPrintable(tenant.error));
    const QString workspace = tenant.dir(QStringLiteral("w.indicia"));
    const QString csv = tenant.dir(QStringLiteral("iocs.csv"));
    QVERIFY(writeCsv(csv, 1, 17500));
    QVERIFY(importCsv(workspace, csv));
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runSync(tenant, workspace, QStringLiteral("admin"),
                               {QStringLiteral("--rate-scale"), QString::number(scale)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stdErr));
    QCOMPARE(loggedCalls(log, "/api/indicators/import"), 35);
    QCOMPARE(loggedCalls(log, "", 429), 0);
    QVERIFY(clock.elapsed() >= 60 * 1000 / scale); // the 31st import waited for the window
    QVERIFY(loggedCalls(log, "/contoso/oauth2/v2.0/token", 200) >= 2);
    QCOMPARE(loggedCalls(log, "", 401), 0); // refreshed before expiry, never used expired
    QCOMPARE(serverValues(tenant).size(), std::size_t(17500));
}

void TestSyncPush::plainHttpRefusedOutsideLoopback()
{
    QTemporaryDir dir;
    QProcess process;
    process.setProcessEnvironment(secretEnvironment(QStringLiteral("x")));
    process.start(kCli, {QStringLiteral("sync"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w.indicia")),
                         QStringLiteral("--service"), QStringLiteral("http://indicators.example.com"),
                         QStringLiteral("--client-id"), QStringLiteral("a"), QStringLiteral("--client-secret-env"),
                         QStringLiteral("INDICIA_TEST_SECRET")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("Plain HTTP is refused")));
}

QTEST_GUILESS_MAIN(TestSyncPush)
#include "test_sync_push.moc"
