// `indicia-cli sync --check` against a real indicia-tenant: no workspace, three checks
// (token, indicator list, machine list) each with the service's own words, exit 0 only when
// all three pass.

#include "test_sync_support.h"

#include <QTemporaryDir>

using namespace sync_test;

namespace {

struct CheckRun {
    int exitCode = -1;
    QString out;
    QString err;
    json report;
};

CheckRun runCheck(const QStringList& args, const QString& secret)
{
    QProcess process;
    process.setProcessEnvironment(secretEnvironment(secret));
    process.start(kCli, QStringList{QStringLiteral("sync"), QStringLiteral("--check")} + args);
    process.waitForFinished(120000);
    CheckRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.report = json::parse(run.out.trimmed().toStdString(), nullptr, false);
    return run;
}

QStringList against(const Tenant& tenant, const QString& client = QStringLiteral("admin"))
{
    return {QStringLiteral("--service"), tenant.base, QStringLiteral("--tenant"), QStringLiteral("contoso"),
            QStringLiteral("--client-id"), client, QStringLiteral("--client-secret-env"),
            QStringLiteral("INDICIA_TEST_SECRET"), QStringLiteral("--backoff-ms"), QStringLiteral("20")};
}

const QStringList kJson{QStringLiteral("--json")};

bool seedOneMachine(Tenant& tenant)
{
    const json seed = {{"machineGroups", {{{"id", "11"}, {"name", "Servers"}}}},
                       {"machines",
                        {{{"id", "0123456789abcdef0123456789abcdef01234567"}, {"computerDnsName", "web1"},
                          {"osPlatform", "Windows11"}, {"rbacGroupName", "Servers"}, {"lastSeen", "2026-01-10T10:00:00Z"}}}}};
    const QByteArray token = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
    return tenant.http.post(tenant.api(QStringLiteral("/indicia/seed")), token, seed).status == 200;
}

// The stable head of an OAuth error_description: AAD appends ids and a timestamp.
std::string firstSentence(std::string text)
{
    for (const char* end : {". ", "\n", "\r"})
        if (const auto at = text.find(end); at != std::string::npos && at > 0)
            text.resize(at);
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

// A member of a report, or an empty object when the report lacks it (a failed parse).
json at(const json& doc, const char* key) { return doc.is_object() && doc.contains(key) ? doc[key] : json::object(); }

std::string errorText(const json& step)
{
    const json error = at(step, "error");
    return error.is_string() ? error.get<std::string>() : "";
}

} // namespace

class TestCliSyncCheck : public QObject {
    Q_OBJECT
private slots:
    void allPassWithMachines()
    {
        Tenant tenant;
        QVERIFY2(tenant.start(), qPrintable(tenant.error));
        QVERIFY(seedOneMachine(tenant));
        const CheckRun run = runCheck(against(tenant) + kJson, QStringLiteral("admin-secret"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.report.is_object(), qPrintable(run.out));
        for (const char* step : {"token", "indicators", "machines"}) {
            const json s = at(run.report, step);
            QVERIFY2(s.value("ok", false), step);
            QCOMPARE(s.value("status", 0), 200);
            QVERIFY(at(s, "error").is_null());
            QVERIFY(!s.value("skipped", true));
        }
        QVERIFY(at(at(run.report, "machines"), "note").is_null());
        QVERIFY(run.report.value("ok", false));

        // Without --json: one line per check.
        const CheckRun plain = runCheck(against(tenant), QStringLiteral("admin-secret"));
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(QStringLiteral("Token: OK")), qPrintable(plain.out));
        QVERIFY(plain.out.contains(QStringLiteral("Indicator list: OK")));
        QVERIFY(plain.out.contains(QStringLiteral("Machine list: OK")));
    }

    void wrongSecretFailsTheTokenAndSkipsTheRest()
    {
        Tenant tenant;
        QVERIFY2(tenant.start(), qPrintable(tenant.error));
        const tenant_test::Reply refusal = tenant.tokenRequest(QStringLiteral("admin"), QStringLiteral("wrong-secret"));
        const std::string description = firstSentence(refusal.parsed().value("error_description", ""));
        QVERIFY(!description.empty());

        const CheckRun run = runCheck(against(tenant) + kJson, QStringLiteral("wrong-secret"));
        QCOMPARE(run.exitCode, 1);
        const json token = at(run.report, "token");
        QVERIFY(!token.value("ok", true));
        QCOMPARE(token.value("status", 0), refusal.status);
        QVERIFY2(errorText(token).find(description) != std::string::npos, errorText(token).c_str());
        for (const char* step : {"indicators", "machines"}) {
            const json s = at(run.report, step);
            QVERIFY2(!s.value("ok", true) && s.value("skipped", false), step);
            QVERIFY(at(s, "note").is_string());
        }
        QVERIFY(!run.report.value("ok", true));
        // The secret is never printed.
        QVERIFY(!run.out.contains(QStringLiteral("wrong-secret")) && !run.err.contains(QStringLiteral("wrong-secret")));

        const CheckRun plain = runCheck(against(tenant), QStringLiteral("wrong-secret"));
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.out.contains(QStringLiteral("Token: Failed")), qPrintable(plain.out));
        QVERIFY(plain.out.contains(QString::fromStdString(description)));
        QVERIFY(plain.out.contains(QStringLiteral("Indicator list: Skipped")));
        QVERIFY(plain.out.contains(QStringLiteral("Machine list: Skipped")));
    }

    void noMachinesIsAPassWithANote()
    {
        Tenant tenant;
        QVERIFY2(tenant.start(), qPrintable(tenant.error));
        const CheckRun run = runCheck(against(tenant) + kJson, QStringLiteral("admin-secret"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const json machines = at(run.report, "machines");
        QVERIFY(machines.value("ok", false));
        QCOMPARE(machines.value("status", 0), 404);
        QVERIFY(at(machines, "note").is_string() && !at(machines, "note").get<std::string>().empty());
        QVERIFY(at(run.report, "indicators").value("ok", false));
    }

    void plainHttpElsewhereIsRefusedWithoutSending()
    {
        // UrlPolicy: a secret never goes in clear to anything but loopback. Nothing listens
        // at this address; the refusal comes before any connection attempt.
        const CheckRun run = runCheck({QStringLiteral("--service"), QStringLiteral("http://192.0.2.1:8080"),
                                       QStringLiteral("--client-id"), QStringLiteral("admin"),
                                       QStringLiteral("--client-secret-env"), QStringLiteral("INDICIA_TEST_SECRET"),
                                       QStringLiteral("--json")},
                                      QStringLiteral("admin-secret"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(errorText(at(run.report, "token")).find("Plain HTTP is refused") != std::string::npos, qPrintable(run.out));
        QCOMPARE(at(run.report, "token").value("status", -1), 0);
        QVERIFY(at(run.report, "indicators").value("skipped", false));
    }

    void checkTakesNoWorkspace()
    {
        QTemporaryDir dir;
        const CheckRun run = runCheck({QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w.indicia")),
                                       QStringLiteral("--service"), QStringLiteral("http://127.0.0.1:1"),
                                       QStringLiteral("--client-id"), QStringLiteral("admin"),
                                       QStringLiteral("--client-secret-env"), QStringLiteral("INDICIA_TEST_SECRET")},
                                      QStringLiteral("admin-secret"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--workspace")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("w.indicia"))));
    }
};

QTEST_GUILESS_MAIN(TestCliSyncCheck)
#include "test_cli_sync_check.moc"
