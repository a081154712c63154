// The demo organisation generator (service/demo) and indicia-tenant --demo-seed: same seed,
// same bytes; the default data set's size and shape; indicators the engine and the tenant
// accept; a scenario consistent with the telemetry; the personas against the real service.

#include "engine/codec/report_text.h"
#include "engine/indicator.h"
#include "engine/timeutil.h"
#include "service/demo/demo_generator.h"
#include "service/indicator_payload.h"
#include "tenant_fixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace indicia;
using namespace indicia::service::demo;
using tenant_test::json;

namespace {

json readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return json::parse(file.readAll().toStdString(), nullptr, false);
}

QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QByteArray digest(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}

// A CSV line split on commas outside quotes (quotes kept: the tests compare plain cells).
std::vector<std::string> cells(const std::string& line)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        if (c == ',' && !quoted)
            out.emplace_back();
        else
            out.back() += c;
    }
    return out;
}

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    int column(const std::string& name) const
    {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return int(i);
        return -1;
    }
};

Table readTable(const QString& path)
{
    std::ifstream in(QFile::encodeName(path).toStdString());
    Table table;
    std::string line;
    if (std::getline(in, line))
        table.header = cells(line);
    while (std::getline(in, line))
        table.rows.push_back(cells(line));
    return table;
}

bool expiredAt(const json& indicator, const std::string& end)
{
    return indicator.contains("expirationTime") && indicator["expirationTime"].get<std::string>() <= end;
}

// What a group-restricted client sees: indicators whose groups all lie within its own.
bool visibleTo(const json& indicator, const std::set<std::string>& groups)
{
    for (const json& g : indicator["rbacGroupNames"])
        if (!groups.count(g.get<std::string>()))
            return false;
    return true;
}

