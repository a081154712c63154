// Bulk import into the workspace store: every real MDE CSV of the shared data with its
// expected counts, valid-only vs all-or-nothing, dry run, re-import, undo of an import,
// bad input that must change nothing, an injected failure, RBAC and cancellation; keys found
// in memory while a large import has the identity index down.

#include "test_store_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace indicia;
using namespace indicia::testing;

namespace {

const QByteArray kHeader = QByteArrayLiteral(
    "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
    "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n");

QByteArray hashRow(int n, const char* action = "Block")
{
    return QByteArrayLiteral("FileSha256,") + QByteArray(64 - QByteArray::number(n).size(), 'b')
           + QByteArray::number(n) + QByteArrayLiteral(",,") + action
           + QByteArrayLiteral(",High,Row title,Row description,,,,,false\r\n");
}

} // namespace

class TestStoreImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int files_ = 0;

    QString writeFile(const QByteArray& content)
    {
        const QString path = dir_.filePath(QStringLiteral("input-%1.csv").arg(++files_));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    void openFresh(WorkspaceStore& store)
    {
        const StoreError error =
            store.open(dir_.filePath(QStringLiteral("ws-%1.indicia").arg(++files_)));
        QVERIFY2(error.ok(), qPrintable(error.message));
    }

private slots:
    void importsEveryRealCsv_data();
    void importsEveryRealCsv();
    void validOnlyKeepsValidRowsAllOrNothingKeepsNone();
    void dryRunChangesNothing();
    void reimportIsUnchangedAndUpdatesAreUndoable();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void aFailureMidwayChangesNothing();
    void scopedSessionsAndCancellation();
    void largeImportRebuildsTheListIndexes();
    void importsStixMispAndReportText();
    void hashCollisionsCompareTheRealKey();
    void largeImportFindsExistingKeysInMemory();
    void batchedInsertsKeepEveryRowAndItsGroups_data();
    void batchedInsertsKeepEveryRowAndItsGroups();
    void anImportNeedsRowIdsInOrder();
};

void TestStoreImport::importsEveryRealCsv_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("invalid");
    // invalid: a URL in a DomainName row; the template rows expire in 2018 and one is a
    // private IP (MDE refuses both). duplicates: the same domain twice in one file.
    QTest::newRow("Antivirus") << "Antivirus_IOCs.csv" << 81 << 79 << 1 << 1;
    QTest::newRow("DNSTwist") << "DNSTwist_office.com10-06-24.csv" << 3045 << 3045 << 0 << 0;
    QTest::newRow("Jay (BOM)") << "Jay_-MDE_IOCs.csv" << 432 << 420 << 11 << 1;
    QTest::newRow("LOTS") << "Living_Off_The_Tunnels_IOCs.csv" << 75 << 73 << 2 << 0;
    QTest::newRow("RMM (blank rows)") << "RMM.csv" << 351 << 316 << 35 << 0;
    QTest::newRow("anyrun (padding)") << "anyruniocs.csv" << 72 << 72 << 0 << 0;
    QTest::newRow("template") << "mde_template_example_rows.csv" << 5 << 2 << 0 << 3;
}

void TestStoreImport::importsEveryRealCsv()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(int, added);
    QFETCH(int, duplicates);
    QFETCH(int, invalid);
    WorkspaceStore store;
    openFresh(store);
    const auto report = store.importFile(
        QStringLiteral(INDICIA_SHARED_DATA "/mde_import_csv/") + file, {});
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->format, std::string("mde-csv"));
    QCOMPARE(report->rows, rows);
    QCOMPARE(report->added, added);
    QCOMPARE(report->duplicates, duplicates);
    QCOMPARE(report->invalid, invalid);
    QCOMPARE(report->updated + report->unchanged, 0);
    QVERIFY(report->committed);
    QCOMPARE(countRows(store, QStringLiteral("indicators")), added);
    QCOMPARE(countRows(store, QStringLiteral("outbox")), 1); // one row for all it added
    QCOMPARE(countRows(store, QStringLiteral("operations")), 1);
    for (const ImportProblem& problem : report->problems) {
        QVERIFY(problem.row > 0);
        QVERIFY(!problem.issue.code.empty());
        QVERIFY(!problem.issue.message.empty());
    }
}

