// Preview end to end: golden matches on the shared telemetry (expected numbers counted by
// hand with grep, see each comment), the --matches CSV and --json summary, the diff
// between two lists, hunting queries, cancel, and parallel scans agreeing with one thread.

#include "engine/match/hunting.h"
#include "engine/match/preview.h"
#include "engine/match/preview_diff.h"
#include "engine/match/preview_output.h"
#include "engine/timeutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace indicia;
using namespace indicia::match;

namespace {

const std::string kSysmon = INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/";
const std::string kExport = INDICIA_SHARED_DATA "/telemetry/mde/advanced_hunting_export.csv";
const std::string kFixtures = INDICIA_TEST_DATA "/telemetry/";
const TimePoint kAsOf = *parseIsoTimestamp("2026-06-01T00:00:00Z");

ListedIndicator listed(std::uint64_t id, IndicatorType type, std::string value, Action action,
                       std::vector<std::string> groups = {}, bool alert = false)
{
    ListedIndicator l;
    l.id = id;
    l.indicator.type = type;
    l.indicator.value = std::move(value);
    l.indicator.action = action;
    l.indicator.rbacGroups = std::move(groups);
    l.indicator.generateAlert = alert;
    l.updated = kAsOf - std::chrono::hours(24 * 30) + std::chrono::hours(id);
    return l;
}

std::vector<std::string> sysmonFiles()
{
    std::vector<std::string> files;
    for (const char* name : {"eid1_process_create.jsonl", "eid3_network_connection.jsonl", "eid7_image_load.jsonl",
                             "eid22_dns_query.jsonl", "eid23_file_delete_archived.jsonl",
                             "eid26_file_delete_detected.jsonl"})
        files.push_back(kSysmon + name);
    return files;
}

std::uint64_t count(const std::map<std::string, std::uint64_t>& counts, const std::string& key)
{
    const auto found = counts.find(key);
    return found == counts.end() ? 0 : found->second;
}

const char* const kEmptySha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
const char* const kEmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

class TestPreview : public QObject {
    Q_OBJECT

private slots:
    void sysmonGolden()
    {
        const std::vector<ListedIndicator> list = {
            listed(1, IndicatorType::IpAddress, "204.79.197.200", Action::Block),
            listed(2, IndicatorType::FileSha1, kEmptySha1, Action::Allowed),
            listed(3, IndicatorType::FileSha256, kEmptySha256, Action::Block),
            listed(4, IndicatorType::DomainName, "facebook.com", Action::Audit, {}, true),
        };
        const auto snapshot = Snapshot::build(list, kAsOf);
        telemetry::MachineGroups groups;
        groups.setDefaultGroup("Lab");
        const PreviewResult result = runPreview(*snapshot, sysmonFiles(), groups);
        const PreviewSummary& s = result.summary;
        QCOMPARE(s.eventsScanned, std::uint64_t(59 + 203 + 960 + 225 + 70 + 24)); // wc -l
        QCOMPARE(s.badRecordsSkipped, std::uint64_t(0));
        // grep -c 204.79.197.200 eid3 = 1; grep -c SHA1=DA39A3EE... eid23 = 14 (eid26: 0);
        // grep -c facebook eid22 = 1 (QueryName www.facebook.com).
        QCOMPARE(s.eventsMatched, std::uint64_t(1 + 14 + 1));
        QCOMPARE(count(s.perIndicator, "IpAddress:204.79.197.200"), std::uint64_t(1));
        QCOMPARE(count(s.perIndicator, std::string("FileSha1:") + kEmptySha1), std::uint64_t(14));
        QCOMPARE(count(s.perIndicator, "DomainName:facebook.com"), std::uint64_t(1));
        // The empty-file events: SHA-256 Block beats SHA-1 Allowed by hash strength.
        QCOMPARE(count(s.perOutcome, "block"), std::uint64_t(15));
        QCOMPARE(count(s.perOutcome, "alert"), std::uint64_t(1));
        QCOMPARE(s.alerts, std::uint64_t(1));
        QCOMPARE(count(s.perDeviceGroup, "Lab"), std::uint64_t(16));

        const auto bing = std::find_if(result.events.begin(), result.events.end(), [](const PreviewEvent& e) {
            return e.kind == "sysmon-3";
        });
        QVERIFY(bing != result.events.end());
        QCOMPARE(bing->machine, std::string("WORKSTATION5.theshire.local"));
        QCOMPARE(bing->subjects.at(0).matched.at(0).field, std::string("DestinationIp"));
        for (const PreviewEvent& e : result.events)
            if (e.kind == "sysmon-23")
                QCOMPARE(e.subjects.at(0).decision.decidedBy, Rule::HashStrength);
    }

