// kill -9 during a large `indicia-cli import` (issue 3, DESIGN.md "Reliability"): whatever
// the moment, reopening the workspace finds either none or all of the import's rows, the
// bookkeeping (operation, outbox, groups) moves with them, PRAGMA integrity_check says ok,
// the indexes and identity triggers the importer lifts inside its transaction are all
// there, and the workspace takes the next import. bench/import/kill_soak.sh runs the same
// check with more trials on a million rows.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

constexpr int kRows = 200000;
constexpr int kTrials = 5;
constexpr int kBaseRows = 3; // committed before the killed import

const QString kCli = QStringLiteral(INDICIA_BINARY_DIR "/app/indicia-cli");

const char* const kHeader =
    "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
    "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n";

// 64 hex digits from a row number (distinct for distinct n).
QByteArray hexOf(std::uint64_t n, std::uint64_t salt)
{
    QByteArray out;
    for (int part = 0; part < 4; ++part) {
        std::uint64_t x = n * 0x9e3779b97f4a7c15ULL + salt + std::uint64_t(part);
        x ^= x >> 31;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 29;
        out += QByteArray::number(qulonglong(x), 16).rightJustified(16, '0');
    }
    // The last 16 digits carry n itself, so that no two rows collide.
    out.replace(48, 16, QByteArray::number(qulonglong(n), 16).rightJustified(16, '0'));
    return out;
}

void writeCsv(const QString& path, int rows, std::uint64_t salt)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray chunk = kHeader;
    for (int n = 1; n <= rows; ++n) {
        chunk += QByteArrayLiteral("FileSha256,") + hexOf(std::uint64_t(n), salt)
                 + (n % 5 == 0 ? QByteArrayLiteral(",2031-01-01T00:00:00Z,") : QByteArrayLiteral(",,"))
                 + (n % 2 ? QByteArrayLiteral("Block,High,") : QByteArrayLiteral("Audit,Low,"))
                 + QByteArrayLiteral("Crash test row,Row ") + QByteArray::number(n)
                 + (n % 3 == 0 ? QByteArrayLiteral(",,\"Servers,Finance\",Malware,,true\r\n")
                               : QByteArrayLiteral(",,,Malware,T1059,true\r\n"));
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
};

Run runCli(const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(kCli, args);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitCode(), process.readAll()};
}

// The checks after a crash, on a connection of our own (the killed process left a WAL).
struct Inspection {
    qint64 indicators = -1;
    qint64 operations = -1;
    qint64 outbox = -1;
    qint64 groups = -1;
    QString integrity;
    QString foreignKeys;
    QStringList schemaObjects;
};

Inspection inspect(const QString& path)
{
    Inspection result;
    const QString name = QStringLiteral("inspect-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return result;
        QSqlQuery q(db);
        const auto scalar = [&q](const char* sql) -> qint64 {
            return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
        };
        result.indicators = scalar("SELECT count(*) FROM indicators");
        result.operations = scalar("SELECT count(*) FROM operations");
        result.outbox = scalar("SELECT count(*) FROM outbox");
        result.groups = scalar("SELECT count(*) FROM indicator_groups");
        if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
            result.integrity = q.value(0).toString();
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            result.foreignKeys = q.next() ? QStringLiteral("broken") : QStringLiteral("ok");
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = 'indicators' "
                              "AND type IN ('index', 'trigger') ORDER BY name"));
        while (q.next())
            result.schemaObjects << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestImportCrash : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString bigCsv_;
    QString smallCsv_;
    qint64 fullMs_ = 0;
    Inspection complete_; // the workspace after an uninterrupted import
    Inspection base_;     // the workspace before it

    QString file(const QString& name) const { return dir_.filePath(name); }

    // A workspace with kBaseRows committed rows (one operation).
    QString baseWorkspace(const QString& name)
    {
        const QString path = file(name);
        const Run run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), path,
                                smallCsv_, QStringLiteral("--user"), QStringLiteral("base")});
        return run.exitCode == 0 ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
        bigCsv_ = file(QStringLiteral("big.csv"));
        smallCsv_ = file(QStringLiteral("small.csv"));
        writeCsv(bigCsv_, kRows, 1);
        writeCsv(smallCsv_, kBaseRows, 2);

        // The uninterrupted import: how long it takes, and what "all" looks like.
        const QString reference = baseWorkspace(QStringLiteral("reference.indicia"));
        QVERIFY(!reference.isEmpty());
        base_ = inspect(reference);
        QCOMPARE(base_.indicators, kBaseRows);
        QElapsedTimer timer;
        timer.start();
        const Run run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"),
                                reference, bigCsv_, QStringLiteral("--user"),
                                QStringLiteral("crash")});
        fullMs_ = timer.elapsed();
        QVERIFY2(run.exitCode == 0, run.out.constData());
        complete_ = inspect(reference);
        QCOMPARE(complete_.indicators, kBaseRows + kRows);
        QCOMPARE(complete_.integrity, QStringLiteral("ok"));
        QCOMPARE(complete_.schemaObjects, base_.schemaObjects);
        qInfo("uninterrupted import of %d rows: %lld ms", kRows, fullMs_);
    }

    void killDuringImportLeavesNoneOrAll()
    {
        int none = 0;
        int all = 0;
        auto* random = QRandomGenerator::global();
        for (int trial = 0; trial < kTrials; ++trial) {
            const QString path = baseWorkspace(QStringLiteral("trial-%1.indicia").arg(trial));
            QVERIFY(!path.isEmpty());
            // Anywhere from just after the start to past the usual end (index build,
            // commit and checkpoint included); trials spread over the whole range.
            const double fraction = 0.05 + 1.3 * (trial + random->generateDouble()) / kTrials;
            const int delayMs = int(fraction * double(fullMs_));
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(kCli, {QStringLiteral("import"), QStringLiteral("--workspace"), path,
                                 bigCsv_, QStringLiteral("--user"), QStringLiteral("crash")});
            QVERIFY(process.waitForStarted());
            QThread::msleep(std::uint64_t(delayMs));
            const bool finishedFirst = process.state() == QProcess::NotRunning;
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(60000));

            const Inspection after = inspect(path);
            qInfo("trial %d: killed after %d ms (%.0f%% of a full import)%s: %lld rows", trial,
                  delayMs, 100 * fraction, finishedFirst ? " - had already finished" : "",
                  after.indicators);
            QCOMPARE(after.integrity, QStringLiteral("ok"));
            QCOMPARE(after.foreignKeys, QStringLiteral("ok"));
            QCOMPARE(after.schemaObjects, base_.schemaObjects);
            if (after.indicators == base_.indicators) {
                ++none;
                QCOMPARE(after.operations, base_.operations);
                QCOMPARE(after.outbox, base_.outbox);
                QCOMPARE(after.groups, base_.groups);
            } else {
                ++all;
                QCOMPARE(after.indicators, complete_.indicators);
                QCOMPARE(after.operations, complete_.operations);
                QCOMPARE(after.outbox, complete_.outbox);
                QCOMPARE(after.groups, complete_.groups);
            }
            // The workspace takes the next import (no lock or journal left behind).
            const Run next = runCli({QStringLiteral("import"), QStringLiteral("--workspace"),
                                     path, smallCsv_, QStringLiteral("--user"),
                                     QStringLiteral("after")});
            QVERIFY2(next.exitCode == 0, next.out.constData());
            QCOMPARE(inspect(path).indicators, after.indicators);
        }
        qInfo("%d trials: %d found none of the import, %d all of it", kTrials, none, all);
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "test_import_crash.moc"
