// ISO 8601 parsing and formatting, as indicator expiry times carry them.

#include "engine/timeutil.h"

#include <QTest>

using namespace indicia;
using namespace std::chrono;

namespace {
QByteArray bytes(std::string_view text) { return QByteArray(text.data(), qsizetype(text.size())); }
std::string_view view(const QByteArray& text) { return {text.constData(), std::size_t(text.size())}; }
} // namespace

class TestTimeUtil : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void roundTrip();
    void nowIsWholeSeconds();
};

void TestTimeUtil::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected"); // formatIsoTimestamp of the result; "" = refused

    auto row = [](const char* tag, const char* text, const char* expected) {
        QTest::newRow(tag) << QByteArray(text) << QByteArray(expected);
    };
    row("utc z", "2026-01-31T12:00:00Z", "2026-01-31T12:00:00Z");
    row("csv template .0Z", "2026-01-31T12:00:00.0Z", "2026-01-31T12:00:00Z");
    row("mde 7-digit fraction", "2018-09-16T12:11:06.2446367Z", "2018-09-16T12:11:06Z");
    row("fraction truncated not rounded", "2026-01-31T23:59:59.9999999Z", "2026-01-31T23:59:59Z");
    row("millis", "2023-07-19T09:02:19.613Z", "2023-07-19T09:02:19Z");
    row("comma fraction", "2026-01-31T12:00:00,5Z", "2026-01-31T12:00:00Z");
    row("positive offset", "2026-01-31T12:00:00+02:00", "2026-01-31T10:00:00Z");
    row("negative offset", "2026-01-31T12:00:00-05:30", "2026-01-31T17:30:00Z");
    row("offset crosses day", "2026-01-01T01:00:00+03:00", "2025-12-31T22:00:00Z");
    row("offset crosses year forward", "2025-12-31T23:30:00-01:00", "2026-01-01T00:30:00Z");
    row("offset without colon", "2026-01-31T12:00:00+0200", "2026-01-31T10:00:00Z");
    row("offset hours only", "2026-01-31T12:00:00+02", "2026-01-31T10:00:00Z");
    row("cert csv +00:00", "2013-01-04T12:10:41+00:00", "2013-01-04T12:10:41Z");
    row("date only is midnight utc", "2026-03-01", "2026-03-01T00:00:00Z");
    row("no zone is utc", "2026-01-31T12:00:00", "2026-01-31T12:00:00Z");
    row("sysmon space separator", "2023-07-18 14:43:52.031", "2023-07-18T14:43:52Z");
    row("lower case t and z", "2026-01-31t12:00:00z", "2026-01-31T12:00:00Z");
    row("minutes only", "2026-01-31T12:30Z", "2026-01-31T12:30:00Z");
    row("leap day", "2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z");
    row("surrounding whitespace", "  2026-01-31T12:00:00Z \r\n", "2026-01-31T12:00:00Z");
    row("epoch", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z");
    row("before epoch", "1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z");
    row("far future", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z");

    row("feb 30", "2026-02-30", "");
    row("feb 29 non leap", "2025-02-29T00:00:00Z", "");
    row("month 13", "2026-13-01", "");
    row("day 0", "2026-01-00", "");
    row("hour 24", "2026-01-31T24:00:00Z", "");
    row("minute 60", "2026-01-31T12:60:00Z", "");
    row("second 60", "2026-01-31T12:00:60Z", "");
    row("empty", "", "");
    row("garbage", "tomorrow", "");
    row("us date", "01/31/2026", "");
    row("two digit year", "26-01-31", "");
    row("no dashes", "20260131", "");
    row("single digit month", "2026-1-31", "");
    row("empty fraction", "2026-01-31T12:00:00.Z", "");
    row("trailing junk", "2026-01-31T12:00:00Zjunk", "");
    row("bad zone letter", "2026-01-31T12:00:00X", "");
    row("offset minutes 60", "2026-01-31T12:00:00+01:60", "");
    row("offset half", "2026-01-31T12:00:00+1", "");
    row("missing time after T", "2026-01-31T", "");
    row("date then junk", "2026-01-31 garbage", "");
}

void TestTimeUtil::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const std::optional<TimePoint> parsed = parseIsoTimestamp(view(text));
    QCOMPARE(parsed ? bytes(formatIsoTimestamp(*parsed)) : QByteArray(), expected);
}

void TestTimeUtil::format_data()
{
    QTest::addColumn<qint64>("epochSeconds");
    QTest::addColumn<QByteArray>("iso");
    QTest::addColumn<QByteArray>("csv");

    QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00Z") << QByteArray("1970-01-01T00:00:00.0Z");
    QTest::newRow("2026") << qint64(1769860800) << QByteArray("2026-01-31T12:00:00Z") << QByteArray("2026-01-31T12:00:00.0Z");
    QTest::newRow("padding") << qint64(946688461) << QByteArray("2000-01-01T01:01:01Z") << QByteArray("2000-01-01T01:01:01.0Z");
    QTest::newRow("before epoch") << qint64(-1) << QByteArray("1969-12-31T23:59:59Z") << QByteArray("1969-12-31T23:59:59.0Z");
}

void TestTimeUtil::format()
{
    QFETCH(qint64, epochSeconds);
    QFETCH(QByteArray, iso);
    QFETCH(QByteArray, csv);
    const TimePoint t{seconds{epochSeconds}};
    QCOMPARE(bytes(formatIsoTimestamp(t)), iso);
    QCOMPARE(bytes(formatCsvTimestamp(t)), csv);
    QCOMPARE(parseIsoTimestamp(formatCsvTimestamp(t)), std::optional(t));
}

void TestTimeUtil::roundTrip()
{
    // Every day boundary across four years, leap day included, survives format -> parse.
    const TimePoint start = TimePoint{sys_days{year{2023} / 1 / 1}};
    for (int day = 0; day < 4 * 366; ++day) {
        const TimePoint t = start + days{day} + hours{day % 24} + seconds{day % 60};
        QCOMPARE(parseIsoTimestamp(formatIsoTimestamp(t)), std::optional(t));
    }
}

void TestTimeUtil::nowIsWholeSeconds()
{
    const TimePoint before = floor<seconds>(system_clock::now());
    const TimePoint now = nowUtc();
    QVERIFY(now >= before);
    QVERIFY(now - before < seconds{5});
}

QTEST_APPLESS_MAIN(TestTimeUtil)
#include "test_timeutil.moc"