void TestStoreImport::validOnlyKeepsValidRowsAllOrNothingKeepsNone()
{
    const QString path = writeFile(kHeader + hashRow(1) + QByteArrayLiteral(
                                       "FileSha256,nothex,,Block,High,t,d,,,,,false\r\n")
                                   + hashRow(2));
    WorkspaceStore store;
    openFresh(store);
    ImportOptions options;
    options.mode = ImportMode::AllOrNothing;
    const auto none = store.importFile(path, options);
    QVERIFY(none.ok());
    QVERIFY(!none->committed);
    QCOMPARE(none->invalid, 1);
    QCOMPARE(none->added, 2); // what would have been added
    QCOMPARE(none->problems.front().row, 2);
    QCOMPARE(snapshotCounts(store), (std::vector<std::int64_t>{0, 0, 0, 0, 0}));

    options.mode = ImportMode::ValidOnly;
    const auto some = store.importFile(path, options);
    QVERIFY(some.ok() && some->committed);
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 2);
}

void TestStoreImport::dryRunChangesNothing()
{
    WorkspaceStore store;
    openFresh(store);
    ImportOptions options;
    options.dryRun = true;
    const auto report = store.importFile(
        QStringLiteral(INDICIA_SHARED_DATA "/mde_import_csv/RMM.csv"), options);
    QVERIFY(report.ok());
    QCOMPARE(report->added, 316);
    QVERIFY(!report->committed);
    QCOMPARE(snapshotCounts(store), (std::vector<std::int64_t>{0, 0, 0, 0, 0}));
}

void TestStoreImport::reimportIsUnchangedAndUpdatesAreUndoable()
{
    WorkspaceStore store;
    openFresh(store);
    const auto manual = store.upsert(sha256(7)); // not touched by the imports below
    QVERIFY(manual.ok());
    const auto first = store.importFile(writeFile(kHeader + hashRow(1) + hashRow(2)), {});
    QVERIFY(first.ok() && first->added == 2);
    const auto again = store.importFile(writeFile(kHeader + hashRow(1) + hashRow(2)), {});
    QVERIFY(again.ok());
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(again->added, 0);

    // Row 1 changes its action, rows 3 and 4 are new.
    const auto second = store.importFile(
        writeFile(kHeader + hashRow(1, "Allowed") + hashRow(2) + hashRow(3) + hashRow(4)), {});
    QVERIFY(second.ok());
    QCOMPARE(second->updated, 1);
    QCOMPARE(second->unchanged, 1);
    QCOMPARE(second->added, 2);
    const auto row1 = store.findId(IndicatorType::FileSha256,
                                   std::string(63, 'b') + '1', {});
    QVERIFY(row1);
    QVERIFY(store.get(*row1)->indicator.action == Action::Allowed);
    QCOMPARE(store.history(*row1).back().operation, QStringLiteral("update"));

    // Undo removes exactly the two rows it added and restores row 1.
    const auto undo = store.undoOperation(second->opId);
    QVERIFY2(undo.ok(), qPrintable(undo.error().message));
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 3);
    QVERIFY(store.get(*row1)->indicator.action == Action::Block);
    QVERIFY(store.get(manual->id).ok());
    // Redo (undo of the undo) brings them back.
    QVERIFY(store.undoOperation(*undo).ok());
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 5);
    QVERIFY(store.get(*row1)->indicator.action == Action::Allowed);
    // Undo of the first import leaves only the manual indicator... once the later rows
    // that import created are gone too; here rows 1 and 2 go.
    QVERIFY(store.undoOperation(first->opId).ok());
    QVERIFY(!store.get(*row1).ok());
    QVERIFY(store.get(manual->id).ok());
}

void TestStoreImport::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("refused"); // a whole-file error rather than invalid rows
    QTest::newRow("wrong header")
        << QByteArrayLiteral("IndicatorType,Hash,Action\r\nFileSha256,abc,Block\r\n") << true;
    QTest::newRow("non-UTF-8 title")
        << (kHeader + QByteArrayLiteral("FileSha256,") + QByteArray(64, 'c')
            + QByteArrayLiteral(",,Block,High,caf\xe9 \xff\xfe,d,,,,,false\r\n"))
        << false;
    // A single row of 10 MB: the reader caps a record well below that.
    QTest::newRow("10 MB row")
        << (kHeader + QByteArrayLiteral("FileSha256,") + QByteArray(64, 'd')
            + QByteArrayLiteral(",,Block,High,\"") + QByteArray(10 << 20, 'x')
            + QByteArrayLiteral("\",d,,,,,false\r\n"))
        << false;
}

