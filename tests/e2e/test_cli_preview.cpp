// indicia-cli preview, diff and hunt, run as a user would: the real executable on the
// shared Sysmon samples. Golden counts were checked by hand with grep:
//   grep -c 204.79.197.200 eid3_network_connection.jsonl            -> 1 (line 109, DestinationIp)
//   grep -ci SHA1=DA39A3EE...0709 eid23_file_delete_archived.jsonl  -> 14 (0 in the other files)
//   grep -c facebook eid22_dns_query.jsonl                          -> 1 (QueryName www.facebook.com)
//   wc -l of the six files                                          -> 1,541 events

#include "models/store/workspace_store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/e2e/cli_runner.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

QStringList sysmonFiles()
{
    QStringList files;
    for (const char* name : {"eid1_process_create.jsonl", "eid3_network_connection.jsonl", "eid7_image_load.jsonl",
                             "eid22_dns_query.jsonl", "eid23_file_delete_archived.jsonl",
                             "eid26_file_delete_detected.jsonl"})
        files << QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/") + QLatin1String(name);
    return files;
}

const char* const kEmptySha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
const char* const kEmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// The four indicators of the golden run, as an MDE import CSV.
const char* const kGoldenCsv =
    "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,RecommendedActions,"
    "RbacGroups,Category,MitreTechniques,GenerateAlert\n"
    "IpAddress,204.79.197.200,,Block,High,Bing edge,test,,,,,false\n"
    "FileSha1,da39a3ee5e6b4b0d3255bfef95601890afd80709,,Allowed,Informational,Empty file,test,,,,,false\n"
    "FileSha256,e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855,,Block,High,Empty file,test,,,,,"
    "false\n"
    "DomainName,facebook.com,,Audit,Low,Social,test,,,,,true\n";

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

std::uint64_t count(const json& counts, const char* key)
{
    return counts.contains(key) ? counts[key].get<std::uint64_t>() : 0;
}

QList<QByteArrayList> csvRows(const QString& path)
{
    QFile file(path);
    QList<QByteArrayList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (!line.isEmpty())
            rows << line.split(','); // the golden rows hold no quoted cells
    return rows;
}

} // namespace

