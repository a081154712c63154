// The tenant's $filter parser as a unit (service/odata_lexer, odata_filter), with the
// inputs fuzz_odata_filter found: a '$' inside a filter made the lexer loop forever,
// appending empty tokens until memory ran out (one request could take the service down).

#include "service/indicator_repository.h"
#include "service/odata_lexer.h"

#include <QtTest>

using namespace indicia::service;

class TestODataFilter : public QObject {
    Q_OBJECT
private slots:
    void dollarSignEndsAsAName()
    {
        const ODataLexResult lexed = ODataLexer::tokenize(QStringLiteral("an$ b"));
        QVERIFY(lexed.ok());
        QCOMPARE(lexed.tokens.size(), 4); // an, $, b, End
        QCOMPARE(lexed.tokens[0].text, QStringLiteral("an"));
        QCOMPARE(lexed.tokens[1].text, QStringLiteral("$"));
        QCOMPARE(lexed.tokens[2].text, QStringLiteral("b"));
        QCOMPARE(ODataLexer::tokenize(QStringLiteral("$")).tokens.size(), 2);
        QCOMPARE(ODataLexer::tokenize(QStringLiteral("$top")).tokens.size(), 2);
    }

    void fuzzFindingIsASyntaxError()
    {
        const ODataFilter filter = IndicatorRepository::filter();
        // fuzz_odata_filter's out-of-memory input, as found.
        const ODataFilterResult result = filter.toSql(QStringLiteral(
            "expirationTime gt 2024-01-31T12:00:00Z an$ creationTimeDateTimeUtc le '2024-02-01T00:00:00.1234567Z'"));
        QVERIFY(!result.ok());
        QVERIFY(!filter.toSql(QStringLiteral("$filter eq 1")).ok());
        QVERIFY(!filter.toSql(QStringLiteral("title eq '$'")).error.contains(QStringLiteral("position 10")));
        QVERIFY(filter.toSql(QStringLiteral("title eq '$'")).ok());
    }

    void literalsAreBoundNeverSql()
    {
        const ODataFilter filter = IndicatorRepository::filter();
        const ODataFilterResult result = filter.toSql(QStringLiteral("title eq 'x'' OR 1=1; DROP TABLE indicators; --'"));
        QVERIFY(result.ok());
        QVERIFY(!result.condition.sql.contains(QStringLiteral("DROP")));
        QCOMPARE(result.condition.values.size(), 1);
        QCOMPARE(result.condition.values[0].toString(), QStringLiteral("x' OR 1=1; DROP TABLE indicators; --"));
        QCOMPARE(result.condition.sql.count(QLatin1Char('?')), 1);
    }
};

QTEST_GUILESS_MAIN(TestODataFilter)
#include "test_odata_filter.moc"
