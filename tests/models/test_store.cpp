// WorkspaceStore on real SQLite files: opening and its errors, identity and upsert, one
// transaction per action (with an injected failure), RBAC refusals, expiry, quota, undo.

#include "test_store_support.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace indicia;
using namespace indicia::testing;

class TestStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString file(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

    void openFresh(WorkspaceStore& store, const char* name)
    {
        QFile::remove(file(name));
        const StoreError error = store.open(file(name));
        QVERIFY2(error.ok(), qPrintable(error.message));
    }

private slots:
    void opensAndCreatesAtLatestVersion();
    void refusesAFileThatIsNotADatabase();
    void refusesANewerSchema();
    void reportsALockedFile();
    void upgradesTheVersion1Fixture();
    void upgradesTheVersion2Fixture();
    void identityHashIsStable();
    void upsertAddsThenUpdatesTheSameKey();
    void identityIncludesTheScopeSet();
    void refusesInvalidIndicators();
    void everyActionWritesChangeHistoryAndOutbox();
    void aFailureMidwayChangesNothing();
    void readOnlyMayNotWrite();
    void secOpsIsLimitedToItsGroups();
    void expiredIndicatorsStayUntilPurged();
    void quotaAndOverflow();
    void undoAndRedoOfEdits();
    void undoThatCannotReadItsHistoryFails();
    void statsCountsEverything();
};

void TestStore::opensAndCreatesAtLatestVersion()
{
    WorkspaceStore store;
    openFresh(store, "new.indicia");
    QCOMPARE(store.schemaVersion(), WorkspaceStore::latestSchemaVersion());
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // 16 KiB pages for a new file (faster bulk imports); an existing file keeps its own.
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    QCOMPARE(query.value(0).toInt(), 16384);
    QCOMPARE(store.quota(), WorkspaceStore::kDefaultQuota);
    // Reopening an up-to-date file changes nothing.
    store.close();
    QVERIFY(store.open(file("new.indicia")).ok());
    QCOMPARE(store.schemaVersion(), WorkspaceStore::latestSchemaVersion());
}

void TestStore::refusesAFileThatIsNotADatabase()
{
    QFile text(file("notes.indicia"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    const QByteArray content = QByteArrayLiteral("These are my notes, not a database.\n")
                                   .repeated(200);
    text.write(content);
    text.close();
    WorkspaceStore store;
    const StoreError error = store.open(file("notes.indicia"));
    QCOMPARE(error.code, StoreErrorCode::NotADatabase);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!store.isOpen());
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), content); // untouched
}

void TestStore::refusesANewerSchema()
{
    const QString path = file("future.indicia");
    {
        WorkspaceStore store;
        QVERIFY(store.open(path).ok());
        QVERIFY(execOn(store, QStringLiteral("PRAGMA user_version = 99")));
    }
    WorkspaceStore store;
    const StoreError error = store.open(path);
    QCOMPARE(error.code, StoreErrorCode::NewerSchema);
    QVERIFY(error.message.contains(QStringLiteral("99")));
}

void TestStore::reportsALockedFile()
{
    // Another program holds an exclusive lock on a (non-WAL) database for longer than the
    // store waits.
    const QString path = file("locked.indicia");
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                   QStringLiteral("other-program"));
    other.setDatabaseName(path);
    QVERIFY(other.open());
    {
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    }
    WorkspaceStore store;
    const StoreError error = store.open(path);
    QCOMPARE(error.code, StoreErrorCode::Locked);
    {
        QSqlQuery query(other);
        query.exec(QStringLiteral("ROLLBACK"));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
}

