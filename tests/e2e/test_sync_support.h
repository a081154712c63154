#pragma once
// Shared by the tests/e2e/test_sync*.cpp suites: a real indicia-tenant (tests/service's
// fixture), workspaces filled through the store, and `indicia-cli sync` run as a process.

#include "../service/tenant_fixture.h"

#include "models/store/workspace_store.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <map>

namespace sync_test {

using tenant_test::json;
using tenant_test::publicIp;
using tenant_test::Tenant;

inline const QString kCli = QStringLiteral(INDICIA_BINARY_DIR "/app/indicia-cli");
// Every rate window of the tenant divided by this (the client is told the same).
inline constexpr int kTimeScale = 30;

struct CliRun {
    int exitCode = -1;
    json report;
    QString stdErr;
};

inline QProcessEnvironment secretEnvironment(const QString& secret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INDICIA_TEST_SECRET"), secret);
    return env;
}

inline QStringList syncArgs(const Tenant& tenant, const QString& workspace, const QString& client,
                            const QStringList& extra = {})
{
    return QStringList{QStringLiteral("sync"), QStringLiteral("--workspace"), workspace, QStringLiteral("--service"),
                       tenant.base, QStringLiteral("--tenant"), QStringLiteral("contoso"),
                       QStringLiteral("--client-id"), client, QStringLiteral("--client-secret-env"),
                       QStringLiteral("INDICIA_TEST_SECRET"), QStringLiteral("--rate-scale"),
                       QString::number(kTimeScale), QStringLiteral("--backoff-ms"), QStringLiteral("20"),
                       QStringLiteral("--json")}
        + extra;
}

// Runs indicia-cli with `secret` in INDICIA_TEST_SECRET; the report is its last stdout line.
inline CliRun runCli(const QStringList& args, const QString& secret = QStringLiteral("unused"))
{
    QProcess process;
    process.setProcessEnvironment(secretEnvironment(secret));
    process.start(kCli, args);
    process.waitForFinished(180000);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdErr = QString::fromUtf8(process.readAllStandardError());
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    run.report = json::parse(lines.constLast().toStdString(), nullptr, false);
    return run;
}

inline CliRun runSync(const Tenant& tenant, const QString& workspace, const QString& client = QStringLiteral("admin"),
                      const QStringList& extra = {})
{
    return runCli(syncArgs(tenant, workspace, client, extra), client + QStringLiteral("-secret"));
}

inline indicia::Indicator ipIndicator(int n, const std::string& title = "test", indicia::Action action = indicia::Action::Block,
                                      std::vector<std::string> groups = {})
{
    indicia::Indicator indicator;
    indicator.type = indicia::IndicatorType::IpAddress;
    indicator.value = publicIp(n);
    indicator.action = action;
    indicator.title = title;
    indicator.description = "sync test";
    indicator.rbacGroups = std::move(groups);
    return indicator;
}

// A MDE template CSV of `count` IP indicators starting at publicIp(first).
inline bool writeCsv(const QString& path, int first, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,RecommendedActions,"
               "RbacGroups,Category,MitreTechniques,GenerateAlert\n");
    for (int n = first; n < first + count; ++n)
        file.write(QByteArray("IpAddress,") + QByteArray::fromStdString(publicIp(n)) + ",,Block,High,t" + QByteArray::number(n)
                   + ",bulk,,,,,false\n");
    return true;
}

inline bool importCsv(const QString& workspace, const QString& csv)
{
    indicia::WorkspaceStore store;
    if (!store.open(workspace).ok())
        return false;
    const auto report = store.importFile(csv, {});
    return report.ok();
}

// Every indicator the tenant holds (admin view), as value -> how many.
inline std::map<std::string, int> serverValues(Tenant& tenant)
{
    QByteArray token = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
    std::map<std::string, int> out;
    for (int skip = 0;; skip += 10000) {
        const QString page = tenant.api(QStringLiteral("/indicators?$top=10000&$skip=%1").arg(skip));
        auto reply = tenant.http.get(page, token);
        // Slow builds (sanitizers) shift time: a short-lived token may expire between pages,
        // and the sync under test may have used this client's budget. Neither is a result here:
        // take a new token, or wait as told, and ask again.
        // A tenant started with fault injection (--fail-every, --malformed-every) faults
        // these reads too, whichever of its counted calls they are: ask again.
        const auto usable = [](const auto& answer) {
            const json body = answer.parsed();
            return answer.status == 200 && body.is_object() && body.contains("value") && body["value"].is_array();
        };
        for (int retry = 0; !usable(reply) && retry < 8; ++retry) {
            if (reply.status == 401)
                token = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
            else if (reply.status == 429)
                QTest::qWait(std::max(1, reply.header("Retry-After").toInt()) * 1000);
            reply = tenant.http.get(page, token);
        }
        const json value = reply.parsed().value("value", json::array());
        for (const json& item : value)
            ++out[item.value("indicatorValue", "")];
        if (value.size() < 10000)
            return out;
    }
}

inline json serverIndicator(Tenant& tenant, const std::string& value)
{
    const QByteArray token = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
    const auto reply = tenant.http.get(
        tenant.api(QStringLiteral("/indicators?$filter=indicatorValue+eq+'%1'").arg(QString::fromStdString(value))), token);
    const json list = reply.parsed().value("value", json::array());
    return list.empty() ? json() : list[0];
}

// Request-log lines for `path` (and `status` when non-zero).
inline int loggedCalls(const QString& logPath, const std::string& path, int status = 0)
{
    QFile file(logPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    while (!file.atEnd()) {
        const json line = json::parse(file.readLine().toStdString(), nullptr, false);
        if (line.is_object() && (path.empty() || line.value("path", "") == path)
            && (status == 0 || line.value("status", 0) == status))
            ++n;
    }
    return n;
}

} // namespace sync_test