void TestStoreImport::badInputChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, refused);
    WorkspaceStore store;
    openFresh(store);
    QVERIFY(store.upsert(sha256(1)).ok());
    const auto before = snapshotCounts(store);
    const auto report = store.importFile(writeFile(content), {});
    if (refused) {
        QCOMPARE(report.error().code, StoreErrorCode::Unreadable);
        QVERIFY(!report.error().message.isEmpty());
    } else {
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->invalid, 1);
        QCOMPARE(report->added, 0);
        QVERIFY(!report->problems.empty());
    }
    QCOMPARE(snapshotCounts(store), before);
    // Unreadable: a missing file and a directory.
    QCOMPARE(store.importFile(dir_.filePath(QStringLiteral("missing.csv")), {}).error().code,
             StoreErrorCode::Unreadable);
    QCOMPARE(store.importFile(dir_.path(), {}).error().code, StoreErrorCode::Unreadable);
    QCOMPARE(snapshotCounts(store), before);
}

void TestStoreImport::aFailureMidwayChangesNothing()
{
    WorkspaceStore store;
    openFresh(store);
    QVERIFY(store.upsert(sha256(1)).ok());
    // The import's 40th row fails: the 39 rows before it must vanish too.
    QVERIFY(execOn(store, QStringLiteral(
        "CREATE TRIGGER injected_failure BEFORE INSERT ON indicators "
        "WHEN (SELECT count(*) FROM indicators) >= 40 "
        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    const auto before = snapshotCounts(store);
    QByteArray content = kHeader;
    for (int n = 100; n < 200; ++n)
        content += hashRow(n);
    const auto report = store.importFile(writeFile(content), {});
    QCOMPARE(report.error().code, StoreErrorCode::Sql);
    QVERIFY(report.error().message.contains(QStringLiteral("injected failure")));
    QCOMPARE(snapshotCounts(store), before);
}

void TestStoreImport::scopedSessionsAndCancellation()
{
    WorkspaceStore store;
    openFresh(store);
    const QString path = writeFile(
        kHeader + hashRow(1)
        + QByteArrayLiteral("FileSha256,") + QByteArray(64, 'e')
        + QByteArrayLiteral(",,Block,High,t,d,,Servers,,,false\r\n"));
    store.setSession({QStringLiteral("reader"), StoreRole::ReadOnly, {}, {}});
    QCOMPARE(store.importFile(path, {}).error().code, StoreErrorCode::Forbidden);
    // SecOps: the all-devices row is refused, the Servers row imported.
    store.setSession({QStringLiteral("sam"), StoreRole::SecOps, {QStringLiteral("Servers")}, {}});
    const auto report = store.importFile(path, {});
    QVERIFY(report.ok());
    QCOMPARE(report->added, 1);
    QCOMPARE(report->invalid, 1);
    QCOMPARE(report->problems.front().issue.code, std::string("forbidden"));

    store.setSession(StoreSession::globalAdmin(QStringLiteral("admin")));
    const auto before = snapshotCounts(store);
    std::atomic_bool cancel{true};
    ImportOptions options;
    options.cancel = &cancel;
    QCOMPARE(store.importFile(path, options).error().code, StoreErrorCode::Cancelled);
    QCOMPARE(snapshotCounts(store), before);
}

namespace {

// Names of the indexes and triggers on indicators, sorted and joined.
QString indicatorSchemaObjects(const WorkspaceStore& store)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral(
        "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE tbl_name = "
        "'indicators' AND type IN ('index', 'trigger') ORDER BY name)"));
    return query.next() ? query.value(0).toString() : QString();
}

QString integrity(const WorkspaceStore& store)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("PRAGMA integrity_check"));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

void TestStoreImport::largeImportRebuildsTheListIndexes()
{
    // Big enough (relative to the table) for the importer to drop the list indexes and
    // identity triggers inside its transaction and build them again after the last row.
    WorkspaceStore store;
    openFresh(store);
    QVERIFY(store.upsert(sha256(1)).ok());
    const QString schema = indicatorSchemaObjects(store);
    QVERIFY(schema.contains(QStringLiteral("indicators_tab_value")));
    QVERIFY(schema.contains(QStringLiteral("indicators_identity_insert")));
    QByteArray content = kHeader;
    constexpr int kRows = 30000;
    for (int n = 1; n <= kRows; ++n)
        content += hashRow(n);
    content += hashRow(17); // a repeat: the later row wins
    const QString path = writeFile(content);
    const auto before = snapshotCounts(store);

    // A dry run and a cancelled run roll back the dropped indexes with everything else.
    ImportOptions dry;
    dry.dryRun = true;
    const auto preview = store.importFile(path, dry);
    QVERIFY2(preview.ok(), qPrintable(preview.error().message));
    QCOMPARE(preview->added, kRows);
    QVERIFY(!preview->committed);
    QCOMPARE(snapshotCounts(store), before);
    QCOMPARE(indicatorSchemaObjects(store), schema);

    const auto report = store.importFile(path, {});
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->added, kRows);
    QCOMPARE(report->duplicates, 1);
    QCOMPARE(countRows(store, QStringLiteral("indicators")), kRows + 1);
    QCOMPARE(indicatorSchemaObjects(store), schema);
    QCOMPARE(integrity(store), QStringLiteral("ok"));
    // The list's value sort runs on the rebuilt index.
    QSqlQuery plan(store.database());
    QVERIFY(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM indicators WHERE tab = 0 ORDER BY value, id LIMIT 5")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + u';';
    QVERIFY2(details.contains(QStringLiteral("indicators_tab_value")), qPrintable(details));
    // The identity holds after the import: a second row with an imported key is refused.
    QVERIFY(!execOn(store, QStringLiteral(
        "INSERT INTO indicators (tab, type, value, scope_key, action, created_by, created_at, "
        "updated_by, updated_at, key_hash) SELECT tab, type, value, scope_key, action, "
        "created_by, created_at, updated_by, updated_at, key_hash FROM indicators "
        "ORDER BY id DESC LIMIT 1")));

    // Again: everything unchanged (the table is now as big as the file: indexes kept).
    const auto again = store.importFile(path, {});
    QVERIFY(again.ok());
    QCOMPARE(again->unchanged, kRows + 1); // the repeated row too
    QCOMPARE(again->added, 0);
    // Undo finds the added rows by their id range.
    QVERIFY(store.undoOperation(report->opId).ok());
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 1);
    QCOMPARE(integrity(store), QStringLiteral("ok"));
}