void TestStore::upgradesTheVersion1Fixture()
{
    const QString path = file("v1.indicia");
    QVERIFY(loadSqlScript(QStringLiteral(INDICIA_TEST_DATA "/workspace_v1.sql"), path));
    WorkspaceStore store;
    const StoreError error = store.open(path);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(store.schemaVersion(), WorkspaceStore::latestSchemaVersion());

    // Data kept: rows, groups, settings, sync state, history.
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 3);
    QCOMPARE(store.quota(), 5000);
    const auto hash = store.get(1);
    QVERIFY(hash.ok());
    QCOMPARE(hash->indicator.rbacGroups, (std::vector<std::string>{"Servers", "Workstations"}));
    QCOMPARE(hash->indicator.mitreTechniques, (std::vector<std::string>{"T1059", "T1204"}));
    QCOMPARE(hash->serverId, std::string("995"));
    QVERIFY(hash->syncState == SyncState::Synced);
    QCOMPARE(store.history(2).size(), std::size_t(2));
    QCOMPARE(countRows(store, QStringLiteral("outbox")), 1);
    // v4: the sync bookkeeping table exists, empty, on an upgraded file.
    QCOMPARE(countRows(store, QStringLiteral("sync_remote")), 0);
    // The new tab column was derived from the type.
    QCOMPARE(store.count(TabKind::FileHashes, IndicatorState::Any), 1);
    QCOMPARE(store.count(TabKind::UrlsDomains, IndicatorState::Any), 1);
    QCOMPARE(store.count(TabKind::IpAddresses, IndicatorState::Expired), 1);

    // The v2 additions work on the upgraded file: operations, list indexes, undo.
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'indicators_tab_%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 5); // updated, action, severity, expiration; value (v3)
    Indicator edited = hash->indicator;
    edited.title = "Edited after the upgrade";
    const auto updated = store.update(1, edited);
    QVERIFY2(updated.ok(), qPrintable(updated.error().message));
    QVERIFY(store.undoOperation(updated->opId).ok());
    QCOMPARE(store.get(1)->indicator.title, std::string("Empty file"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4096); // as the fixture was made
}

void TestStore::upgradesTheVersion2Fixture()
{
    // Two imports written by a v2 build: a.csv added rows 1-4 (row 2 scoped to two groups,
    // row 4 to one), b.csv updated row 1 and added row 5.
    const QString path = file("v2.indicia");
    QVERIFY(loadSqlScript(QStringLiteral(INDICIA_TEST_DATA "/workspace_v2.sql"), path));
    WorkspaceStore store;
    const StoreError error = store.open(path);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(store.schemaVersion(), WorkspaceStore::latestSchemaVersion());
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 5);
    QCOMPARE(countRows(store, QStringLiteral("indicator_groups")), 3);
    QCOMPARE(countRows(store, QStringLiteral("outbox")), 6);
    QCOMPARE(countRows(store, QStringLiteral("history")), 1);

    // Every row got its identity hash; the created_op index is gone, and so is key_hash's
    // (v5: identity through (tab, value)); the identity triggers exist.
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id, type, value, scope_key, key_hash FROM indicators")));
    int rows = 0;
    while (query.next()) {
        ++rows;
        const std::string type = query.value(1).toString().toStdString();
        const std::string value = query.value(2).toString().toStdString();
        const std::string scope = query.value(3).toString().toStdString();
        QCOMPARE(query.value(4).toLongLong(), qlonglong(identityHash(type, value, scope)));
    }
    QCOMPARE(rows, 5);
    QVERIFY(query.exec(QStringLiteral(
        "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE name IN "
        "('indicators_key_hash', 'indicators_by_created_op', 'indicators_tab_value', "
        "'indicators_identity_insert', 'indicators_identity_update') ORDER BY name)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(),
             QStringLiteral("indicators_identity_insert,indicators_identity_update,"
                            "indicators_tab_value"));
    // The identity lookup runs on the (tab, value) index.
    QVERIFY(query.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM indicators WHERE tab = 0 AND value = 'x' "
        "AND +type = 'FileSha256' AND +scope_key = ''")));
    QVERIFY(query.next());
    QVERIFY2(query.value(3).toString().contains(QStringLiteral("indicators_tab_value")),
             qPrintable(query.value(3).toString()));
    // The imports' id ranges, for undo.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT group_concat(added_first || '-' || added_last) FROM operations ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("1-4,5-5"));

    // Identity through the hash: the scoped twin of row 1 is row 2, whatever the group order.
    const std::string hash1(64, '1');
    auto scoped = store.upsert(makeIndicator(IndicatorType::FileSha256, hash1,
                                             {"Servers", "Finance"}, Action::Block));
    QVERIFY2(scoped.ok(), qPrintable(scoped.error().message));
    QVERIFY(scoped->outcome != UpsertOutcome::Added);
    QCOMPARE(scoped->id, 2);
    QVERIFY(store.undoOperation(scoped->opId).ok());
    // The database itself still refuses a second row with the same key.
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO indicators (tab, type, value, scope_key, action, created_by, created_at, "
        "updated_by, updated_at, key_hash) SELECT tab, type, value, scope_key, action, "
        "created_by, created_at, updated_by, updated_at, key_hash FROM indicators WHERE id = 3")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("UNIQUE")));
    // ... and an edit onto another row's key.
    Indicator third = store.get(3)->indicator;
    third.value = "bad.example.com";
    Indicator fifthAsDomain = store.get(5)->indicator;
    fifthAsDomain.type = IndicatorType::DomainName;
    fifthAsDomain.value = "bad.example.com";
    fifthAsDomain.expiration = third.expiration;
    QVERIFY(!store.update(5, fifthAsDomain).ok());

    // Undo of the second import: row 5 goes, row 1 gets its first title back.
    QCOMPARE(store.get(1)->indicator.title, std::string("Second import changed it"));
    QVERIFY(store.undoOperation(2).ok());
    QVERIFY(!store.get(5).ok());
    QCOMPARE(store.get(1)->indicator.title, std::string("First import"));
    // Undo of the first import removes the four rows it added (found by id range).
    QVERIFY(store.undoOperation(1).ok());
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 0);
    QCOMPARE(countRows(store, QStringLiteral("indicator_groups")), 0);

    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
}

