// The paging list model over a real workspace file: counts per tab, sort and filter in SQL,
// the row of an id, refresh after edits; checked by QAbstractItemModelTester throughout.

#include "models/async/workspace_reader.h"
#include "models/list/indicator_table_model.h"
#include "models/store/workspace_store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

namespace {

Indicator make(IndicatorType type, const std::string& value, Action action = Action::Block,
               Severity severity = Severity::Medium, std::vector<std::string> groups = {})
{
    Indicator ind;
    ind.type = type;
    ind.value = value;
    ind.action = action;
    ind.severity = severity;
    ind.title = "Title of " + value;
    ind.description = "test";
    ind.rbacGroups = std::move(groups);
    ind.generateAlert = action == Action::Audit;
    return ind;
}

std::string sha256Of(int i)
{
    char buf[65];
    std::snprintf(buf, sizeof buf, "%064x", i + 1);
    return buf;
}

} // namespace

class TestIndicatorTableModel : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        store_ = std::make_unique<WorkspaceStore>();
        QVERIFY(!store_->open(dir_.filePath(QStringLiteral("list-%1.indicia").arg(++counter_))));
        // 600 hashes (more than two pages), a few network and certificate indicators.
        for (int i = 0; i < 600; ++i) {
            const Action action = i % 3 == 0 ? Action::Allowed : Action::Block;
            const Severity severity = i % 2 ? Severity::High : Severity::Low;
            QVERIFY(store_->upsert(make(IndicatorType::FileSha256, sha256Of(i), action, severity,
                                        i % 5 == 0 ? std::vector<std::string>{"Finance"} : std::vector<std::string>{}))
                        .ok());
        }
        QVERIFY(store_->upsert(make(IndicatorType::DomainName, "evil.example.com")).ok());
        QVERIFY(store_->upsert(make(IndicatorType::Url, "http://bad.example.net/x", Action::Warn)).ok());
        QVERIFY(store_->upsert(make(IndicatorType::IpAddress, "185.220.101.4", Action::Audit)).ok());
    }

    void countsPerTab()
    {
        IndicatorTableModel files(*store_, TabKind::FileHashes);
        QAbstractItemModelTester tester(&files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(files.rowCount(), 600);
        QCOMPARE(files.columnCount(), int(ListColumn::Count));
        IndicatorTableModel network(*store_, TabKind::UrlsDomains);
        QCOMPARE(network.rowCount(), 2);
        IndicatorTableModel ips(*store_, TabKind::IpAddresses);
        QCOMPARE(ips.rowCount(), 1);
        QCOMPARE(ips.data(ips.index(0, int(ListColumn::Action))).toString(), QStringLiteral("Audit"));
        IndicatorTableModel certs(*store_, TabKind::Certificates);
        QCOMPARE(certs.rowCount(), 0);
    }

    void sortsInSqlAcrossPages()
    {
        IndicatorTableModel model(*store_, TabKind::FileHashes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(int(ListColumn::Value), Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QString::fromStdString(sha256Of(0)));
        QCOMPARE(model.data(model.index(599, 0)).toString(), QString::fromStdString(sha256Of(599)));
        // Every row across page boundaries is in order.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row - 1, 0)).toString() < model.data(model.index(row, 0)).toString());
        model.sort(int(ListColumn::Value), Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QString::fromStdString(sha256Of(599)));
        model.sort(int(ListColumn::Severity), Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, int(ListColumn::Severity)), IndicatorTableModel::SortRole).toInt(),
                 model.data(model.index(299, int(ListColumn::Severity)), IndicatorTableModel::SortRole).toInt());
        QVERIFY(model.data(model.index(0, int(ListColumn::Severity)), IndicatorTableModel::SortRole).toInt()
                > model.data(model.index(599, int(ListColumn::Severity)), IndicatorTableModel::SortRole).toInt());
    }

    void filtersInSql()
    {
        IndicatorTableModel model(*store_, TabKind::FileHashes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &IndicatorTableModel::countChanged);
        IndicatorFilter filter;
        filter.action = Action::Allowed;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(counts.count(), 1);
        filter.scope = ScopeFilter::Group;
        filter.group = QStringLiteral("Finance");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 40); // i % 15 == 0
        filter = {};
        filter.scope = ScopeFilter::AllDevices;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 480);
        filter = {};
        filter.text = QString::fromStdString(sha256Of(255)).right(6).toUpper(); // case-insensitive substring
        model.setFilter(filter);
        QVERIFY(model.rowCount() >= 1);
        filter.text = QStringLiteral("Title of ") + QString::fromStdString(sha256Of(7));
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter.text = QStringLiteral("100%_\\"); // LIKE wildcards are literal
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
    }

    void pastedFullHashIsAnExactLookup()
    {
        IndicatorTableModel model(*store_, TabKind::FileHashes);
        IndicatorFilter filter;
        filter.text = QString::fromStdString(sha256Of(41)).toUpper() + QStringLiteral("  ");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QString::fromStdString(sha256Of(41)));
    }

    void largeListsFilterOnTheReaderThread()
    {
        WorkspaceReader reader(store_->path());
        IndicatorTableModel model(*store_, TabKind::FileHashes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReader(&reader, 100); // 600 rows count as large here
        QSignalSpy loading(&model, &IndicatorTableModel::loadingChanged);
        QSignalSpy counts(&model, &IndicatorTableModel::countChanged);
        IndicatorFilter filter;
        filter.action = Action::Allowed;
        model.setFilter(filter);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 600); // the old rows stay until the new ones arrive
        QVERIFY(counts.wait(10000));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.filter(), filter);
        QCOMPARE(loading.count(), 2);
        for (int row = 0; row < model.rowCount(); row += 37)
            QCOMPARE(model.data(model.index(row, int(ListColumn::Action))).toString(), QStringLiteral("Allow"));

        // Only the newest of several quick keystrokes is applied.
        filter.action = Action::Block;
        model.setFilter(filter);
        filter.action = std::nullopt;
        filter.text = QStringLiteral("Title of ") + QString::fromStdString(sha256Of(9));
        model.setFilter(filter);
        QVERIFY(counts.wait(10000));
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.filter(), filter);
        QCOMPARE(model.rowCount(), 1);
    }

    void largeListsSortUnindexedColumnsByIds()
    {
        // A large list sorted by a column no index serves: every id in order is read once
        // on the reader's thread, then each page by id. The order is SQL's own sort of the
        // same list (a small model here), across pages; the selection follows its row.
        IndicatorTableModel reference(*store_, TabKind::FileHashes);
        reference.sort(int(ListColumn::Scope), Qt::DescendingOrder);
        WorkspaceReader reader(store_->path());
        IndicatorTableModel model(*store_, TabKind::FileHashes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReader(&reader, 100); // 600 rows count as large here
        model.sort(int(ListColumn::Value), Qt::AscendingOrder); // indexed: at once
        QVERIFY(!model.isLoading());
        const QPersistentModelIndex kept(model.index(10, 0));
        const qint64 keptId = model.idAt(10);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        model.sort(int(ListColumn::Scope), Qt::DescendingOrder);
        QVERIFY(model.isLoading());
        QCOMPARE(model.idAt(10), keptId); // the rows stay as they were until the order arrives
        QVERIFY(layouts.wait(10000));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), reference.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.idAt(row), reference.idAt(row));
        QVERIFY(kept.isValid());
        QCOMPARE(model.idAt(kept.row()), keptId);
        QCOMPARE(model.rowOfId(keptId), reference.rowOfId(keptId));

        // After an edit the order is read again, with the new row in its place.
        QVERIFY(store_->upsert(make(IndicatorType::FileSha256, sha256Of(1000), Action::Block, Severity::Low, {"Zeta"}))
                    .ok());
        QSignalSpy counts(&model, &IndicatorTableModel::countChanged);
        model.refresh();
        QVERIFY(counts.wait(10000));
        reference.refresh();
        QCOMPARE(model.rowCount(), 601);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.idAt(row), reference.idAt(row));
        QCOMPARE(model.data(model.index(0, int(ListColumn::Scope))).toString(), QStringLiteral("Zeta"));

        // A filter keeps the sort.
        IndicatorFilter filter;
        filter.action = Action::Allowed;
        model.setFilter(filter);
        QVERIFY(counts.wait(10000));
        reference.setFilter(filter);
        QCOMPARE(model.rowCount(), 200);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.idAt(row), reference.idAt(row));

        // Back to an indexed sort: SQL again, at once.
        model.sort(int(ListColumn::Value), Qt::DescendingOrder);
        QVERIFY(!model.isLoading());
        reference.sort(int(ListColumn::Value), Qt::DescendingOrder);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.idAt(row), reference.idAt(row));
    }

    void expirySortAndStateFiltersUseTheIndex()
    {
        // Schema v6 indexes the expiry as the list sorts it (never-expiring last): no sort of
        // the whole tab for each page, and the state filters use the same index.
        for (const IndicatorState state : {IndicatorState::Any, IndicatorState::Active, IndicatorState::Expired}) {
            IndicatorFilter filter;
            filter.state = state;
            const IndicatorQuery q(TabKind::FileHashes, filter, ListColumn::Expires, true, 1000);
            const SqlFragment page = q.pageSql(0, IndicatorTableModel::kPageSize);
            QSqlQuery plan(store_->database());
            QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + page.sql));
            for (const QVariant& value : page.values)
                plan.addBindValue(value);
            QVERIFY(plan.exec());
            QString details;
            while (plan.next())
                details += plan.value(3).toString() + u';';
            QVERIFY2(details.contains(QStringLiteral("indicators_tab_expires")), qPrintable(details));
            QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));
        }
    }

    void defangedSearchFindsTheValue()
    {
        IndicatorTableModel model(*store_, TabKind::UrlsDomains);
        IndicatorFilter filter;
        filter.text = QStringLiteral("evil[.]example");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
    }

    void expiredStateAndGreying()
    {
        Indicator soon = make(IndicatorType::DomainName, "old.example.org");
        soon.expiration = fromUnixSeconds(store_->now() + 60);
        QVERIFY(store_->upsert(soon).ok());
        const std::int64_t later = store_->now() + 3600;
        store_->setClock([later] { return later; });
        IndicatorTableModel model(*store_, TabKind::UrlsDomains);
        IndicatorFilter filter;
        filter.state = IndicatorState::Expired;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, 0), IndicatorTableModel::ExpiredRole).toBool());
        QVERIFY(model.data(model.index(0, int(ListColumn::Expires))).toString().startsWith(QStringLiteral("Expired")));
        filter.state = IndicatorState::Active;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
    }

    void rowOfIdFollowsSortAndFilter()
    {
        IndicatorTableModel model(*store_, TabKind::FileHashes);
        model.sort(int(ListColumn::Value), Qt::AscendingOrder);
        const auto id = store_->findId(IndicatorType::FileSha256, sha256Of(303), {});
        QVERIFY(id);
        QCOMPARE(model.rowOfId(*id), 303);
        QCOMPARE(model.idAt(303), *id);
        model.sort(int(ListColumn::Value), Qt::DescendingOrder);
        QCOMPARE(model.rowOfId(*id), 296);
        IndicatorFilter filter;
        filter.action = Action::Allowed; // 303 % 3 == 0: still listed
        model.setFilter(filter);
        QCOMPARE(model.idAt(model.rowOfId(*id)), *id);
        filter.action = Action::Block;
        model.setFilter(filter);
        QCOMPARE(model.rowOfId(*id), -1);
    }

    void persistentSelectionSurvivesSort()
    {
        IndicatorTableModel model(*store_, TabKind::FileHashes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(int(ListColumn::Value), Qt::AscendingOrder);
        const QPersistentModelIndex kept(model.index(10, 0));
        const qint64 id = model.idAt(10);
        model.sort(int(ListColumn::Value), Qt::DescendingOrder);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 589);
        QCOMPARE(model.idAt(kept.row()), id);
    }

    void refreshAfterEdits()
    {
        IndicatorTableModel model(*store_, TabKind::UrlsDomains);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const qint64 id = model.idAt(0);
        QVERIFY(store_->bulkSetAction({id}, Action::Allowed).ok());
        model.refresh();
        QCOMPARE(resets.count(), 0); // same rows: one dataChanged, selection kept
        QCOMPARE(changes.count(), 1);
        QVERIFY(store_->upsert(make(IndicatorType::DomainName, "another.example.org")).ok());
        model.refresh();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

private:
    QTemporaryDir dir_;
    int counter_ = 0;
    std::unique_ptr<WorkspaceStore> store_;
};

QTEST_GUILESS_MAIN(TestIndicatorTableModel)
#include "test_indicator_table_model.moc"