void TestStoreImport::hashCollisionsCompareTheRealKey()
{
    // Two keys with one key_hash (forced here: a real 64-bit collision is too rare to find)
    // are still two indicators, in the Qt path and in the importer.
    WorkspaceStore store;
    openFresh(store);
    const auto first = store.upsert(sha256(1));
    QVERIFY(first.ok());
    const Indicator other = sha256(2);
    const qlonglong otherHash = identityHash(other.type, other.value, "");
    QVERIFY(execOn(store, QStringLiteral("UPDATE indicators SET key_hash = %1 WHERE id = %2")
                              .arg(otherHash)
                              .arg(first->id)));
    const auto second = store.upsert(other);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QVERIFY(second->outcome == UpsertOutcome::Added);
    QVERIFY(second->id != first->id);
    // The importer: a row with the other key updates that row, not the first one.
    const QByteArray row = QByteArrayLiteral("FileSha256,") + QByteArray::fromStdString(other.value)
                           + QByteArrayLiteral(",,Audit,Low,Imported,d,,,,,true\r\n");
    const auto report = store.importFile(writeFile(kHeader + row), {});
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->updated, 1);
    QCOMPARE(store.get(second->id)->indicator.title, std::string("Imported"));
    QCOMPARE(store.get(first->id)->indicator.title, std::string("Test indicator"));
    // A third key with the same hash is added by the importer.
    const Indicator third = sha256(3);
    QVERIFY(execOn(store, QStringLiteral("UPDATE indicators SET key_hash = %1")
                              .arg(identityHash(third.type, third.value, ""))));
    const QByteArray thirdRow = QByteArrayLiteral("FileSha256,")
                                + QByteArray::fromStdString(third.value)
                                + QByteArrayLiteral(",,Block,Low,Third,d,,,,,false\r\n");
    const auto added = store.importFile(writeFile(kHeader + thirdRow), {});
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added->added, 1);
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 3);
}