void TestStore::identityHashIsStable()
{
    // key_hash is stored in files: these values must never change.
    QCOMPARE(identityHash(std::string_view("FileSha256"), std::string_view(""), std::string_view("")),
             identityHash(IndicatorType::FileSha256, "", ""));
    const std::int64_t a = identityHash(std::string_view("DomainName"),
                                        std::string_view("bad.example.com"), std::string_view(""));
    const std::int64_t b = identityHash(std::string_view("DomainName"),
                                        std::string_view("bad.example.co"), std::string_view("m"));
    const std::int64_t c = identityHash(std::string_view("DomainName"),
                                        std::string_view("bad.example.com"),
                                        std::string_view("Servers"));
    QVERIFY(a != b);
    QVERIFY(a != c);
    QCOMPARE(a, std::int64_t(-1528479850951844438LL)); // computed once, by an independent script
}

void TestStore::upsertAddsThenUpdatesTheSameKey()
{
    WorkspaceStore store;
    openFresh(store, "upsert.indicia");
    Indicator indicator = sha256(1);
    indicator.value = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1";
    const auto added = store.upsert(indicator);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(added->outcome == UpsertOutcome::Added);
    // The value is stored canonical (lower-case hex).
    QCOMPARE(store.get(added->id)->indicator.value, sha256(1).value);

    const auto same = store.upsert(indicator);
    QVERIFY(same.ok());
    QVERIFY(same->outcome == UpsertOutcome::Unchanged);
    QCOMPARE(same->id, added->id);

    indicator.action = Action::Allowed;
    indicator.title = "Known good";
    const auto updated = store.upsert(indicator, QStringLiteral("false positive"));
    QVERIFY(updated.ok());
    QVERIFY(updated->outcome == UpsertOutcome::Updated);
    QCOMPARE(updated->id, added->id);
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 1);
    const auto record = store.get(added->id);
    QVERIFY(record->indicator.action == Action::Allowed);
    QCOMPARE(record->indicator.title, std::string("Known good"));

    const auto entries = store.history(added->id);
    QCOMPARE(entries.size(), std::size_t(2));
    QCOMPARE(entries[1].operation, QStringLiteral("update"));
    QCOMPARE(entries[1].comment, QStringLiteral("false positive"));
    QVERIFY(entries[1].beforeJson.contains(QStringLiteral("\"Block\"")));
    QVERIFY(entries[1].afterJson.contains(QStringLiteral("\"Allowed\"")));
}

void TestStore::identityIncludesTheScopeSet()
{
    WorkspaceStore store;
    openFresh(store, "identity.indicia");
    const auto all = store.upsert(sha256(2));
    const auto scoped = store.upsert(sha256(2, {"Workstations", "Servers"}));
    const auto sameScope = store.upsert(sha256(2, {" Servers", "Workstations", "Servers"}));
    QVERIFY(all.ok() && scoped.ok() && sameScope.ok());
    QVERIFY(all->id != scoped->id);
    QCOMPARE(sameScope->id, scoped->id); // order, padding and repeats do not matter
    QVERIFY(sameScope->outcome == UpsertOutcome::Unchanged);
    QCOMPARE(store.get(scoped->id)->indicator.rbacGroups,
             (std::vector<std::string>{"Servers", "Workstations"}));
    QCOMPARE(countRows(store, QStringLiteral("indicator_groups")), 2);
    QVERIFY(store.findId(IndicatorType::FileSha256, sha256(2).value, {"Workstations", "Servers"}));
}