    void advancedHuntingGolden()
    {
        const std::vector<ListedIndicator> list = {
            listed(1, IndicatorType::DomainName, "microsoft.com", Action::Block),
            listed(2, IndicatorType::FileSha1, "003f4160fc1bc322f0e3ba95b1d540ac955d081e", Action::Allowed),
            listed(3, IndicatorType::Url, "https://tietoevry.sharepoint.com/sites/TietoInternalServicesforCIOOffice", Action::Warn),
            listed(4, IndicatorType::Url, "https://tietoevry.sharepoint.com/sites/Tieto", Action::Block),
            listed(5, IndicatorType::IpRange, "40.126.0.0/18", Action::Audit, {}, true),
            listed(6, IndicatorType::FileSha1, "bcaa8d6d84ef1091fc761a0a0f0fc1bb1ee6c683", Action::Block, {"Finance"}),
        };
        const auto snapshot = Snapshot::build(list, kAsOf);
        telemetry::MachineGroups groups;
        const PreviewResult result = runPreview(*snapshot, {kExport, kFixtures + "machine_groups.csv"}, groups);
        std::map<std::uint64_t, std::string> matchedRows; // record -> winners
        for (const PreviewEvent& e : result.events) {
            QCOMPARE(e.deviceGroup, std::string("Finance")); // test-hostname, from machine_groups.csv
            for (const SubjectDecision& s : e.subjects)
                matchedRows[e.record] += std::string(toString(s.candidates[*s.decision.winner].type)) + ";";
        }
        // Hand-checked: rows 1, 20, 21 (InitiatingProcessSHA1 of MsMpEng), 2 (two subjects),
        // 4 (URL path), 6 and 7 (microsoft.com via RemoteUrl and the DNS query), 26 (range).
        const std::map<std::uint64_t, std::string> expected = {
            {1, "FileSha1;"}, {2, "FileSha1;FileSha1;"}, {4, "Url;"}, {6, "DomainName;"},
            {7, "DomainName;"}, {20, "FileSha1;"}, {21, "FileSha1;"}, {26, "IpRange;"}};
        QCOMPARE(matchedRows, expected);
        QCOMPARE(result.summary.eventsMatched, std::uint64_t(8));
        QCOMPARE(result.summary.machinesAffected, std::uint64_t(1));
        QCOMPARE(count(result.summary.perIndicator, "Url:https://tietoevry.sharepoint.com/sites/Tieto"), std::uint64_t(0));
    }

    void matchesCsvAndSummary()
    {
        const std::vector<ListedIndicator> list = {
            listed(1, IndicatorType::FileSha1, kEmptySha1, Action::Allowed),
            listed(2, IndicatorType::FileSha256, kEmptySha256, Action::Block),
        };
        const auto snapshot = Snapshot::build(list, kAsOf);
        const PreviewResult result = runPreview(*snapshot, {kFixtures + "ah_lines.jsonl"}, {});
        std::ostringstream csv;
        writeMatchesCsv(csv, result);
        const std::string expected =
            std::string(kMatchesCsvHeader) + "\n" +
            kFixtures + "ah_lines.jsonl,1,2026-05-03T09:00:00Z,ws-1,,ProcessCreated,SHA1,FileSha1," + kEmptySha1 +
            ",Allowed,true,only-candidate,allow\n" +
            kFixtures + "ah_lines.jsonl,1,2026-05-03T09:00:00Z,ws-1,,ProcessCreated,InitiatingProcessSHA256,FileSha256," +
            kEmptySha256 + ",Block,true,only-candidate,block\n" +
            kFixtures + "ah_lines.jsonl,3,2026-05-03T09:01:00Z,ws-1,,AntivirusDetection,SHA256,FileSha256," + kEmptySha256 +
            ",Block,true,only-candidate,block\n";
        QCOMPARE(QByteArray::fromStdString(csv.str()), QByteArray::fromStdString(expected));

        const std::string json = summaryJson(result);
        for (const char* key : {"\"eventsScanned\":3", "\"eventsMatched\":2", "\"machinesAffected\":1",
                                "\"badRecordsSkipped\":1", "\"perOutcome\":{\"allow\":1,\"block\":2}", "\"record\":4"})
            QVERIFY2(json.find(key) != std::string::npos, (std::string(key) + " in " + json).c_str());
    }

