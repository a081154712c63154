// indicia-cli convert (no workspace) and the format parts of validate, run as a user would:
// the real STIX bundle, MISP event and report texts in, every output format out, and back.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/e2e/cli_runner.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

QString shared(const char* relative) { return QStringLiteral(INDICIA_SHARED_DATA "/") + QLatin1String(relative); }

const char* kBundle = "ioc_lists/pan-unit42/stix2-reports/report_json/2024-02-21-AsyncRAT.json";
const char* kZebrocy = "ioc_lists/eset/sednit/2018-11-20_Zebrocy.json";
const char* kTa551 = "ioc_lists/pan-unit42/TA551/2020-08-27-TA551-IOCs-for-IcedID.txt";

json summaryOf(const CliRun& run) { return json::parse(run.out.toStdString())["summary"]; }

} // namespace

class TestCliConvert : public QObject {
    Q_OBJECT
private slots:
    void stixToEveryFormatAndBack()
    {
        QTemporaryDir dir;
        for (const char* format : {"csv", "stix", "misp", "text"}) {
            const QString out = dir.filePath(QStringLiteral("asyncrat.") + QLatin1String(format));
            const CliRun run = runCli({QStringLiteral("convert"), shared(kBundle), QStringLiteral("--to"),
                                    QLatin1String(format), QStringLiteral("-o"), out});
            QCOMPARE(run.exitCode, 1); // the report object is refused, and says so
            QVERIFY(run.err.contains("report--b195a176-37cc-46fe-85bd-d6c2e0f6c9c7: a report object"));
            QVERIFY(run.err.contains("19 indicators written, 1 rows refused"));
            // The converted file validates clean with the same 19 indicators.
            const CliRun check = runCli({QStringLiteral("validate"), QStringLiteral("--json"), out});
            QCOMPARE(check.exitCode, 0);
            QCOMPARE(summaryOf(check)["valid"].get<int>(), 19);
            QCOMPARE(summaryOf(check)["by_type"]["Url"].get<int>(), 6);
        }
    }

    void mispNeedsAllAttributesForContext()
    {
        const CliRun plain = runCli({QStringLiteral("convert"), shared(kZebrocy), QStringLiteral("--to"), QStringLiteral("text")});
        QCOMPARE(plain.exitCode, 1);
        QVERIFY(plain.out.isEmpty());
        QVERIFY(plain.err.contains("0 indicators written, 32 rows refused"));
        const CliRun all = runCli({QStringLiteral("convert"), shared(kZebrocy), QStringLiteral("--to"), QStringLiteral("text"),
                                QStringLiteral("--all-attributes")});
        QVERIFY(all.err.contains("17 indicators written, 15 rows refused"));
        QVERIFY(all.out.startsWith("# FileSha1 (5)\n7768fd2812ceff05db8f969a7bed1de5615bfc5a\n"));
    }

    void reportToZeekAndSuricata()
    {
        const CliRun zeek = runCli({QStringLiteral("convert"), shared(kTa551), QStringLiteral("--to"), QStringLiteral("zeek")});
        QCOMPARE(zeek.exitCode, 0);
        const QList<QByteArray> lines = zeek.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 71);
        QCOMPARE(lines[0], QByteArray("#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc"));
        QCOMPARE(zeek.out.count("\tIntel::FILE_HASH\t"), 45);
        QCOMPARE(zeek.out.count("\tIntel::DOMAIN\t"), 15);
        QCOMPARE(zeek.out.count("\tIntel::ADDR\t"), 10);