void TestStore::refusesInvalidIndicators()
{
    WorkspaceStore store;
    openFresh(store, "invalid.indicia");
    const auto before = snapshotCounts(store);
    const auto bad = store.upsert(makeIndicator(IndicatorType::FileSha256, "not-a-hash"));
    QCOMPARE(bad.error().code, StoreErrorCode::Invalid);
    QVERIFY(bad.error().message.contains(QStringLiteral("not-a-hash")));
    // Certificates cannot be blocked, only allowed or blocked-and-remediated.
    const auto wrongAction = store.upsert(makeIndicator(
        IndicatorType::CertificateThumbprint, "0123456789abcdef0123456789abcdef01234567", {},
        Action::Warn));
    QCOMPARE(wrongAction.error().code, StoreErrorCode::Invalid);
    QCOMPARE(snapshotCounts(store), before);
}

void TestStore::everyActionWritesChangeHistoryAndOutbox()
{
    WorkspaceStore store;
    openFresh(store, "actions.indicia");
    const auto a = store.upsert(sha256(3));
    const auto b = store.upsert(sha256(4));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(snapshotCounts(store), (std::vector<std::int64_t>{2, 2, 2, 2, 0}));
    const auto setAction = store.bulkSetAction({a->id, b->id}, Action::Audit);
    QVERIFY(setAction.ok());
    QVERIFY(store.get(a->id)->indicator.generateAlert); // Audit implies an alert
    QCOMPARE(snapshotCounts(store), (std::vector<std::int64_t>{2, 4, 3, 4, 0}));
    // A synced row leaves an outbox delete naming its server id and key.
    QVERIFY(execOn(store, QStringLiteral("UPDATE indicators SET server_id = '42', "
                                         "sync_state = 'synced' WHERE id = %1").arg(a->id)));
    QVERIFY(execOn(store, QStringLiteral("DELETE FROM outbox")));
    const auto removed = store.remove({a->id, b->id}, QStringLiteral("cleanup"));
    QVERIFY(removed.ok());
    QCOMPARE(snapshotCounts(store), (std::vector<std::int64_t>{0, 6, 4, 1, 0}));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT op, server_id, key, op_id FROM outbox")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("delete"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("42"));
    QVERIFY(query.value(2).toString().contains(QString::fromStdString(sha256(3).value)));
    QCOMPARE(query.value(3).toLongLong(), *removed);
    const auto ops = store.operations();
    QCOMPARE(ops.front().kind, QStringLiteral("remove"));
    QCOMPARE(ops.front().comment, QStringLiteral("cleanup"));
}

