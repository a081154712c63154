// SQL injection attempts through the workspace list filter (IndicatorFilter text and group,
// turned into SQL by IndicatorQuery): every attempt gives an ordinary answer (the rows whose
// value or title hold that text literally, usually none), and the workspace file is intact
// and unchanged afterwards (same rows, PRAGMA integrity_check ok, no table lost).

#include "models/list/indicator_table_model.h"
#include "models/store/workspace_store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

namespace {

Indicator domain(const std::string& value, const std::string& title, std::vector<std::string> groups = {})
{
    Indicator ind;
    ind.type = IndicatorType::DomainName;
    ind.value = value;
    ind.action = Action::Block;
    ind.severity = Severity::High;
    ind.title = title;
    ind.description = "test";
    ind.rbacGroups = std::move(groups);
    return ind;
}

const char* const kAttempts[] = {
    "' OR '1'='1",
    "x' OR 1=1 --",
    "%' OR 1=1 --",
    "'; DROP TABLE indicators; --",
    "\"; DROP TABLE indicators; --",
    "') OR ('a'='a",
    "%",
    "_",
    "%%",
    "\\",
    "' UNION SELECT name, sql FROM sqlite_master --",
    "*/ OR 1=1 /*",
    "'||(SELECT COUNT(*) FROM indicators)||'",
    "x'); DELETE FROM indicators; --",
    "\x01\x02' OR ''='",
};

} // namespace

class TestFilterInjection : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        path_ = dir_.filePath(QStringLiteral("inject.indicia"));
        store_ = std::make_unique<WorkspaceStore>();
        QVERIFY(!store_->open(path_));
        QVERIFY(store_->upsert(domain("evil.example.com", "plain title")).ok());
        QVERIFY(store_->upsert(domain("bad.example.net", "'; DROP TABLE indicators; --", {"Finance"})).ok());
        QVERIFY(store_->upsert(domain("other.example.org", "100% sure_thing", {"x' OR '1'='1"})).ok());
        QVERIFY(store_->upsert(domain("fourth.example.org", "back\\slash")).ok());
    }

    void textFilterMatchesOnlyLiterally()
    {
        IndicatorTableModel model(*store_, TabKind::UrlsDomains);
        QCOMPARE(model.rowCount(), 4);
        for (const char* attempt : kAttempts) {
            IndicatorFilter filter;
            filter.text = QString::fromUtf8(attempt);
            model.setFilter(filter);
            // Rows whose value or title hold the text as it is, case aside.
            int expected = 0;
            for (const char* text : {"evil.example.com plain title", "bad.example.net '; DROP TABLE indicators; --",
                                     "other.example.org 100% sure_thing", "fourth.example.org back\\slash"})
                expected += QString::fromUtf8(text).contains(filter.text, Qt::CaseInsensitive) ? 1 : 0;
            QVERIFY2(model.rowCount() <= expected, attempt); // never more than literal matches
        }
        // The stored injection text is found as text, and only it.
        IndicatorFilter exact;
        exact.text = QStringLiteral("DROP TABLE");
        model.setFilter(exact);
        QCOMPARE(model.rowCount(), 1);
        exact.text = QStringLiteral("100%");
        model.setFilter(exact);
        QCOMPARE(model.rowCount(), 1); // '%' is not a wildcard here
        exact.text = QStringLiteral("e_thing");
        model.setFilter(exact);
        QCOMPARE(model.rowCount(), 1); // "sure_thing" literally, '_' not a wildcard
        exact.text = QStringLiteral("x_");
        model.setFilter(exact);
        QCOMPARE(model.rowCount(), 0);
    }

    void groupFilterIsABoundValue()
    {
        IndicatorTableModel model(*store_, TabKind::UrlsDomains);
        for (const char* attempt : kAttempts) {
            IndicatorFilter filter;
            filter.scope = ScopeFilter::Group;
            filter.group = QString::fromUtf8(attempt);
            model.setFilter(filter);
            QVERIFY2(model.rowCount() <= 1, attempt);
        }
        IndicatorFilter filter;
        filter.scope = ScopeFilter::Group;
        filter.group = QStringLiteral("x' OR '1'='1");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1); // the group with that very name
    }

    void workspaceIsIntactAfterwards()
    {
        store_.reset(); // close it
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path_);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM indicators")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 4);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        WorkspaceStore again;
        QVERIFY(!again.open(path_));
        IndicatorTableModel model(again, TabKind::UrlsDomains);
        QCOMPARE(model.rowCount(), 4);
    }

private:
    QTemporaryDir dir_;
    QString path_;
    std::unique_ptr<WorkspaceStore> store_;
};

QTEST_GUILESS_MAIN(TestFilterInjection)
#include "test_filter_injection.moc"