    void setAsideCandidatesInCsv()
    {
        const std::vector<ListedIndicator> list = {
            listed(1, IndicatorType::FileSha1, kEmptySha1, Action::Allowed),
            listed(2, IndicatorType::FileSha1, kEmptySha1, Action::Block, {"HR"}),
        };
        const PreviewResult result = runPreview(*Snapshot::build(list, kAsOf), {kFixtures + "bad_rows.csv"}, {});
        std::ostringstream csv;
        writeMatchesCsv(csv, result);
        QVERIFY(csv.str().find(",Allowed,true,only-candidate,allow\n") != std::string::npos);
        QVERIFY(csv.str().find(",Block,false,scope-not-covered,allow\n") != std::string::npos);
        QCOMPARE(result.summary.badRecordsSkipped, std::uint64_t(3));
    }

    void diffDraftAgainstSynced()
    {
        const std::vector<ListedIndicator> synced = {listed(1, IndicatorType::DomainName, "example.com", Action::Block)};
        std::vector<ListedIndicator> draft = synced;
        draft.push_back(listed(2, IndicatorType::DomainName, "a.example.com", Action::Allowed));
        const std::vector<std::string> files = {kFixtures + "ah_array.json"};
        const PreviewResult before = runPreview(*Snapshot::build(synced, kAsOf), files, {});
        const PreviewResult after = runPreview(*Snapshot::build(draft, kAsOf), files, {});
        const PreviewDiff diff = diffPreviews(before, after);
        QCOMPARE(diff.changes.size(), std::size_t(1)); // b.a.example.com; c.example.com stays blocked
        QCOMPARE(diff.changes[0].record, std::uint64_t(2));
        QCOMPARE(diff.changes[0].before, std::string("block"));
        QCOMPARE(diff.changes[0].after, std::string("allow"));
        QCOMPARE(diff.changes[0].afterRule, std::string("subdomain-over-parent"));
        QCOMPARE(diff.machinesChanged, std::set<std::string>{"ws-1"});
    }

    void huntingQueriesSplit()
    {
        std::vector<Indicator> indicators;
        for (int i = 0; i < 2500; ++i) {
            Indicator indicator;
            indicator.type = IndicatorType::FileSha1;
            char hex[41];
            std::snprintf(hex, sizeof hex, "%040x", i);
            indicator.value = hex;
            indicators.push_back(indicator);
        }
        Indicator domain;
        domain.type = IndicatorType::DomainName;
        domain.value = "example.com";
        indicators.push_back(domain);
        HuntingOptions options;
        options.days = 7;
        const std::vector<HuntingQuery> queries = huntingQueries(indicators, options);
        QCOMPARE(queries.size(), std::size_t(4)); // 1000 + 1000 + 500 hashes, 1 domain
        for (const HuntingQuery& q : queries) {
            QVERIFY(q.kql.size() < options.maxQueryBytes);
            QVERIFY(q.kql.find("ago(7d)") != std::string::npos);
        }
        QVERIFY(queries[0].kql.find("SHA1 in~ (iocs) or InitiatingProcessSHA1 in~ (iocs)") != std::string::npos);
        QVERIFY(queries[3].kql.find("RemoteUrl has_any") != std::string::npos);
        QVERIFY(queries[3].kql.find("\"example.com\"") != std::string::npos);
    }

    void cancelStopsEarly()
    {
        const auto snapshot = Snapshot::build(std::vector<ListedIndicator>{}, kAsOf);
        std::atomic<bool> cancel{true};
        const PreviewResult result = runPreview(*snapshot, sysmonFiles(), {}, {}, {}, &cancel);
        QVERIFY(result.cancelled);
        QCOMPARE(result.summary.eventsScanned, std::uint64_t(0));
    }