void TestStore::aFailureMidwayChangesNothing()
{
    WorkspaceStore store;
    openFresh(store, "failure.indicia");
    const auto kept = store.upsert(sha256(5));
    QVERIFY(kept.ok());
    // The outbox row is written last: a failure there must undo the change, the operation
    // and the history written before it.
    QVERIFY(execOn(store, QStringLiteral(
        "CREATE TRIGGER injected_failure BEFORE INSERT ON outbox "
        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    const auto before = snapshotCounts(store);
    const auto add = store.upsert(sha256(6));
    QCOMPARE(add.error().code, StoreErrorCode::Sql);
    QVERIFY(add.error().message.contains(QStringLiteral("injected failure")));
    QCOMPARE(snapshotCounts(store), before);
    Indicator changed = sha256(5);
    changed.title = "changed";
    QVERIFY(!store.upsert(changed).ok());
    QVERIFY(!store.bulkSetAction({kept->id}, Action::Allowed).ok());
    QCOMPARE(snapshotCounts(store), before);
    QCOMPARE(store.get(kept->id)->indicator.title, sha256(5).title);
    QVERIFY(store.get(kept->id)->indicator.action == Action::Block);
    // A delete leaves no outbox row for an unsynced indicator, so fail on history instead.
    QVERIFY(execOn(store, QStringLiteral(
        "CREATE TRIGGER injected_history BEFORE INSERT ON history "
        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    QVERIFY(!store.remove({kept->id}).ok());
    QCOMPARE(snapshotCounts(store), before);
}

void TestStore::readOnlyMayNotWrite()
{
    WorkspaceStore store;
    openFresh(store, "readonly.indicia");
    const auto existing = store.upsert(sha256(7));
    store.setSession({QStringLiteral("reader"), StoreRole::ReadOnly, {}, {}});
    const auto before = snapshotCounts(store);
    QCOMPARE(store.upsert(sha256(8)).error().code, StoreErrorCode::Forbidden);
    QCOMPARE(store.remove({existing->id}).error().code, StoreErrorCode::Forbidden);
    QCOMPARE(store.bulkSetAction({existing->id}, Action::Allowed).error().code,
             StoreErrorCode::Forbidden);
    QCOMPARE(store.undoOperation(existing->opId).error().code, StoreErrorCode::Forbidden);
    QCOMPARE(store.setQuota(10).code, StoreErrorCode::Forbidden);
    QVERIFY(store.upsert(sha256(8)).error().message.contains(QStringLiteral("reader")));
    QCOMPARE(snapshotCounts(store), before);
}

void TestStore::secOpsIsLimitedToItsGroups()
{
    WorkspaceStore store;
    openFresh(store, "secops.indicia");
    const auto global = store.upsert(sha256(9));
    const auto mixed = store.upsert(sha256(10, {"Servers", "Finance"}));
    QVERIFY(global.ok() && mixed.ok());
    store.setSession({QStringLiteral("sam"), StoreRole::SecOps, {QStringLiteral("Servers"),
                                                                 QStringLiteral("Labs")}, {}});
    const auto before = snapshotCounts(store);
    // May not create an all-devices indicator, nor one outside their groups.
    QCOMPARE(store.upsert(sha256(11)).error().code, StoreErrorCode::Forbidden);
    QCOMPARE(store.upsert(sha256(11, {"Servers", "Finance"})).error().code,
             StoreErrorCode::Forbidden);
    // May not touch the global or the partly foreign one, nor widen a scope to all devices.
    QCOMPARE(store.remove({global->id}).error().code, StoreErrorCode::Forbidden);
    QCOMPARE(store.bulkSetAction({mixed->id}, Action::Allowed).error().code,
             StoreErrorCode::Forbidden);
    QCOMPARE(snapshotCounts(store), before);
    // Within their groups all is fine.
    const auto own = store.upsert(sha256(11, {"Labs", "Servers"}));
    QVERIFY2(own.ok(), qPrintable(own.error().message));
    QCOMPARE(store.update(own->id, sha256(11)).error().code, StoreErrorCode::Forbidden);
    QVERIFY(store.remove({own->id}).ok());
}

void TestStore::expiredIndicatorsStayUntilPurged()
{
    WorkspaceStore store;
    openFresh(store, "expiry.indicia");
    std::int64_t clock = 1'800'000'000;
    store.setClock([&clock] { return clock; });
    Indicator soon = sha256(12);
    soon.expiration = fromUnixSeconds(clock + 100);
    QVERIFY(store.upsert(soon).ok());
    QVERIFY(store.upsert(sha256(13)).ok());
    QCOMPARE(store.count(std::nullopt, IndicatorState::Active), 2);
    clock += 100; // expiration <= now: expired, to the second
    QCOMPARE(store.count(std::nullopt, IndicatorState::Active), 1);
    QCOMPARE(store.count(TabKind::FileHashes, IndicatorState::Expired), 1);
    QCOMPARE(store.count(TabKind::IpAddresses, IndicatorState::Expired), 0);
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 2); // kept
    QCOMPARE(store.stats().expired, 1);
    const auto purged = store.purgeExpired();
    QVERIFY(purged.ok());
    QCOMPARE(*purged, 1);
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 1);
    QCOMPARE(store.operations().front().kind, QStringLiteral("purge-expired"));
}

void TestStore::quotaAndOverflow()
{
    WorkspaceStore store;
    openFresh(store, "quota.indicia");
    QCOMPARE(store.quotaOverflow(15'001), 1);
    QVERIFY(store.setQuota(3).ok());
    QCOMPARE(store.setQuota(0).code, StoreErrorCode::Invalid);
    QVERIFY(store.upsert(sha256(14)).ok());
    QVERIFY(store.upsert(sha256(15)).ok());
    QCOMPARE(store.quotaOverflow(1), 0);
    QCOMPARE(store.quotaOverflow(4), 3);
    QCOMPARE(store.stats().quota, 3);
}

void TestStore::undoThatCannotReadItsHistoryFails()
{
    // A failed history read must not pass for "nothing to undo": the undo used to change
    // nothing and report success.
    WorkspaceStore store;
    openFresh(store, "undo-unreadable.indicia");
    QVERIFY(store.upsert(sha256(17, {"Servers"})).ok());
    Indicator changed = sha256(17, {"Servers"});
    changed.action = Action::Allowed;
    const auto updated = store.upsert(changed);
    QVERIFY(updated.ok());
    QSqlQuery query(store.database());
    QVERIFY2(query.exec(QStringLiteral("ALTER TABLE history RENAME TO history_elsewhere")),
             qPrintable(query.lastError().text()));

    const auto undo = store.undoOperation(updated->opId);
    QVERIFY(!undo.ok());
    QCOMPARE(undo.error().code, StoreErrorCode::Sql);
    QVERIFY2(undo.error().message.contains(QStringLiteral("history")), qPrintable(undo.error().message));
    QVERIFY(store.get(updated->id)->indicator.action == Action::Allowed); // unchanged
}

void TestStore::undoAndRedoOfEdits()
{
    WorkspaceStore store;
    openFresh(store, "undo.indicia");
    const auto added = store.upsert(sha256(16, {"Servers"}));
    QVERIFY(added.ok());
    Indicator changed = sha256(16, {"Servers"});
    changed.action = Action::Allowed;
    const auto updated = store.upsert(changed);
    QVERIFY(updated.ok());

    const auto undoUpdate = store.undoOperation(updated->opId);
    QVERIFY2(undoUpdate.ok(), qPrintable(undoUpdate.error().message));
    QVERIFY(store.get(added->id)->indicator.action == Action::Block);
    const auto redoUpdate = store.undoOperation(*undoUpdate);
    QVERIFY(redoUpdate.ok());
    QVERIFY(store.get(added->id)->indicator.action == Action::Allowed);

    const auto removed = store.remove({added->id});
    QVERIFY(removed.ok());
    QVERIFY(!store.get(added->id).ok());
    const auto undoRemove = store.undoOperation(*removed);
    QVERIFY(undoRemove.ok());
    const auto restored = store.get(added->id); // same id, groups and content
    QVERIFY(restored.ok());
    QCOMPARE(restored->indicator.rbacGroups, std::vector<std::string>{"Servers"});
    QVERIFY(restored->indicator.action == Action::Allowed);

    const auto undoAdd = store.undoOperation(added->opId);
    QVERIFY(undoAdd.ok());
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 0);
    QCOMPARE(store.undoOperation(987654).error().code, StoreErrorCode::NotFound);
}

void TestStore::statsCountsEverything()
{
    WorkspaceStore store;
    openFresh(store, "stats.indicia");
    QVERIFY(store.upsert(sha256(17)).ok());
    QVERIFY(store.upsert(makeIndicator(IndicatorType::DomainName, "contoso-bad.example.com", {},
                                       Action::Warn))
                .ok());
    QVERIFY(execOn(store, QStringLiteral("INSERT INTO machines (id, name) VALUES ('m1', 'pc')")));
    QVERIFY(execOn(store, QStringLiteral("INSERT INTO device_groups (name) VALUES ('Servers')")));
    QVERIFY(execOn(store, QStringLiteral("UPDATE indicators SET sync_state = 'conflict' "
                                         "WHERE type = 'DomainName'")));
    const StoreStats stats = store.stats();
    QCOMPARE(stats.active, 2);
    QCOMPARE(stats.expired, 0);
    QCOMPARE(stats.byType.at("FileSha256"), 1);
    QCOMPARE(stats.byType.at("DomainName"), 1);
    QCOMPARE(stats.byType.at("Url"), 0);
    QCOMPARE(stats.byAction.at("Block"), 1);
    QCOMPARE(stats.byAction.at("Warn"), 1);
    QCOMPARE(stats.pendingSync, 1);
    QCOMPARE(stats.conflicts, 1);
    QCOMPARE(stats.machines, 1);
    QCOMPARE(stats.deviceGroups, 1);
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
