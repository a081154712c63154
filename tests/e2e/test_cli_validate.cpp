// indicia-cli --version and validate, run as a user would: a real process, real files.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/e2e/cli_runner.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

QString shared(const char* relative)
{
    return QStringLiteral(INDICIA_SHARED_DATA "/") + QLatin1String(relative);
}

json parse(const QByteArray& text)
{
    return json::parse(text.toStdString());
}

} // namespace

class TestCliValidate : public QObject {
    Q_OBJECT
private slots:
    void versionPrintsTheVersion()
    {
        const CliRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("indicia-cli " INDICIA_VERSION));
    }

    void unknownCommandIsAnError()
    {
        const CliRun run = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Unknown command"));
    }

    void templateRowsAreReportedRowByRow()
    {
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--json"),
                                shared("mde_import_csv/mde_template_example_rows.csv")});
        QCOMPARE(run.exitCode, 1); // some rows are refused
        const json doc = parse(run.out);
        const json& file = doc["files"][0];
        QCOMPARE(file["format"].get<std::string>(), std::string("mde-csv"));
        const json& rows = file["rows"];
        QCOMPARE(rows.size(), size_t(5));
        // Row 1: a SHA1 that expired in 2018.
        QCOMPARE(rows[0]["line"].get<int>(), 1);
        QCOMPARE(rows[0]["type"].get<std::string>(), std::string("FileSha1"));
        QVERIFY(rows[0]["value"].is_null());
        QCOMPARE(rows[0]["error"]["code"].get<std::string>(), std::string("expiry-past"));
        // Row 2: a valid SHA256, canonical lower-case.
        QVERIFY(rows[1]["error"].is_null());
        QCOMPARE(rows[1]["value"].get<std::string>(),
                 std::string("deadbeafd034a66599407e2fa2ccaf15d11f1079fc0d012bb7b2b8ce66673689"));
        // Row 3: a private address; the message names the range.
        bool privateRange = false;
        const json errors = rows[2].contains("errors") ? rows[2]["errors"] : json::array({rows[2]["error"]});
        for (const json& e : errors)
            privateRange |= e["message"].get<std::string>().find("10.0.0.0/8") != std::string::npos;
        QVERIFY(privateRange);
        // Row 5: the domain is valid.
        QCOMPARE(rows[4]["value"].get<std::string>(), std::string("www.facebook.com"));
        QCOMPARE(doc["summary"]["valid"].get<int>(), 2);
        QCOMPARE(doc["summary"]["invalid"].get<int>(), 3);
    }

    void plainListWithCommentsAndPorts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# IoCs from the report\r\n"
                "\r\n"
                "hxxp://evil-domain[.]com/payload.exe\r\n"
                "204.79.197.200:8443\r\n"
                "99271BEBCAC0DA7F3AAD7C4E3966B4F63D5477AFA0FA8308A9ED7D53A6009EC4\r\n"
                "not a value at all\r\n");
        f.close();
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--json"), path});
        QCOMPARE(run.exitCode, 1);
        const json rows = parse(run.out)["files"][0]["rows"];
        QCOMPARE(parse(run.out)["files"][0]["format"].get<std::string>(), std::string("plain"));
        QCOMPARE(rows.size(), size_t(4));
        QCOMPARE(rows[0]["line"].get<int>(), 3);
        QCOMPARE(rows[0]["type"].get<std::string>(), std::string("Url"));
        QCOMPARE(rows[0]["value"].get<std::string>(), std::string("http://evil-domain.com/payload.exe"));
        QVERIFY(!rows[0]["warnings"].empty());
        QCOMPARE(rows[1]["type"].get<std::string>(), std::string("IpAddress"));
        QCOMPARE(rows[1]["value"].get<std::string>(), std::string("204.79.197.200"));
        QCOMPARE(rows[1]["warnings"][0]["code"].get<std::string>(), std::string("port-dropped"));
        QCOMPARE(rows[2]["type"].get<std::string>(), std::string("FileSha256"));
        QCOMPARE(rows[2]["value"].get<std::string>(),
                 std::string("99271bebcac0da7f3aad7c4e3966b4f63d5477afa0fa8308a9ed7d53a6009ec4"));
        QCOMPARE(rows[3]["line"].get<int>(), 6);
        QVERIFY(!rows[3]["error"].is_null());
    }

    void everyHashOfARealListIsValid()
    {
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--json"),
                                shared("ioc_lists/eset/attor/samples.sha256"),
                                shared("ioc_lists/eset/attor/samples.md5")});
        QCOMPARE(run.exitCode, 0);
        const json doc = parse(run.out);
        QCOMPARE(doc["files"].size(), size_t(2));
        QCOMPARE(doc["summary"]["invalid"].get<int>(), 0);
        QVERIFY(doc["summary"]["by_type"]["FileSha256"].get<int>() > 0);
        QVERIFY(doc["summary"]["by_type"]["FileMd5"].get<int>() > 0);
    }

    void unreadableFileExitsTwo()
    {
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("/nonexistent/iocs.csv")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("/nonexistent/iocs.csv"));
    }

    void textOutputNamesFileAndRow()
    {
        const CliRun run = runCli({QStringLiteral("validate"),
                                shared("mde_import_csv/mde_template_example_rows.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("mde_template_example_rows.csv:3: invalid:"));
        QVERIFY(run.out.contains("5 rows: 2 valid, 3 invalid"));
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "test_cli_validate.moc"
