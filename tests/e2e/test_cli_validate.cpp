// indicia-cli --version and validate, run as a user would: a real process, real files.

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
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
        // Row 1, on line 2 under the header: a SHA1 that expired in 2018.
        QCOMPARE(rows[0]["line"].get<int>(), 2);
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
        QVERIFY2(!run.out.contains("0 rows"), run.out.constData()); // an error, not an empty file
    }

    // Issue #21 §3: counts read as English ("1 file", "2 files"), not "file(s)": the CLI
    // carries the English plural forms of resources/translations/indicia_en.ts.
    void countsUseEnglishPluralForms()
    {
        const CliRun one = runCli({QStringLiteral("validate"), QStringLiteral("/nonexistent/a.csv")});
        QVERIFY2(one.err.contains("1 file could not be validated."), one.err.constData());
        const CliRun two = runCli({QStringLiteral("validate"), QStringLiteral("/nonexistent/a.csv"),
                                   QStringLiteral("/nonexistent/b.csv")});
        QVERIFY2(two.err.contains("2 files could not be validated."), two.err.constData());
        QVERIFY(!two.err.contains("(s)"));
    }

    // Issue #18: lines were data-row numbers (one less than the line under a header, more
    // off after a quoted line break or a blank line).
    void rowsAreReportedAtTheirFileLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lines.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description\r\n"
                "DomainName,evil-one.example,,Block,High,One,\"a description\r\non two lines\"\r\n"
                "\r\n"
                "DomainName,not a domain,,Block,High,Two,d\r\n"
                "IpAddress,10.1.2.3,,Block,High,Three,d\r\n");
        f.close();
        const CliRun text = runCli({QStringLiteral("validate"), path});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QByteArray(path.toUtf8() + ":2: DomainName evil-one.example")), text.out.constData());
        QVERIFY(text.out.contains(QByteArray(path.toUtf8() + ":5: invalid:")));
        QVERIFY(text.out.contains(QByteArray(path.toUtf8() + ":6: invalid: 10.1.2.3")));
        const json rows = parse(runCli({QStringLiteral("validate"), QStringLiteral("--json"), path}).out)["files"][0]["rows"];
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0]["line"].get<int>(), 2);
        QCOMPARE(rows[1]["line"].get<int>(), 5);
        QCOMPARE(rows[2]["line"].get<int>(), 6);
    }

    // JSON documents have entries, not lines worth naming: they are numbered as entries.
    void stixEntriesAreNumberedAsEntries()
    {
        const QString bundle = shared("ioc_lists/pan-unit42/stix2-reports/report_json/2024-02-21-AsyncRAT.json");
        const CliRun run = runCli({QStringLiteral("validate"), bundle});
        QVERIFY(run.out.contains(QByteArray(bundle.toUtf8() + ": entry 1: invalid: report--")));
        const json rows = parse(runCli({QStringLiteral("validate"), QStringLiteral("--json"), bundle}).out)["files"][0]["rows"];
        QVERIFY(rows[0]["line"].is_null());
        QCOMPARE(rows[0]["entry"].get<int>(), 1);
    }

    // Issue #18: 5 MB of random bytes read as "0 rows" and exited 0, in validate, import
    // and convert alike. Any binary content is refused by name before a reader sees it.
    void binaryFileIsNotAnIndicatorFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("random.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(5 * 1024 * 1024, '\0');
        QRandomGenerator generator(18); // seeded: the same bytes every run
        for (char& byte : bytes)
            byte = char(generator.bounded(256));
        f.write(bytes);
        f.close();
        const QByteArray named = path.toUtf8() + " is not an indicator file";

        const CliRun validate = runCli({QStringLiteral("validate"), path});
        QCOMPARE(validate.exitCode, 2);
        QVERIFY2(validate.err.contains(named), validate.err.constData());
        QVERIFY(!validate.out.contains("0 rows"));

        const QString workspace = dir.filePath(QStringLiteral("w.indicia"));
        const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, path});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(named), import.err.constData());
        QVERIFY(!import.out.contains("0 rows read"));

        const CliRun convert = runCli({QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("text")});
        QCOMPARE(convert.exitCode, 2);
        QVERIFY(convert.err.contains(named));

        // A text file with a few high bytes (Latin-1, not UTF-8) is still text: read row by row.
        const QString latin1 = dir.filePath(QStringLiteral("latin1.txt"));
        QFile l(latin1);
        QVERIFY(l.open(QIODevice::WriteOnly));
        l.write("# IoCs de l'\xe9quipe\n8.8.4.4\n");
        l.close();
        QCOMPARE(runCli({QStringLiteral("validate"), latin1}).exitCode, 0);
    }

    void missingFileIsAnErrorNamingIt()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.indicia"));
        const QString missing = dir.filePath(QStringLiteral("no-such.csv"));
        const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, missing});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(missing.toUtf8()), import.err.constData());
        QVERIFY(!import.out.contains("rows read"));
        QVERIFY(!QFile::exists(workspace)); // nothing was created for it
    }

    // Issue #18: `validate --help` was "Unknown option --help", exit 2.
    void everyCommandAnswersHelp()
    {
        const CliRun overview = runCli({QStringLiteral("help")});
        QCOMPARE(overview.exitCode, 0);
        const QStringList commands = {QStringLiteral("validate"), QStringLiteral("import"), QStringLiteral("export"),
                                      QStringLiteral("convert"),  QStringLiteral("stats"),  QStringLiteral("preview"),
                                      QStringLiteral("diff"),     QStringLiteral("edit"),   QStringLiteral("hunt"),
                                      QStringLiteral("file"),     QStringLiteral("sync")};
        for (const QString& command : commands) {
            // One line each in the overview: the name and what it does.
            bool described = false;
            for (const QByteArray& line : overview.out.split('\n')) {
                const QByteArray trimmed = line.trimmed();
                described |= trimmed.startsWith(QByteArray(command.toUtf8() + ' ')) && trimmed.size() > command.size() + 20;
            }
            QVERIFY2(described, qPrintable(command));
            const QByteArray usage = "Usage: indicia-cli " + command.toUtf8();
            for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
                const CliRun run = runCli({command, flag});
                QVERIFY2(run.exitCode == 0, qPrintable(command + u' ' + flag));
                QVERIFY2(run.out.contains(usage), run.out.constData());
                QVERIFY(run.err.isEmpty());
            }
            const CliRun help = runCli({QStringLiteral("help"), command});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains(usage));
            QVERIFY(help.out.contains("Exit:"));
        }
        QCOMPARE(runCli({QStringLiteral("help"), QStringLiteral("frobnicate")}).exitCode, 2);
    }

    // Issue #18: the MISP hint said "ask for all attributes", naming no option.
    void mispHintNamesTheOption()
    {
        const CliRun run = runCli({QStringLiteral("validate"), shared("ioc_lists/eset/sednit/2018-11-20_Zebrocy.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("to_ids is false (context, not for detection). Add --all-attributes to take it."),
                 run.out.constData());
        QVERIFY(!run.out.contains("ask for all attributes"));
    }

    void textOutputNamesFileAndRow()
    {
        const CliRun run = runCli({QStringLiteral("validate"),
                                shared("mde_import_csv/mde_template_example_rows.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("mde_template_example_rows.csv:4: invalid: 10.10.10.10"));
        QVERIFY(run.out.contains("5 rows: 2 valid, 3 invalid"));
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "test_cli_validate.moc"
