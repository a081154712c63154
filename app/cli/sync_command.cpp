#include "app/cli/sync_command.h"

#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "models/store/workspace_store.h"
#include "models/sync/connection_check.h"
#include "models/sync/sync_engine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <map>

using namespace indicia;

namespace {

struct SyncArgs {
    QString workspace;
    ConnectionSettings connection;
    QString secretEnv;
    SyncOptions options;
    bool json = false;
    bool check = false;
    QString error;
};

SyncArgs parse(const QStringList& args)
{
    SyncArgs out;
    QString service;
    QString login;
    QString tenant;
    QString clientId;
    std::map<QString, QString*> text = {{QStringLiteral("--workspace"), &out.workspace},
                                        {QStringLiteral("--service"), &service},
                                        {QStringLiteral("--client-id"), &clientId},
                                        {QStringLiteral("--client-secret-env"), &out.secretEnv},
                                        {QStringLiteral("--tenant"), &tenant},
                                        {QStringLiteral("--login-url"), &login}};
    std::map<QString, int*> numbers = {{QStringLiteral("--timeout-ms"), &out.options.api.transferTimeoutMs},
                                       {QStringLiteral("--backoff-ms"), &out.options.api.backoffMs},
                                       {QStringLiteral("--page-size"), &out.options.pageSize}};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--json") {
            out.json = true;
        } else if (arg == u"--check") {
            out.check = true;
        } else if (text.count(arg) && hasValue) {
            *text[arg] = args[++i];
        } else if (numbers.count(arg) && hasValue) {
            *numbers[arg] = args[++i].toInt();
        } else if (arg == u"--rate-scale" && hasValue) {
            out.options.api.rateScale = args[++i].toDouble();
        } else {
            out.error = CliText::tr("Unexpected argument: %1").arg(arg);
            return out;
        }
    }
    if (out.options.pageSize < 1 || out.options.pageSize > 10000) {
        out.error = CliText::tr("--page-size takes 1 to 10000 (the list's $top maximum).");
        return out;
    }
    // A known Microsoft host brings its sign-in host and scope; --service may be a bare host.
    out.connection = ConnectionSettings::forService(service, login);
    out.connection.tenant = tenant;
    out.connection.clientId = clientId;
    if (out.check && !out.workspace.isEmpty())
        out.error = CliText::tr("--check tests the connection given on the command line and takes no --workspace.");
    else if ((!out.check && out.workspace.isEmpty()) || service.trimmed().isEmpty() || clientId.isEmpty()
             || out.secretEnv.isEmpty())
        out.error = commandUsage("sync");
    return out;
}

nlohmann::ordered_json toJson(const SyncReport& r, std::int64_t pending, std::int64_t conflicts)
{
    return {{"ok", r.ok},
            {"error", r.error.toStdString()},
            {"pulled", {{"added", r.pull.added}, {"updated", r.pull.updated}, {"removed", r.pull.removed},
                        {"conflicts", r.pull.conflicts}, {"unrepresentable", r.pull.unrepresentable}}},
            {"pushed", r.pushed},
            {"failed", r.failed},
            {"deleted", r.deleted},
            {"import_calls", r.importCalls},
            {"batch_delete_calls", r.deleteCalls},
            {"requests", r.requests},
            {"too_many_requests", r.tooManyRequests},
            {"resumed", r.resumed},
            {"known_good", r.knownGood},
            {"machines", r.machines},
            {"device_groups", r.deviceGroups},
            {"pending", pending},
            {"conflicts", conflicts}};
}

nlohmann::ordered_json toJson(const CheckStep& step)
{
    const auto textOrNull = [](const QString& text) {
        return text.isEmpty() ? nlohmann::ordered_json() : nlohmann::ordered_json(text.toStdString());
    };
    return {{"ok", step.ok()},
            {"skipped", step.state == CheckStep::State::Skipped},
            {"status", step.status},
            {"code", textOrNull(step.code)},
            {"error", textOrNull(step.error)},
            {"note", textOrNull(step.note)}};
}

// sync --check: token, indicator list, machine list; no workspace. Exit 0 when all pass.
int runCheck(const SyncArgs& parsed, const QString& secret)
{
    QTextStream out(stdout);
    ConnectionCheck check(parsed.connection, secret, parsed.options.api);
    QEventLoop loop;
    QObject::connect(&check, &ConnectionCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    if (check.isRunning())
        loop.exec();
    const ConnectionCheckReport& report = check.report();
    if (parsed.json) {
        const nlohmann::ordered_json doc = {{"token", toJson(report.token)},
                                            {"indicators", toJson(report.indicators)},
                                            {"machines", toJson(report.machines)},
                                            {"ok", report.allOk()}};
        out << QString::fromStdString(doc.dump()) << '\n';
    } else {
        using Step = ConnectionCheck::Step;
        for (const Step step : {Step::Token, Step::Indicators, Step::Machines})
            out << ConnectionCheck::stepName(step) << ": " << ConnectionCheck::describe(check.step(step)) << '\n';
    }
    return report.allOk() ? 0 : 1;
}

} // namespace

int runSyncCommand(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const SyncArgs parsed = parse(args);
    if (!parsed.error.isEmpty()) {
        err << parsed.error << '\n';
        return 2;
    }
    const QString secret = qEnvironmentVariable(parsed.secretEnv.toLocal8Bit().constData());
    if (secret.isEmpty()) {
        err << CliText::tr("The environment variable %1 holds no client secret.").arg(parsed.secretEnv) << '\n';
        return 2;
    }
    if (parsed.check)
        return runCheck(parsed, secret);
    if (const QString refused = UrlPolicy::check(QUrl(parsed.connection.serviceUrl)); !refused.isEmpty()) {
        err << refused << '\n';
        return 2;
    }
    WorkspaceStore store;
    if (const StoreError error = store.open(parsed.workspace)) {
        err << error.message << '\n';
        return 2;
    }
    parsed.connection.save(store); // the secret is not part of it
    SyncEngine engine(store, parsed.connection, secret, parsed.options);
    QObject::connect(&engine, &SyncEngine::notice, &engine, [&err](const QString& note) {
        err << note << '\n';
        err.flush();
    });
    SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport& finished) {
        report = finished;
        loop.quit();
    });
    engine.start();
    loop.exec();
    SyncLedger ledger(store);
    const std::int64_t pending = ledger.pendingCount();
    const std::int64_t conflicts = ledger.conflictCount();
    if (parsed.json)
        out << QString::fromStdString(toJson(report, pending, conflicts).dump()) << '\n';
    else
        out << report.summary() << '\n' << CliText::tr("Pending: %1, conflicts: %2").arg(pending).arg(conflicts) << '\n';
    if (!report.ok) {
        err << report.error << '\n';
        return 2;
    }
    return report.failed > 0 || conflicts > 0 ? 1 : 0;
}