void TestStoreImport::largeImportFindsExistingKeysInMemory()
{
    // Large relative to the table, so the importer drops the key_hash index and finds keys
    // through its own table of every row's hash: rows already in the workspace are updated
    // (not added twice), and a forced hash collision still compares the real key.
    WorkspaceStore store;
    openFresh(store);
    const auto rowValue = [](int n) {
        const std::string digits = std::to_string(n);
        return std::string(64 - digits.size(), 'b') + digits; // as hashRow(n) writes it
    };
    const auto before = store.upsert(makeIndicator(IndicatorType::FileSha256, rowValue(5)));
    QVERIFY(before.ok());
    // A row whose key_hash is that of row 6's key, but whose key is another one.
    const auto twin = store.upsert(sha256(1));
    QVERIFY(twin.ok());
    QVERIFY(execOn(store, QStringLiteral("UPDATE indicators SET key_hash = %1 WHERE id = %2")
                              .arg(identityHash(IndicatorType::FileSha256, rowValue(6), ""))
                              .arg(twin->id)));
    constexpr int kRows = 25000;
    QByteArray content = kHeader;
    for (int n = 1; n <= kRows; ++n)
        content += hashRow(n, "Allowed");
    const auto report = store.importFile(writeFile(content), {});
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->added, kRows - 1);
    QCOMPARE(countRows(store, QStringLiteral("indicators")), kRows + 1);
    QVERIFY(store.get(before->id)->indicator.action == Action::Allowed);
    QCOMPARE(store.get(twin->id)->indicator.value, sha256(1).value); // untouched
    QCOMPARE(integrity(store), QStringLiteral("ok"));
    // The identity index is back and the planner uses it for the identity lookup.
    QSqlQuery plan(store.database());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM indicators WHERE tab = 0 "
                                     "AND value = 'x' AND +type = 'FileSha256' AND +scope_key = ''")));
    QVERIFY(plan.next());
    QVERIFY2(plan.value(3).toString().contains(QStringLiteral("indicators_tab_value")),
             qPrintable(plan.value(3).toString()));
    // Undo of the import restores the updated row and removes exactly the added ones.
    QVERIFY(store.undoOperation(report->opId).ok());
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 2);
    QVERIFY(store.get(before->id)->indicator.action == Action::Block);
}

void TestStoreImport::batchedInsertsKeepEveryRowAndItsGroups_data()
{
    // The writer holds new rows back and writes them 16 to a statement (group rows too),
    // giving out their ids before SQLite does. Large: the indexes are down and keys found
    // in memory; small: each identity query must first write the rows held back.
    QTest::addColumn<int>("rows");
    QTest::newRow("large, indexes deferred") << 30000;
    QTest::newRow("small, indexes kept") << 45;
}