class TestCliPreview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString indicators_;

    // Checks the golden summary into `doc` (callers stop when QTest::currentTestFailed()).
    static void checkGoldenSummary(const CliRun& run, json& doc)
    {
        QCOMPARE(run.exitCode, 0);
        doc = json::parse(run.out.toStdString());
        QCOMPARE(doc["eventsScanned"].get<std::uint64_t>(), std::uint64_t(1541));
        QCOMPARE(doc["eventsMatched"].get<std::uint64_t>(), std::uint64_t(16));
        QCOMPARE(doc["badRecordsSkipped"].get<std::uint64_t>(), std::uint64_t(0));
        QCOMPARE(count(doc["perIndicator"], "IpAddress:204.79.197.200"), std::uint64_t(1));
        QCOMPARE(count(doc["perIndicator"], "FileSha1:da39a3ee5e6b4b0d3255bfef95601890afd80709"), std::uint64_t(14));
        QCOMPARE(count(doc["perIndicator"], "DomainName:facebook.com"), std::uint64_t(1));
        // The empty file: SHA-256 Block beats SHA-1 Allowed by hash strength.
        QCOMPARE(count(doc["perOutcome"], "block"), std::uint64_t(15));
        QCOMPARE(count(doc["perOutcome"], "alert"), std::uint64_t(1));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        indicators_ = writeFile(dir_, "golden.csv", kGoldenCsv);
    }

    void goldenFromIndicatorFileWithMatchesCsv()
    {
        const QString matches = dir_.filePath(QStringLiteral("matches.csv"));
        const CliRun run = runCli(QStringList{QStringLiteral("preview"), QStringLiteral("--indicators"), indicators_,
                                           QStringLiteral("--matches"), matches, QStringLiteral("--json"),
                                           QStringLiteral("--telemetry")}
                               + sysmonFiles());
        json doc;
        checkGoldenSummary(run, doc);
        if (QTest::currentTestFailed())
            return;
        // One host, but the logs name it both WORKSTATION5 and WORKSTATION5.theshire.local,
        // and the summary counts machine names as written.
        QCOMPARE(doc["machinesAffected"].get<std::uint64_t>(), std::uint64_t(2));

        const QList<QByteArrayList> rows = csvRows(matches);
        QCOMPARE(rows.value(0).join(','), QByteArray("source,record,timestamp,machine,device_group,event_kind,field,"
                                                     "indicator_type,indicator_value,action,winner,decided_by,outcome"));
        // 1 IP row, 1 domain row, and 14 events x 2 hashes (SHA-1 and SHA-256).
        QCOMPARE(rows.size(), 1 + 1 + 1 + 28);
        const auto ip = std::find_if(rows.begin(), rows.end(), [](const QByteArrayList& r) { return r.value(7) == "IpAddress"; });
        QVERIFY(ip != rows.end());
        QCOMPARE((*ip)[0], QFile::encodeName(sysmonFiles()[1])); // the path as given
        QCOMPARE((*ip)[1], QByteArray("109"));                    // its line
        QCOMPARE((*ip)[5], QByteArray("sysmon-3"));
        QCOMPARE((*ip)[6], QByteArray("DestinationIp"));
        QCOMPARE((*ip)[8], QByteArray("204.79.197.200"));
        QCOMPARE((*ip)[9], QByteArray("Block"));
        QCOMPARE((*ip)[10], QByteArray("true"));
        QCOMPARE((*ip)[12], QByteArray("block"));
        int sha1Rows = 0, sha256Winners = 0;
        for (const QByteArrayList& r : rows) {
            if (r.value(7) == "FileSha1") {
                ++sha1Rows;
                QCOMPARE(r[8], QByteArray(kEmptySha1));
                QCOMPARE(r[10], QByteArray("false")); // set aside by hash strength
                QCOMPARE(r[11], QByteArray("hash-strength"));
            }
            if (r.value(7) == "FileSha256" && r.value(10) == "true") {
                ++sha256Winners;
                QCOMPARE(r[8], QByteArray(kEmptySha256));
                QCOMPARE(r[12], QByteArray("block"));
            }
        }
        QCOMPARE(sha1Rows, 14);
        QCOMPARE(sha256Winners, 14);
        const auto dns = std::find_if(rows.begin(), rows.end(), [](const QByteArrayList& r) { return r.value(7) == "DomainName"; });
        QVERIFY(dns != rows.end());
        QCOMPARE((*dns)[6], QByteArray("QueryName"));
        QCOMPARE((*dns)[12], QByteArray("alert"));
    }

    void goldenFromWorkspace()
    {
        const QString workspace = dir_.filePath(QStringLiteral("golden.indicia"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, indicators_}).exitCode, 0);
        const CliRun run = runCli(QStringList{QStringLiteral("preview"), QStringLiteral("--workspace"), workspace,
                                           QStringLiteral("--json"), QStringLiteral("--telemetry")}
                               + sysmonFiles());
        json doc;
        checkGoldenSummary(run, doc);
        if (QTest::currentTestFailed())
            return;
        // Plain text too, when --json is not given.
        const CliRun text = runCli(QStringList{QStringLiteral("preview"), QStringLiteral("--workspace"), workspace,
                                            QStringLiteral("--telemetry")}
                                + sysmonFiles());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Events matched: 16"));
    }

    void plainListRowsBlockOnAllDevices()
    {
        const QString list = writeFile(dir_, "list.txt", QByteArray("204.79.197.200\n") + kEmptySha1 + "\nfacebook.com\n");
        const CliRun run = runCli(QStringList{QStringLiteral("preview"), QStringLiteral("--indicators"), list,
                                           QStringLiteral("--json"), QStringLiteral("--telemetry")}
                               + sysmonFiles());
        QCOMPARE(run.exitCode, 0);
        const json doc = json::parse(run.out.toStdString());
        QCOMPARE(doc["eventsMatched"].get<std::uint64_t>(), std::uint64_t(16));
        QCOMPARE(count(doc["perAction"], "Block"), std::uint64_t(16));
        QCOMPARE(count(doc["perOutcome"], "block"), std::uint64_t(16));
    }

    void badRecordsAreCountedAndSkipped()
    {
        const QString bad = writeFile(dir_, "bad.csv",
                                      QByteArray("Timestamp,DeviceName,ActionType,SHA1,ProcessCommandLine\n"
                                                 "2026-05-03T10:00:00Z,ws-1,ProcessCreated,") +
                                          kEmptySha1 + ",\"cmd /c \"\"echo, hi\"\"\"\n" +
                                          "2026-05-03T10:00:01Z,ws-1,ProcessCreated," + kEmptySha1 + "\n" +
                                          "2026-05-03T10:00:02Z,ws-2,ProcessCreated," + kEmptySha1 + ",\"multi\nline\"\n" +
                                          "2026-05-03T10:00:03Z,ws-3,ProcessCreated," + kEmptySha1 + ",\"never closed\n");
        const CliRun run = runCli({QStringLiteral("preview"), QStringLiteral("--indicators"), indicators_,
                                QStringLiteral("--json"), QStringLiteral("--telemetry"), bad});
        QCOMPARE(run.exitCode, 0); // bad records are skipped, not fatal
        const json doc = json::parse(run.out.toStdString());
        QCOMPARE(doc["eventsScanned"].get<std::uint64_t>(), std::uint64_t(2));
        QCOMPARE(doc["badRecordsSkipped"].get<std::uint64_t>(), std::uint64_t(2));
        QCOMPARE(doc["eventsMatched"].get<std::uint64_t>(), std::uint64_t(2));
        QCOMPARE(doc["machinesAffected"].get<std::uint64_t>(), std::uint64_t(2));
        QCOMPARE(doc["errors"].size(), std::size_t(2));
        QCOMPARE(doc["errors"][0]["record"].get<int>(), 2); // wrong number of cells
        QCOMPARE(doc["errors"][1]["record"].get<int>(), 4); // truncated inside quotes
    }

    void unreadableTelemetryExitsWithOne()
    {
        const QString wrong = writeFile(dir_, "wrong.csv", "Name,Colour,Size\napple,red,3\n");
        const CliRun run = runCli({QStringLiteral("preview"), QStringLiteral("--indicators"), indicators_,
                                QStringLiteral("--json"), QStringLiteral("--telemetry"), wrong,
                                dir_.filePath(QStringLiteral("missing.jsonl")), sysmonFiles()[3]});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("wrong.csv"));
        QVERIFY(run.err.contains("missing.jsonl"));
        const json doc = json::parse(run.out.toStdString()); // the readable file is still scanned
        QCOMPARE(doc["eventsMatched"].get<std::uint64_t>(), std::uint64_t(1));
    }

    void badArgumentsExitWithTwo()
    {
        const QString events = sysmonFiles()[3];
        const QString workspace = dir_.filePath(QStringLiteral("golden.indicia"));
        const QList<QStringList> cases = {
            {QStringLiteral("preview"), QStringLiteral("--indicators"), indicators_},
            {QStringLiteral("preview"), QStringLiteral("--telemetry"), events},
            {QStringLiteral("preview"), QStringLiteral("--indicators"), indicators_, QStringLiteral("--workspace"),
             workspace, QStringLiteral("--telemetry"), events},
            {QStringLiteral("preview"), QStringLiteral("--indicators"), indicators_, QStringLiteral("--scope-model"),
             QStringLiteral("newest"), QStringLiteral("--telemetry"), events},
            {QStringLiteral("preview"), QStringLiteral("--indicators"), indicators_, QStringLiteral("--as-of"),
             QStringLiteral("yesterday"), QStringLiteral("--telemetry"), events},
            {QStringLiteral("preview"), QStringLiteral("--workspace"), dir_.filePath(QStringLiteral("none.indicia")),
             QStringLiteral("--telemetry"), events},
            {QStringLiteral("preview"), QStringLiteral("--indicators"), dir_.filePath(QStringLiteral("none.csv")),
             QStringLiteral("--telemetry"), events},
            {QStringLiteral("diff"), QStringLiteral("--workspace"), workspace},
            {QStringLiteral("hunt")},
            {QStringLiteral("hunt"), QStringLiteral("--workspace"), workspace, QStringLiteral("--days"), QStringLiteral("0")},
        };
        for (const QStringList& args : cases) {
            const CliRun run = runCli(args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ')));
            QVERIFY2(!run.err.isEmpty(), qPrintable(args.join(u' ')));
        }
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("none.indicia")))); // never created
    }

    void asOfLeavesExpiredIndicatorsOut()
    {
        const QString expiring = writeFile(
            dir_, "expiring.csv",
            "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,RecommendedActions,"
            "RbacGroups,Category,MitreTechniques,GenerateAlert\n"
            "DomainName,facebook.com,2030-01-01T00:00:00Z,Block,Low,Social,test,,,,,false\n");
        const QStringList base = {QStringLiteral("preview"), QStringLiteral("--indicators"), expiring,
                                  QStringLiteral("--json"), QStringLiteral("--telemetry"), sysmonFiles()[3]};
        const CliRun before = runCli(base + QStringList{QStringLiteral("--as-of"), QStringLiteral("2029-12-31T00:00:00Z")});
        const CliRun after = runCli(base + QStringList{QStringLiteral("--as-of"), QStringLiteral("2030-01-02T00:00:00Z")});
        QCOMPARE(json::parse(before.out.toStdString())["eventsMatched"].get<int>(), 1);
        QCOMPARE(json::parse(after.out.toStdString())["eventsMatched"].get<int>(), 0);
    }

    void scopeModelComesFromTheWorkspace()
    {
        // FileSha256 A Block for all devices and Allowed for group Lab: the seed model keeps
        // the all-devices Block, the current model lets the group's Allowed win.
        const QString workspace = dir_.filePath(QStringLiteral("scope.indicia"));
        const QString list = writeFile(
            dir_, "scope.csv",
            QByteArray("IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                       "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\n"
                       "FileSha256,") + kEmptySha256 + ",,Block,High,Empty,test,,,,,false\n" +
                "FileSha256," + kEmptySha256 + ",,Allowed,Informational,Empty,test,,Lab,,,false\n");
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, list}).exitCode, 0);
        const QString groups = writeFile(dir_, "groups.csv", "machine,group\nWORKSTATION5,Lab\n");
        const QStringList args = {QStringLiteral("preview"), QStringLiteral("--workspace"), workspace,
                                  QStringLiteral("--machine-groups"), groups, QStringLiteral("--json"),
                                  QStringLiteral("--telemetry"), sysmonFiles()[4]};
        auto outcomes = [&](const QStringList& extra) {
            const CliRun run = runCli(args + extra);
            return json::parse(run.out.toStdString())["perOutcome"];
        };
        QCOMPARE(count(outcomes({}), "block"), std::uint64_t(14));
        {
            indicia::WorkspaceStore store;
            QVERIFY(!store.open(workspace));
            QVERIFY(!store.setSetting(QStringLiteral("preview.scope_model"), QStringLiteral("current")));
        }
        QCOMPARE(count(outcomes({}), "allow"), std::uint64_t(14));
        QCOMPARE(count(outcomes({QStringLiteral("--scope-model"), QStringLiteral("seed")}), "block"), std::uint64_t(14));
    }

    void diffDraftAgainstSynced()
    {
        // Synced: the IP Block and the SHA-1 Allowed. The draft adds the SHA-256 Block (the
        // 14 empty-file events turn from allow to block) and the domain Audit (one alert).
        const QString workspace = dir_.filePath(QStringLiteral("golden.indicia"));
        {
            indicia::WorkspaceStore store;
            QVERIFY(!store.open(workspace));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("UPDATE indicators SET sync_state = 'synced' "
                                              "WHERE type IN ('IpAddress', 'FileSha1')")));
        }
        const CliRun run = runCli(QStringList{QStringLiteral("diff"), QStringLiteral("--workspace"), workspace,
                                           QStringLiteral("--json"), QStringLiteral("--telemetry")}
                               + sysmonFiles());
        QCOMPARE(run.exitCode, 0);
        const json doc = json::parse(run.out.toStdString());
        QCOMPARE(doc["syncedIndicators"].get<int>(), 2);
        QCOMPARE(doc["draftIndicators"].get<int>(), 4);
        QCOMPARE(doc["eventsChanged"].get<int>(), 15);
        int allowToBlock = 0, noneToAlert = 0;
        for (const json& change : doc["changes"]) {
            allowToBlock += change["before"] == "allow" && change["after"] == "block";
            noneToAlert += change["before"] == "none" && change["after"] == "alert";
        }
        QCOMPARE(allowToBlock, 14);
        QCOMPARE(noneToAlert, 1);
        QVERIFY(!doc["machinesChanged"].empty());
    }

    void huntPrintsKql()
    {
        const QString workspace = dir_.filePath(QStringLiteral("golden.indicia"));
        const CliRun run = runCli({QStringLiteral("hunt"), QStringLiteral("--workspace"), workspace, QStringLiteral("--days"),
                                QStringLiteral("7")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("ago(7d)"));
        QVERIFY(run.out.contains(kEmptySha1));
        QVERIFY(run.out.contains("204.79.197.200"));
        QVERIFY(run.out.contains("facebook.com"));
        const CliRun asJson = runCli({QStringLiteral("hunt"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        QCOMPARE(asJson.exitCode, 0);
        QVERIFY(json::parse(asJson.out.toStdString()).size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestCliPreview)
#include "test_cli_preview.moc"