    void threadsAgree()
    {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/big.csv";
        {
            std::ofstream out(path, std::ios::binary);
            out << "Timestamp,DeviceName,ProcessCommandLine,SHA1\n";
            for (int i = 0; i < 80000; ++i)
                out << "2026-05-03T10:00:00Z,ws-" << i % 13 << ",\"cmd \"\"" << i << "\"\"\nnext\","
                    << (i % 1000 == 0 ? kEmptySha1 : "0000000000000000000000000000000000000000") << "\n";
        }
        const auto snapshot = Snapshot::build(std::vector{listed(1, IndicatorType::FileSha1, kEmptySha1, Action::Block)}, kAsOf);
        PreviewOptions one;
        one.threads = 1;
        PreviewOptions four;
        four.threads = 4;
        std::uint64_t lastDone = 0;
        int calls = 0;
        const PreviewResult a = runPreview(*snapshot, {path}, {}, one);
        const PreviewResult b = runPreview(*snapshot, {path}, {}, four, [&](std::uint64_t done, std::uint64_t total) {
            QVERIFY(done >= lastDone && done <= total);
            lastDone = done;
            ++calls;
        });
        QVERIFY(calls >= 1);
        QCOMPARE(a.summary.eventsMatched, std::uint64_t(80));
        QCOMPARE(b.summary.eventsMatched, a.summary.eventsMatched);
        for (std::size_t i = 0; i < a.events.size(); ++i)
            QCOMPARE(b.events[i].record, std::uint64_t(i * 1000 + 1));
    }

    // Chunk boundaries are guessed at line breaks; one inside a quoted multi-line cell cuts
    // the cell in two. The preview notices (a chunk ends inside quotes) and rescans the
    // file with exact boundaries, so the result is the same as on one thread.
    void guessedBoundaryInsideQuotedCell()
    {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/multiline.csv";
        {
            std::ofstream out(path, std::ios::binary);
            out << "Timestamp,DeviceName,ProcessCommandLine,SHA1\n";
            const std::string lines = [] {
                std::string text;
                for (int k = 0; k < 40; ++k)
                    text += "powershell -enc AAAA line " + std::to_string(k) + ", still quoted\n";
                return text;
            }();
            for (int i = 0; i < 4000; ++i)
                out << "2026-05-03T10:00:00Z,ws-" << i % 7 << ",\"" << lines << "\","
                    << (i % 100 == 0 ? kEmptySha1 : "0000000000000000000000000000000000000000") << "\n";
        }
        telemetry::TelemetrySource source;
        std::string error;
        QVERIFY(source.open(path, error));
        const std::vector<std::size_t> guessed = source.splitFast(8);
        QVERIFY(guessed.size() > 2);
        bool cut = false;
        for (std::size_t k = 0; k + 2 < guessed.size(); ++k) {
            telemetry::ScanStats stats;
            source.scan(guessed[k], guessed[k + 1], [](const telemetry::Event&) {}, stats);
            cut |= stats.endsInsideQuotes;
        }
        QVERIFY(cut); // 40 of 41 line breaks are inside quotes: some guess lands in a cell

        const auto snapshot = Snapshot::build(std::vector{listed(1, IndicatorType::FileSha1, kEmptySha1, Action::Block)}, kAsOf);
        PreviewOptions one, four;
        one.threads = 1;
        four.threads = 4;
        const PreviewResult a = runPreview(*snapshot, {path}, {}, one);
        const PreviewResult b = runPreview(*snapshot, {path}, {}, four);
        QCOMPARE(a.summary.badRecordsSkipped, std::uint64_t(0));
        QCOMPARE(b.summary.badRecordsSkipped, std::uint64_t(0));
        QCOMPARE(b.summary.eventsScanned, std::uint64_t(4000));
        QCOMPARE(b.summary.eventsMatched, std::uint64_t(40));
        QCOMPARE(b.events.size(), a.events.size());
        for (std::size_t i = 0; i < a.events.size(); ++i)
            QCOMPARE(b.events[i].record, a.events[i].record);
    }

    void snapshotMemory()
    {
        std::vector<ListedIndicator> list;
        for (std::uint64_t i = 0; i < 20000; ++i) {
            char hex[41];
            std::snprintf(hex, sizeof hex, "%040llx", static_cast<unsigned long long>(i * 2654435761u));
            list.push_back(listed(i, IndicatorType::FileSha1, hex, Action::Block));
        }
        const auto snapshot = Snapshot::build(list, kAsOf);
        QCOMPARE(snapshot->indicators().size(), list.size());
        QVERIFY2(snapshot->memoryBytes() / list.size() < 128, std::to_string(snapshot->memoryBytes() / list.size()).c_str());
        QCOMPARE(snapshot->valueOf(7), list[7].indicator.value);
    }
};

QTEST_APPLESS_MAIN(TestPreview)
#include "test_preview.moc"
