// Telemetry readers: format detection, golden counts on the shared Mordor Sysmon and MDE
// Advanced Hunting samples, crafted fixtures, and robustness (truncated files, wrong
// columns, a 10 MB line, invalid UTF-8) where bad records are counted, never fatal.

#include "engine/telemetry/telemetry_source.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace indicia::telemetry;

namespace {

const std::string kSysmon = INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/";
const std::string kExport = INDICIA_SHARED_DATA "/telemetry/mde/advanced_hunting_export.csv";
const std::string kFixtures = INDICIA_TEST_DATA "/telemetry/";

struct Seen {
    std::uint64_t record;
    std::string machine, kind;
    std::vector<std::pair<std::string, std::string>> observables; // field, value
};

struct Scan {
    bool opened = false;
    std::string error;
    Format format = Format::Unknown;
    ScanStats stats;
    std::vector<Seen> events;
};

// Scans the file in `parts` chunks, shifting record numbers as the preview does.
Scan scanFile(const std::string& path, std::size_t parts = 1, std::size_t maxRecordBytes = 1u << 20)
{
    Scan scan;
    TelemetrySource source;
    source.setMaxRecordBytes(maxRecordBytes);
    scan.opened = source.open(path, scan.error);
    scan.format = source.format();
    if (!scan.opened)
        return scan;
    const std::vector<std::size_t> bounds = source.split(parts);
    std::uint64_t offset = 0;
    for (std::size_t k = 0; k + 1 < bounds.size(); ++k) {
        ScanStats chunk;
        source.scan(bounds[k], bounds[k + 1], [&](const Event& e) {
            Seen seen{e.record + offset, std::string(e.machine), std::string(e.kind), {}};
            for (std::size_t i = 0; i < e.observableCount; ++i)
                seen.observables.emplace_back(e.observables[i].field, e.observables[i].value);
            scan.events.push_back(std::move(seen));
        }, chunk);
        scan.stats.merge(chunk, offset);
        offset += chunk.records;
    }
    return scan;
}

bool has(const Seen& seen, const std::string& field, const std::string& value)
{
    for (const auto& [f, v] : seen.observables)
        if (f == field && v == value)
            return true;
    return false;
}

void writeFile(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string pathIn(const QTemporaryDir& dir, const char* name) { return dir.path().toStdString() + "/" + name; }

} // namespace

class TestTelemetry : public QObject {
    Q_OBJECT

private slots:
    // Every line of the Mordor samples is a Sysmon event we read (counts from wc -l).
    void sysmonGolden_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("EID 1") << QByteArray("eid1_process_create.jsonl") << 59 << QByteArray("sysmon-1");
        QTest::newRow("EID 3") << QByteArray("eid3_network_connection.jsonl") << 203 << QByteArray("sysmon-3");
        QTest::newRow("EID 7") << QByteArray("eid7_image_load.jsonl") << 960 << QByteArray("sysmon-7");
        QTest::newRow("EID 22") << QByteArray("eid22_dns_query.jsonl") << 225 << QByteArray("sysmon-22");
        QTest::newRow("EID 23") << QByteArray("eid23_file_delete_archived.jsonl") << 70 << QByteArray("sysmon-23");
        QTest::newRow("EID 26") << QByteArray("eid26_file_delete_detected.jsonl") << 24 << QByteArray("sysmon-26");
    }
    void sysmonGolden()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, lines);
        QFETCH(QByteArray, kind);
        const Scan scan = scanFile(kSysmon + file.toStdString());
        QVERIFY2(scan.opened, scan.error.c_str());
        QCOMPARE(int(scan.format), int(Format::JsonLines));
        QCOMPARE(scan.stats.records, std::uint64_t(lines));
        QCOMPARE(scan.stats.events, std::uint64_t(lines));
        QCOMPARE(scan.stats.bad, std::uint64_t(0));
        for (const Seen& e : scan.events) {
            QCOMPARE(QByteArray(e.kind.c_str()), kind);
            QVERIFY(!e.machine.empty()); // Hostname, in both serialisations
        }
    }

    void sysmonFields()
    {
        // EID 3 initiated by WORKSTATION5: the destination is the remote side.
        const Scan eid3 = scanFile(kSysmon + "eid3_network_connection.jsonl");
        int toBing = 0;
        for (const Seen& e : eid3.events)
            toBing += has(e, "DestinationIp", "204.79.197.200");
        QCOMPARE(toBing, 1); // grep -c 204.79.197.200 eid3_network_connection.jsonl
        // EID 22: the query name.
        const Scan eid22 = scanFile(kSysmon + "eid22_dns_query.jsonl");
        QCOMPARE(eid22.events.size(), std::size_t(225));
        QVERIFY(std::any_of(eid22.events.begin(), eid22.events.end(),
                            [](const Seen& e) { return has(e, "QueryName", "www.facebook.com"); }));
        // EID 23: the three hashes of the Hashes field, IMPHASH ignored.
        const Scan eid23 = scanFile(kSysmon + "eid23_file_delete_archived.jsonl");
        int empty = 0;
        for (const Seen& e : eid23.events) {
            QCOMPARE(e.observables.size(), std::size_t(3));
            empty += has(e, "Hashes.SHA1", "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709");
        }
        QCOMPARE(empty, 14); // grep -c SHA1=DA39A3EE... eid23_file_delete_archived.jsonl
    }

    void advancedHuntingExport()
    {
        const Scan scan = scanFile(kExport);
        QVERIFY2(scan.opened, scan.error.c_str());
        QCOMPARE(int(scan.format), int(Format::HuntingCsv));
        QCOMPARE(scan.stats.records, std::uint64_t(26));
        QCOMPARE(scan.stats.events, std::uint64_t(26));
        QCOMPARE(scan.stats.bad, std::uint64_t(0));
        const Seen& row2 = scan.events[1];
        QCOMPARE(row2.record, std::uint64_t(2));
        QVERIFY(has(row2, "SHA1", "bcaa8d6d84ef1091fc761a0a0f0fc1bb1ee6c683"));
        QVERIFY(has(row2, "InitiatingProcessSHA1", "bcaa8d6d84ef1091fc761a0a0f0fc1bb1ee6c683"));
        QVERIFY(has(row2, "MD5", "50573ef96530b3b3cadcfe2ddc5f3f82"));
        QVERIFY(has(scan.events[5], "RemoteIP", "20.50.201.200"));
        QVERIFY(has(scan.events[5], "RemoteUrl", "eu-v20.events.data.microsoft.com"));
        // DNS names live only in AdditionalFields (JSON with doubled quotes inside the cell).
        QVERIFY(has(scan.events[6], "AdditionalFields.query", "array504.prod.do.dsp.mp.microsoft.com"));
        QVERIFY(has(scan.events[9], "AdditionalFields.host", "www.msftconnecttest.com"));
        QVERIFY(has(scan.events[25], "AdditionalFields.server_name", "login.microsoftonline.com"));
        QCOMPARE(scan.events[25].kind, std::string("SslConnectionInspected"));
    }

    void jsonArrayAndLines()
    {
        const Scan array = scanFile(kFixtures + "ah_array.json");
        QCOMPARE(int(array.format), int(Format::JsonArray));
        QCOMPARE(array.stats.events, std::uint64_t(3));
        QVERIFY(has(array.events[0], "RemoteUrl", "http://e.com/a/b/c"));
        QCOMPARE(array.events[0].observables.size(), std::size_t(2)); // null is not a value
        QVERIFY(has(array.events[1], "AdditionalFields.query", "b.a.example.com"));
        QVERIFY(has(array.events[2], "AdditionalFields.query", "c.example.com")); // JSON in a JSON string

        const Scan lines = scanFile(kFixtures + "ah_lines.jsonl");
        QCOMPARE(int(lines.format), int(Format::JsonLines));
        QCOMPARE(lines.stats.records, std::uint64_t(6)); // lines, the blank one included
        QCOMPARE(lines.stats.events, std::uint64_t(3));
        QCOMPARE(lines.stats.bad, std::uint64_t(1));     // line 4 is cut short
        QCOMPARE(lines.stats.ignored, std::uint64_t(1)); // line 5 is a Security event
        QCOMPARE(lines.stats.errors.at(0).record, std::uint64_t(4));
        QCOMPARE(lines.events[1].record, std::uint64_t(3));
        QCOMPARE(lines.events[2].machine, std::string("ws-3")); // Sysmon Computer
    }

    void badRowsCountedAndSkipped()
    {
        const Scan scan = scanFile(kFixtures + "bad_rows.csv");
        QVERIFY(scan.opened);
        QCOMPARE(scan.stats.records, std::uint64_t(5));
        QCOMPARE(scan.stats.events, std::uint64_t(2)); // rows 1 and 4 (a quoted line break)
        QCOMPARE(scan.stats.bad, std::uint64_t(3));
        QCOMPARE(scan.stats.errors.size(), std::size_t(3));
        QCOMPARE(scan.stats.errors[0].record, std::uint64_t(2));
        QVERIFY(scan.stats.errors[0].reason.find("4 cells where the header has 5") != std::string::npos);
        QCOMPARE(scan.stats.errors[1].record, std::uint64_t(3));
        QVERIFY(scan.stats.errors[1].reason.find("UTF-8") != std::string::npos);
        QCOMPARE(scan.stats.errors[2].record, std::uint64_t(5));
        QVERIFY(scan.stats.errors[2].reason.find("truncated") != std::string::npos);
        QCOMPARE(scan.events[1].record, std::uint64_t(4));
    }

    void wrongColumnsRefused()
    {
        const Scan scan = scanFile(kFixtures + "wrong_columns.csv");
        QVERIFY(!scan.opened);
        QVERIFY(scan.error.find("no column the preview reads") != std::string::npos);
        const Scan missing = scanFile(kFixtures + "does_not_exist.csv");
        QVERIFY(!missing.opened);
        QVERIFY(!missing.error.empty());
    }

    void truncatedFile()
    {
        QTemporaryDir dir;
        std::ifstream in(kSysmon + "eid3_network_connection.jsonl", std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::size_t cut = text.find('\n', text.size() / 2) + 200; // mid-record
        writeFile(pathIn(dir, "cut.jsonl"), text.substr(0, cut));
        const Scan scan = scanFile(pathIn(dir, "cut.jsonl"));
        QCOMPARE(scan.stats.bad, std::uint64_t(1));
        QCOMPARE(scan.stats.events + 1, scan.stats.records);

        // A CSV cut inside a quoted cell.
        std::ifstream csvIn(kExport, std::ios::binary);
        std::string csv((std::istreambuf_iterator<char>(csvIn)), std::istreambuf_iterator<char>());
        writeFile(pathIn(dir, "cut.csv"), csv.substr(0, csv.rfind("\"{") + 5));
        const Scan cutCsv = scanFile(pathIn(dir, "cut.csv"));
        QVERIFY(cutCsv.opened);
        QCOMPARE(cutCsv.stats.bad, std::uint64_t(1));
        QCOMPARE(cutCsv.stats.events, std::uint64_t(25));
    }

    // A 10 MB line is counted and skipped; the record after it is still read.
    void tenMegabyteLine()
    {
        QTemporaryDir dir;
        const std::string huge(10u << 20, 'x');
        writeFile(pathIn(dir, "huge.jsonl"),
                  "{\"EventID\":22,\"Hostname\":\"a\",\"QueryName\":\"" + huge + "\"}\n" +
                      "{\"EventID\":22,\"Hostname\":\"a\",\"QueryName\":\"ok.example\"}\n");
        const Scan lines = scanFile(pathIn(dir, "huge.jsonl"));
        QCOMPARE(lines.stats.bad, std::uint64_t(1));
        QCOMPARE(lines.stats.events, std::uint64_t(1));
        QCOMPARE(lines.events[0].record, std::uint64_t(2));

        writeFile(pathIn(dir, "huge.csv"), "DeviceName,SHA1\nws-1," + huge + "\nws-2,abc\n");
        const Scan csv = scanFile(pathIn(dir, "huge.csv"));
        QCOMPARE(csv.stats.bad, std::uint64_t(1));
        QCOMPARE(csv.stats.events, std::uint64_t(1));
        QCOMPARE(csv.events[0].machine, std::string("ws-2"));
    }

    void invalidUtf8InJson()
    {
        QTemporaryDir dir;
        writeFile(pathIn(dir, "bad.jsonl"), "{\"EventID\":22,\"Hostname\":\"a\",\"QueryName\":\"\xc3\x28.example\"}\n"
                                             "{\"EventID\":22,\"Hostname\":\"a\",\"QueryName\":\"caf\xc3\xa9.example\"}\n");
        const Scan scan = scanFile(pathIn(dir, "bad.jsonl"));
        QCOMPARE(scan.stats.bad, std::uint64_t(1));
        QCOMPARE(scan.stats.events, std::uint64_t(1));
    }

    // Chunked scanning finds the same events with the same record numbers, even when
    // quoted cells hold line breaks near the chunk boundaries.
    void chunksAgreeWithOnePass()
    {
        QTemporaryDir dir;
        std::string csv = "Timestamp,DeviceName,ProcessCommandLine,SHA1\n";
        for (int i = 0; i < 60000; ++i)
            csv += "2026-05-03T10:00:00Z,ws-" + std::to_string(i % 97) + ",\"cmd /c \"\"line " + std::to_string(i) +
                   "\"\"\nsecond line, with comma\"," + std::string(40, char('a' + i % 6)) + "\n";
        writeFile(pathIn(dir, "big.csv"), csv);
        const Scan one = scanFile(pathIn(dir, "big.csv"), 1);
        const Scan many = scanFile(pathIn(dir, "big.csv"), 7);
        QCOMPARE(one.stats.events, std::uint64_t(60000));
        QCOMPARE(many.stats.events, one.stats.events);
        QCOMPARE(many.stats.bad, std::uint64_t(0));
        for (std::size_t i = 0; i < one.events.size(); i += 997) {
            QCOMPARE(many.events[i].record, one.events[i].record);
            QCOMPARE(many.events[i].machine, one.events[i].machine);
        }
        QCOMPARE(many.events.back().record, std::uint64_t(60000));
    }

    void machineGroups()
    {
        MachineGroups groups;
        groups.setDefaultGroup("Unassigned");
        for (const char* name : {"device_info.csv", "machine_groups.csv"}) {
            TelemetrySource source;
            std::string error;
            QVERIFY2(source.open(kFixtures + name, error), error.c_str());
            QVERIFY(source.givesMachineGroups());
            ScanStats stats;
            source.loadMachineGroups(groups, stats);
            QCOMPARE(stats.bad, std::uint64_t(0));
        }
        QCOMPARE(groups.groupOf("WORKSTATION5"), std::string_view("HR")); // the newest DeviceInfo row
        QCOMPARE(groups.groupOf("workstation5.theshire.local"), std::string_view("HR")); // first label
        QCOMPARE(groups.groupOf("dc01.PANDALAB.com"), std::string_view("Servers"));
        QCOMPARE(groups.groupOf("test-hostname"), std::string_view("Finance"));
        QCOMPARE(groups.groupOf("nobody"), std::string_view("Unassigned"));
    }

    void certificateInfo()
    {
        const Scan scan = scanFile(kFixtures + "cert_info.csv");
        QCOMPARE(int(scan.format), int(Format::HuntingCsv));
        QCOMPARE(scan.events.size(), std::size_t(1));
        QVERIFY(has(scan.events[0], "SignerHash", "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678"));
        QVERIFY(has(scan.events[0], "SHA1", "0123456789abcdef0123456789abcdef01234567"));
    }
};

QTEST_APPLESS_MAIN(TestTelemetry)
#include "test_telemetry.moc"