void TestStoreImport::batchedInsertsKeepEveryRowAndItsGroups()
{
    QFETCH(int, rows);
    WorkspaceStore store;
    openFresh(store);
    const auto value = [](int n) {
        const std::string digits = std::to_string(n);
        return std::string(64 - digits.size(), 'c') + digits;
    };
    // Row n has n % 4 groups, and title "Title n" (or "Again n" when repeated).
    const auto groupsOf = [](int n) {
        static const char* const kCells[] = {"", "G1", "\"G1,G2\"", "\"G1,G2,G3\""};
        return QByteArray(kCells[n % 4]);
    };
    const auto row = [&](int n, const char* title) -> QByteArray {
        return QByteArrayLiteral("FileSha256,") + QByteArray::fromStdString(value(n))
               + QByteArrayLiteral(",,Block,High,") + title + ' ' + QByteArray::number(n)
               + QByteArrayLiteral(",d,,") + groupsOf(n) + QByteArrayLiteral(",,,false\r\n");
    };
    QByteArray content = kHeader;
    for (int n = 1; n <= rows; ++n) {
        content += row(n, "Title");
        if (n == 20) // row 18 is still held back (rows 17..32 go in one statement)
            content += row(18, "Again");
    }
    content += row(1, "Again"); // long since written
    const auto report = store.importFile(writeFile(content), {});
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->added, rows);
    QCOMPARE(report->duplicates, 2);
    QCOMPARE(countRows(store, QStringLiteral("indicators")), rows);
    int groupRows = 0;
    for (int n = 1; n <= rows; ++n)
        groupRows += n % 4;
    QCOMPARE(countRows(store, QStringLiteral("indicator_groups")), groupRows);
    QCOMPARE(integrity(store), QStringLiteral("ok"));

    // Ids follow the file on a fresh workspace; each row has its own content and groups,
    // at the edges of the 16-row statements and at the last, partial one.
    QSqlQuery groups(store.database());
    groups.prepare(QStringLiteral("SELECT group_concat(group_name, ',') FROM (SELECT group_name "
                                  "FROM indicator_groups WHERE indicator_id = ? ORDER BY group_name)"));
    for (const int n : {1, 2, 15, 16, 17, 18, 19, 32, 33, rows - 1, rows}) {
        const auto stored = store.get(n);
        QVERIFY2(stored.ok(), qPrintable(QString::number(n)));
        QCOMPARE(stored->indicator.value, value(n));
        const bool again = n == 1 || n == 18;
        QCOMPARE(QString::fromStdString(stored->indicator.title),
                 QStringLiteral("%1 %2").arg(again ? QStringLiteral("Again") : QStringLiteral("Title")).arg(n));
        groups.addBindValue(n);
        QVERIFY(groups.exec() && groups.next());
        QCOMPARE(groups.value(0).toString(),
                 QString::fromLatin1(groupsOf(n)).remove(u'"'));
    }
    // Undo removes exactly what was added, group rows with them.
    QVERIFY(store.undoOperation(report->opId).ok());
    QCOMPARE(countRows(store, QStringLiteral("indicators")), 0);
    QCOMPARE(countRows(store, QStringLiteral("indicator_groups")), 0);
}

void TestStoreImport::anImportNeedsRowIdsInOrder()
{
    // With the largest row id taken, SQLite would number new rows at random, which the
    // import's id range (undo) cannot describe: the import is refused and changes nothing.
    WorkspaceStore store;
    openFresh(store);
    QVERIFY(execOn(store, QStringLiteral(
        "INSERT INTO indicators (id, tab, type, value, action, created_by, created_at, "
        "updated_by, updated_at, key_hash) VALUES (9223372036854775807, 0, 'FileSha256', '%1', "
        "1, 'test', 0, 'test', 0, 0)").arg(QString::fromStdString(sha256(1).value))));
    const auto before = snapshotCounts(store);
    const auto report = store.importFile(writeFile(kHeader + hashRow(2)), {});
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QStringLiteral("numbered in order")),
             qPrintable(report.error().message));
    QCOMPARE(snapshotCounts(store), before);
    QCOMPARE(integrity(store), QStringLiteral("ok"));
}

void TestStoreImport::importsStixMispAndReportText()
{
    // Every format the engine reads imports through the same pipeline (detected by content).
    WorkspaceStore store;
    openFresh(store);
    const QString data = QStringLiteral(INDICIA_SHARED_DATA "/ioc_lists/");
    const auto stix = store.importFile(data + QStringLiteral("pan-unit42/stix2-reports/report_json/2024-02-21-AsyncRAT.json"), {});
    QVERIFY2(stix.ok(), qPrintable(stix.error().message));
    QCOMPARE(stix->format, std::string("stix"));
    QCOMPARE(stix->added, 18);
    QCOMPARE(stix->duplicates, 1); // the bundle names one SHA-256 twice
    QCOMPARE(stix->invalid, 1);    // the report object
    const auto misp = store.importFile(data + QStringLiteral("eset/sednit/2018-11-20_Zebrocy.json"), {});
    QVERIFY(misp.ok());
    QCOMPARE(misp->format, std::string("misp"));
    QCOMPARE(misp->added, 0); // nothing is marked to_ids
    const auto report = store.importFile(data + QStringLiteral("pan-unit42/TA551/2020-08-27-TA551-IOCs-for-IcedID.txt"), {});
    QVERIFY(report.ok());
    QCOMPARE(report->format, std::string("report-text"));
    QCOMPARE(report->added, 70); // 45 SHA-256, 10 IPs, 15 domains
    QCOMPARE(store.activeCount(), 88);
}

QTEST_GUILESS_MAIN(TestStoreImport)
#include "test_store_import.moc"