        QTemporaryDir dir;
        const CliRun noDir = runCli({QStringLiteral("convert"), shared(kTa551), QStringLiteral("--to"), QStringLiteral("suricata")});
        QCOMPARE(noDir.exitCode, 2);
        const CliRun suricata = runCli({QStringLiteral("convert"), shared(kTa551), QStringLiteral("--to"),
                                     QStringLiteral("suricata"), QStringLiteral("-o"), dir.path()});
        QCOMPARE(suricata.exitCode, 0);
        QFile sha256(dir.filePath(QStringLiteral("indicia-sha256.lst")));
        QVERIFY(sha256.open(QIODevice::ReadOnly));
        QCOMPARE(sha256.readAll().count('\n'), 45);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("indicia-dns.lst"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("indicia-ipv4.lst"))));
    }

    // Issue #18: `convert -o FILE` with suricata made a directory named FILE. Now FILE holds
    // the dataset keywords and the datasets are written beside it, each file named on stderr;
    // --output-dir DIR takes any format.
    void outputFileWorksForEveryFormat()
    {
        QTemporaryDir dir;
        const QString rules = dir.filePath(QStringLiteral("out/iocs.rules"));
        const CliRun suricata = runCli({QStringLiteral("convert"), shared(kTa551), QStringLiteral("--to"),
                                        QStringLiteral("suricata"), QStringLiteral("-o"), rules});
        QCOMPARE(suricata.exitCode, 0);
        QVERIFY(QFileInfo(rules).isFile());
        QFile keywords(rules);
        QVERIFY(keywords.open(QIODevice::ReadOnly));
        QVERIFY(keywords.readAll().contains("dataset:isset,indicia-sha256,type sha256,load indicia-sha256.lst\n"));
        QFile sha256(dir.filePath(QStringLiteral("out/indicia-sha256.lst")));
        QVERIFY(sha256.open(QIODevice::ReadOnly));
        QCOMPARE(sha256.readAll().count('\n'), 45);
        QVERIFY2(suricata.err.contains(QByteArray("Wrote " + rules.toUtf8())), suricata.err.constData());
        QVERIFY(suricata.err.contains(QByteArray("Wrote " + dir.filePath(QStringLiteral("out/indicia-sha256.lst")).toUtf8() + " (45 values)")));
        QVERIFY(suricata.err.contains(QByteArray("Wrote " + dir.filePath(QStringLiteral("out/indicia-dns.lst")).toUtf8())));

        for (const char* format : {"mde-csv", "csv", "stix", "misp", "text", "zeek"}) {
            const QString file = dir.filePath(QStringLiteral("single.") + QLatin1String(format));
            const CliRun run = runCli({QStringLiteral("convert"), shared(kTa551), QStringLiteral("--to"),
                                       QLatin1String(format), QStringLiteral("-o"), file});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(QFileInfo(file).isFile() && QFileInfo(file).size() > 0, format);
            QVERIFY(run.out.isEmpty());
            QVERIFY(run.err.contains(QByteArray("Wrote " + file.toUtf8())));
        }

        const QString into = dir.filePath(QStringLiteral("by-dir"));
        const CliRun zeek = runCli({QStringLiteral("convert"), shared(kTa551), QStringLiteral("--to"), QStringLiteral("zeek"),
                                    QStringLiteral("--output-dir"), into});
        QCOMPARE(zeek.exitCode, 0);
        const QString written = into + QStringLiteral("/2020-08-27-TA551-IOCs-for-IcedID.intel");
        QVERIFY(QFileInfo(written).isFile());
        QVERIFY(zeek.err.contains(QByteArray("Wrote " + written.toUtf8())));

        const CliRun both = runCli({QStringLiteral("convert"), shared(kTa551), QStringLiteral("--to"), QStringLiteral("text"),
                                    QStringLiteral("-o"), rules, QStringLiteral("--output-dir"), into});
        QCOMPARE(both.exitCode, 2);

        // Never onto the file being read.
        const QString input = dir.filePath(QStringLiteral("list.txt"));
        QFile list(input);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("8.8.4.4\n");
        list.close();
        const CliRun onto = runCli({QStringLiteral("convert"), input, QStringLiteral("--to"), QStringLiteral("text"),
                                    QStringLiteral("-o"), input});
        QCOMPARE(onto.exitCode, 2);
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(list.readAll(), QByteArray("8.8.4.4\n"));
    }

    void mdeCsvWarnsAboutRanges()
    {
        const CliRun run = runCli({QStringLiteral("convert"), shared("ioc_lists/maltrail/mass_scanner_cidr.txt"),
                                QStringLiteral("--to"), QStringLiteral("mde-csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("1096 IP ranges left out: MDE does not accept CIDR indicators."));
        QVERIFY(run.out.startsWith("IndicatorType,IndicatorValue,"));
    }

    void validateAddsKnownGoodWarnings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("8.8.8.8\n140.82.113.3\nx.bit.ly\n45.10.88.24\n");
        file.close();
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--json"), path});
        QCOMPARE(run.exitCode, 0); // warnings, not errors
        const json rows = json::parse(run.out.toStdString())["files"][0]["rows"];
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rows[i]["warnings"][0]["code"].get<std::string>(), std::string("known-good"));
        QVERIFY(rows[3]["warnings"].empty());

        // A user's own list, in the MISP format, adds to the bundled ones.
        QFile mine(dir.filePath(QStringLiteral("ours.json")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write(R"({"name":"Our hosting","type":"cidr","matching_attributes":["ip-dst"],"list":["45.10.88.0/24"]})");
        mine.close();
        const CliRun withMine = runCli({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("--warninglists"),
                                     dir.path(), path});
        const json again = json::parse(withMine.out.toStdString())["files"][0]["rows"];
        QVERIFY(again[3]["warnings"][0]["message"].get<std::string>().find("Our hosting") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCliConvert)
#include "test_cli_convert.moc"
