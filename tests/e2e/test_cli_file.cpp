// indicia-cli file, run as a user would: the real executable, the shared Sysmon sample and
// an MDE import CSV. Expected counts were checked by hand with grep on the sample.

#include "tests/e2e/cli_runner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

const QString kImageLoads = QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/eid7_image_load.jsonl");

// sechost.dll: SHA1 and SHA256 from the Hashes field of its 14 EID 7 records.
const char* const kCsv =
    "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,RecommendedActions,"
    "RbacGroups,Category,MitreTechniques,GenerateAlert\n"
    "FileSha1,a330ede32dfa03ae6808ee7fb6916d8deb8f5dde,,Block,High,sechost sha1,test,,,,,false\n"
    "FileSha256,c441e19d20961d4e990e117a300ed318bedbf2f8ba0ff07bee7832ac502cddf2,,Allowed,Informational,sechost,test,,,,,false\n";

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace

class TestCliFile : public QObject {
    Q_OBJECT
private slots:
    void md5JoinsTheFileAndNamesTheWinner()
    {
        QTemporaryDir dir;
        const QString list = writeFile(dir, "list.csv", kCsv);
        const CliRun run = runCli({QStringLiteral("file"), QStringLiteral("A094E2B38D3DD864B07580D243CB6E43"),
                                   QStringLiteral("--indicators"), list, QStringLiteral("--telemetry"), kImageLoads,
                                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const json j = json::parse(run.out.toStdString());
        QCOMPARE(j["sha1"].get<std::string>(), std::string("a330ede32dfa03ae6808ee7fb6916d8deb8f5dde"));
        QCOMPARE(j["sha256"].get<std::string>(), std::string("c441e19d20961d4e990e117a300ed318bedbf2f8ba0ff07bee7832ac502cddf2"));
        QCOMPARE(j["md5"].get<std::string>(), std::string("a094e2b38d3dd864b07580d243cb6e43"));
        QCOMPARE(j["names"], json::array({"sechost.dll"}));
        QCOMPARE(j["events"].get<int>(), 14); // grep -c A330EDE3... eid7_image_load.jsonl
        QCOMPARE(j["machines"].size(), std::size_t(1));
        QCOMPARE(j["machines"][0]["name"].get<std::string>(), std::string("WORKSTATION5"));
        QCOMPARE(j["first_seen"].get<std::string>(), std::string("2020-09-22T06:16:07.861Z"));
        QCOMPARE(j["last_seen"].get<std::string>(), std::string("2020-10-23T06:36:43.624Z"));
        QCOMPARE(j["indicators"].size(), std::size_t(2));
        // SHA-256 beats SHA-1 whatever the actions: the Allowed SHA-256 indicator decides.
        QCOMPARE(j["winner"]["type"].get<std::string>(), std::string("FileSha256"));
        QCOMPARE(j["winner"]["action"].get<std::string>(), std::string("Allowed"));
        QCOMPARE(j["winner"]["rule"].get<std::string>(), std::string("hash-strength"));
    }

    void unseenHashExitsOneAndBadInputTwo()
    {
        QTemporaryDir dir;
        const QString list = writeFile(dir, "list.csv", kCsv);
        const QString unseen = QStringLiteral("0123456789abcdef0123456789abcdef");
        CliRun run = runCli({QStringLiteral("file"), unseen, QStringLiteral("--indicators"), list,
                             QStringLiteral("--telemetry"), kImageLoads, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(json::parse(run.out.toStdString())["events"].get<int>(), 0);
        run = runCli({QStringLiteral("file"), QStringLiteral("notahash"), QStringLiteral("--indicators"), list,
                      QStringLiteral("--telemetry"), kImageLoads});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("file"), unseen, QStringLiteral("--telemetry"), kImageLoads});
        QCOMPARE(run.exitCode, 2); // no list given
    }
};

QTEST_GUILESS_MAIN(TestCliFile)
#include "test_cli_file.moc"