std::string csvCell(const std::string& text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

class TestDemoSeed : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    DemoSpec small_;
    QString smallDir_;

    QString generated(const DemoSpec& spec, const QString& name, DemoCounts* counts = nullptr)
    {
        const QString path = dir_.filePath(name);
        const QString error = generateDemo(spec, path, counts);
        return error.isEmpty() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        small_.seed = 3;
        small_.events = 20000;
        small_.machines = 500;
        smallDir_ = generated(small_, QStringLiteral("small"));
        QVERIFY(!smallDir_.isEmpty());
    }

    void sameSeedSameBytes()
    {
        const QString again = generated(small_, QStringLiteral("small-again"));
        QVERIFY(!again.isEmpty());
        const QStringList files = filesUnder(smallDir_);
        QCOMPARE(filesUnder(again), files);
        QVERIFY(files.size() >= 13);
        for (const QString& file : files)
            QVERIFY2(digest(QDir(smallDir_).filePath(file)) == digest(QDir(again).filePath(file)), qPrintable(file));
        QVERIFY(demoIsCurrent(small_, smallDir_));

        DemoSpec other = small_;
        other.seed = 4;
        QVERIFY(!demoIsCurrent(other, smallDir_));
        const QString different = generated(other, QStringLiteral("other-seed"));
        QVERIFY(!different.isEmpty());
        for (const char* file : {"seed.json", "clients.json", "indicators.json", "telemetry/DeviceProcessEvents.csv"})
            QVERIFY2(digest(QDir(smallDir_).filePath(QLatin1String(file))) != digest(QDir(different).filePath(QLatin1String(file))), file);
    }

    void defaultSpecHasTheIssuesSize()
    {
        const DemoSpec spec;
        QElapsedTimer timer;
        timer.start();
        DemoCounts counts;
        const QString path = generated(spec, QStringLiteral("default"), &counts);
        const qint64 ms = timer.elapsed();
        QVERIFY(!path.isEmpty());
        qint64 bytes = 0;
        for (const QString& file : filesUnder(path))
            bytes += QFileInfo(QDir(path).filePath(file)).size();
        qInfo("default demo: %lld events, %d machines, %d files, %d indicators in %lld ms, %.1f MB",
              counts.events, counts.machines, counts.files, counts.indicators, ms, double(bytes) / 1e6);

        const json seed = readJson(QDir(path).filePath(QStringLiteral("seed.json")));
        const json& groups = seed["machineGroups"];
        QVERIFY(groups.size() >= 7);
        QCOMPARE(groups.back()["name"].get<std::string>(), std::string("Ungrouped"));
        int lastRank = 0;
        for (const json& g : groups) {
            QVERIFY(g["rank"].get<int>() > lastRank);
            lastRank = g["rank"].get<int>();
        }
        QVERIFY(seed["machines"].size() >= 500);
        std::set<std::string> families;
        for (const json& m : seed["machines"]) {
            const std::string os = m["osPlatform"];
            families.insert(os.starts_with("Windows") ? "Windows" : os);
            QVERIFY(QString::fromStdString(m["id"]).contains(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$"))));
        }
        QCOMPARE(families, (std::set<std::string>{"Windows", "macOS", "Linux"}));

        // Rows of the event tables, every timestamp inside [end - 30 days, end).
        const std::string first = "2026-10-02T00:00:00Z", end = "2026-11-01T00:00:00Z";
        qint64 rows = 0;
        for (const QString& file : filesUnder(QDir(path).filePath(QStringLiteral("telemetry")))) {
            if (file == QStringLiteral("DeviceInfo.csv"))
                continue;
            std::ifstream in(QFile::encodeName(QDir(path).filePath(QStringLiteral("telemetry/") + file)).toStdString());
            std::string line;
            std::getline(in, line);
            QVERIFY(line.starts_with("Timestamp,"));
            while (std::getline(in, line)) {
                ++rows;
                const std::string_view stamp = std::string_view(line).substr(0, 20);
                if (stamp < first || stamp >= end)
                    QFAIL(qPrintable(QStringLiteral("%1: timestamp %2 outside the window").arg(file, QString::fromStdString(line.substr(0, 20)))));
            }
        }
        QVERIFY(rows >= 1'000'000);
        QCOMPARE(rows, counts.events);
        QVERIFY(bytes < 260'000'000);
    }

    void indicatorsPassTheEngineAndCoverEveryTypeAndAction()
    {
        const json doc = readJson(QDir(smallDir_).filePath(QStringLiteral("indicators.json")));
        const json& list = doc["indicators"];
        QVERIFY(list.size() >= 300 && list.size() <= 1000);
        const TimePoint start = *parseIsoTimestamp("2026-10-02T00:00:00Z");
        std::map<std::string, std::set<std::string>> actions;
        int expired = 0, scoped = 0, analyst = 0;
        std::set<std::string> values;
        for (json body : list) {
            const std::string createdBy = body["createdBy"];
            body.erase("createdBy");
            const service::PayloadResult parsed = service::IndicatorPayload::parse(body, start);
            QVERIFY2(parsed.indicator, qPrintable(QString::fromStdString(body.dump()) + QStringLiteral(": ")
                                                  + (parsed.error ? parsed.error->message : QString())));
            QCOMPARE(parsed.indicator->core.value, body["indicatorValue"].get<std::string>()); // canonical already
            QVERIFY(values.insert(body["indicatorType"].get<std::string>() + ' ' + body["indicatorValue"].get<std::string>()).second);
            actions[body["indicatorType"]].insert(body["action"]);
            expired += expiredAt(body, "2026-11-01T00:00:00Z");
            scoped += !body["rbacGroupNames"].empty();
            if (createdBy == "demo-analyst") {
                ++analyst;
                QVERIFY(!body["rbacGroupNames"].empty() && visibleTo(body, {"Finance", "HR"}));
            } else {
                QCOMPARE(createdBy, std::string("demo-admin"));
            }
        }
        for (const IndicatorType type : kAllIndicatorTypes) {
            if (type == IndicatorType::IpRange)
                continue; // ours, not MDE's
            for (const Action action : allowedActions(type))
                QVERIFY2(actions[std::string(toString(type))].count(std::string(toString(action))),
                         qPrintable(QString::fromLatin1(toString(type).data()) + QLatin1Char(' ') + QLatin1String(toString(action).data())));
        }
        QVERIFY(expired >= 10);
        QVERIFY(scoped >= 30);
        QVERIFY(analyst >= 10);
    }

    void scenarioMatchesTheTelemetry()
    {
        const QDir dir(smallDir_);
        const json scenario = readJson(dir.filePath(QStringLiteral("scenario.json")));
        const json indicators = readJson(dir.filePath(QStringLiteral("indicators.json")))["indicators"];
        QCOMPARE(scenario["seed"].get<int>(), 3);
        QCOMPARE(scenario["end"].get<std::string>(), std::string("2026-11-01T00:00:00Z"));
        std::map<std::string, std::string> groupOf;
        const Table info = readTable(dir.filePath(QStringLiteral("telemetry/DeviceInfo.csv")));
        for (const auto& row : info.rows)
            groupOf[row[std::size_t(info.column("DeviceName"))]] = row[std::size_t(info.column("MachineGroup"))];
        const auto findIndicator = [&indicators](const std::string& type, const std::string& value) -> const json* {
            for (const json& i : indicators)
                if (i["indicatorType"] == type && i["indicatorValue"] == value)
                    return &i;
            return nullptr;
        };

        // The dropper: run on the listed Finance and Build servers machines, no indicator yet.
        const json& dropper = scenario["dropper"];
        const Table process = readTable(dir.filePath(QStringLiteral("telemetry/DeviceProcessEvents.csv")));
        std::set<std::string> ranOn;
        for (const auto& row : process.rows)
            if (row[std::size_t(process.column("SHA256"))] == dropper["sha256"].get<std::string>()) {
                ranOn.insert(row[std::size_t(process.column("DeviceName"))]);
                QCOMPARE(row[std::size_t(process.column("SHA1"))], dropper["sha1"].get<std::string>());
                QCOMPARE(row[std::size_t(process.column("MD5"))], dropper["md5"].get<std::string>());
            }
        QVERIFY(dropper["financeMachines"].size() >= 3 && dropper["buildMachines"].size() >= 2);
        for (const json& m : dropper["financeMachines"]) {
            QVERIFY(ranOn.count(m));
            QCOMPARE(groupOf[m], std::string("Finance"));
        }
        for (const json& m : dropper["buildMachines"]) {
            QVERIFY(ranOn.count(m));
            QCOMPARE(groupOf[m], std::string("Build servers"));
        }
        QCOMPARE(ranOn.size(), dropper["financeMachines"].size() + dropper["buildMachines"].size());
        for (const char* type : {"FileSha256", "FileSha1", "FileMd5"})
            QVERIFY(!findIndicator(type, dropper[type == std::string("FileSha256") ? "sha256" : type == std::string("FileSha1") ? "sha1" : "md5"]));

        // The false positive: flagged by the AV on Engineering machines, audited by an indicator.
        const json& fp = scenario["falsePositive"];
        const Table events = readTable(dir.filePath(QStringLiteral("telemetry/DeviceEvents.csv")));
        int detections = 0;
        for (const auto& row : events.rows)
            if (row[std::size_t(events.column("ActionType"))] == "AntivirusDetection"
                && row[std::size_t(events.column("SHA256"))] == fp["sha256"].get<std::string>()) {
                ++detections;
                QCOMPARE(groupOf[row[std::size_t(events.column("DeviceName"))]], std::string("Engineering"));
            }
        QVERIFY(detections > 0);
        const json* audit = findIndicator("FileSha256", fp["detectingIndicatorValue"]);
        QVERIFY(audit);
        QCOMPARE((*audit)["action"].get<std::string>(), std::string("Audit"));
        QVERIFY((*audit)["generateAlert"].get<bool>());

        // The report: the engine's import yields exactly the listed values and row errors.
        const json& report = scenario["report"];
        std::ifstream in(QFile::encodeName(dir.filePath(QStringLiteral("report.txt"))).toStdString());
        ReportTextReader reader(in);
        ImportRow row;
        json valid = json::array(), invalid = json::array();
        while (reader.next(row)) {
            if (row.valid())
                valid.push_back({{"type", std::string(toString(*row.type))}, {"value", row.indicator.value}});
            else
                invalid.push_back(row.line);
        }
        QCOMPARE(valid, report["valid"]);
        QVERIFY(valid.size() >= 6);
        QVERIFY(report["invalid"].size() >= 2);
        QCOMPARE(invalid.size(), report["invalid"].size());
        std::set<std::string> types;
        for (const json& v : valid) {
            types.insert(v["type"]);
            QVERIFY(!findIndicator(v["type"], v["value"]));
        }
        QVERIFY(types.size() >= 5);

        // The shadowed block: a domain Block, a URL Allow under it, the URL seen on the machine.
        const json& shadowed = scenario["shadowedBlock"];
        const json* block = findIndicator("DomainName", shadowed["blockValue"]);
        const json* allow = findIndicator("Url", shadowed["allowValue"]);
        QVERIFY(block && allow);
        QCOMPARE((*block)["action"].get<std::string>(), std::string("Block"));
        QCOMPARE((*allow)["action"].get<std::string>(), std::string("Allowed"));
        QVERIFY(QString::fromStdString(shadowed["allowValue"]).contains(QString::fromStdString(shadowed["blockValue"])));
        const Table network = readTable(dir.filePath(QStringLiteral("telemetry/DeviceNetworkEvents.csv")));
        int seen = 0;
        for (const auto& r : network.rows)
            seen += r[std::size_t(network.column("DeviceName"))] == shadowed["machine"].get<std::string>()
                    && r[std::size_t(network.column("RemoteUrl"))] == shadowed["allowValue"].get<std::string>();
        QVERIFY(seen > 0);

        // The conflict: an existing, lasting, all-devices indicator.
        const json* conflict = findIndicator(scenario["conflict"]["type"], scenario["conflict"]["value"]);
        QVERIFY(conflict);
        QVERIFY(!conflict->contains("expirationTime") && (*conflict)["rbacGroupNames"].empty());
    }

    void tenantServesTheDemo()
    {
        tenant_test::Tenant tenant;
        const QStringList args = {QStringLiteral("--demo-seed"), QStringLiteral("7"), QStringLiteral("--demo-events"),
                                  QStringLiteral("20000")};
        QVERIFY2(tenant.start(args), qPrintable(tenant.error));
        const QString demo = QDir(tenant.dataDir()).filePath(QStringLiteral("demo"));
        const json clients = readJson(QDir(demo).filePath(QStringLiteral("clients.json")));
        QCOMPARE(clients.size(), std::size_t(3));
        std::map<std::string, QString> secrets;
        for (const json& c : clients)
            secrets[c["id"]] = QString::fromStdString(c["secret"]);
        const QByteArray admin = tenant.token(QStringLiteral("demo-admin"), secrets["demo-admin"]);
        const QByteArray analyst = tenant.token(QStringLiteral("demo-analyst"), secrets["demo-analyst"]);
        const QByteArray auditor = tenant.token(QStringLiteral("demo-auditor"), secrets["demo-auditor"]);
        QVERIFY(!admin.isEmpty() && !analyst.isEmpty() && !auditor.isEmpty());

        const json groups = tenant.http.get(tenant.api(QStringLiteral("/machinegroups")), admin).parsed();
        std::set<std::string> names;
        for (const json& g : groups["value"])
            names.insert(g["name"]);
        for (const char* name : {"Domain controllers", "Build servers", "Executives", "Finance", "Engineering", "HR", "Ungrouped"})
            QVERIFY2(names.count(name), name);

        const json all = readJson(QDir(demo).filePath(QStringLiteral("indicators.json")))["indicators"];
        std::size_t active = 0, visible = 0;
        for (const json& i : all) {
            if (expiredAt(i, "2026-11-01T00:00:00Z"))
                continue;
            ++active;
            visible += visibleTo(i, {"Finance", "HR"});
        }
        const auto count = [&tenant](const QByteArray& token) {
            return tenant.http.get(tenant.api(QStringLiteral("/indicators")), token).parsed()["value"].size();
        };
        QCOMPARE(count(admin), active);
        QCOMPARE(count(analyst), visible);
        QVERIFY(visible < active);
        QCOMPARE(count(auditor), active);

        // A change survives a restart: the indicators are not loaded again.
        const json first = tenant.http.get(tenant.api(QStringLiteral("/indicators?$top=1")), admin).parsed()["value"][0];
        QCOMPARE(tenant.http.del(tenant.api(QStringLiteral("/indicators/") + QString::fromStdString(first["id"])), admin).status, 204);
        tenant.stop();
        QVERIFY2(tenant.start(args), qPrintable(tenant.error));
        const QByteArray again = tenant.token(QStringLiteral("demo-admin"), secrets["demo-admin"]);
        QCOMPARE(count(again), active - 1);
    }

    void previewReadsEveryTelemetryFile()
    {
        const QString cli = QStringLiteral(INDICIA_BINARY_DIR "/app/indicia-cli");
        if (!QFile::exists(cli))
            QSKIP("indicia-cli is not built");
        // The active indicators as an MDE import CSV.
        const json all = readJson(QDir(smallDir_).filePath(QStringLiteral("indicators.json")))["indicators"];
        std::string csv = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                          "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\n";
        for (const json& i : all) {
            if (expiredAt(i, "2026-11-01T00:00:00Z"))
                continue;
            std::string groups;
            for (const json& g : i["rbacGroupNames"])
                groups += (groups.empty() ? "" : ",") + g.get<std::string>();
            csv += std::string(i["indicatorType"]) + ',' + std::string(i["indicatorValue"]) + ','
                 + i.value("expirationTime", std::string()) + ',' + std::string(i["action"]) + ','
                 + std::string(i["severity"]) + ',' + csvCell(i["title"]) + ',' + csvCell(i["description"]) + ','
                 + csvCell(i.value("recommendedActions", std::string())) + ',' + csvCell(groups) + ",,,"
                 + (i["generateAlert"].get<bool>() ? "true" : "false") + '\n';
        }
        const QString list = dir_.filePath(QStringLiteral("demo-export.csv"));
        QFile out(list);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(csv));
        out.close();
        QStringList args = {QStringLiteral("preview"), QStringLiteral("--indicators"), list, QStringLiteral("--json"),
                            QStringLiteral("--telemetry")};
        for (const QString& file : filesUnder(QDir(smallDir_).filePath(QStringLiteral("telemetry"))))
            args << QDir(smallDir_).filePath(QStringLiteral("telemetry/") + file);
        QProcess process;
        process.start(cli, args);
        QVERIFY(process.waitForFinished(120000));
        const QByteArray output = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const json doc = json::parse(output.toStdString(), nullptr, false);
        QVERIFY2(doc.is_object(), output.constData());
        QCOMPARE(doc["badRecordsSkipped"].get<std::uint64_t>(), std::uint64_t(0));
        QVERIFY(doc["eventsMatched"].get<std::uint64_t>() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "test_demo_seed.moc"
