#include "app/cli/sync_command.h"

#include "models/store/workspace_store.h"
#include "models/sync/sync_engine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <map>

using namespace indicia;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("cli", text); }

struct SyncArgs {
    QString workspace;
    ConnectionSettings connection;
    QString secretEnv;
    SyncOptions options;
    bool json = false;
    QString error;
};

SyncArgs parse(const QStringList& args)
{
    SyncArgs out;
    std::map<QString, QString*> text = {{QStringLiteral("--workspace"), &out.workspace},
                                        {QStringLiteral("--service"), &out.connection.serviceUrl},
                                        {QStringLiteral("--client-id"), &out.connection.clientId},
                                        {QStringLiteral("--client-secret-env"), &out.secretEnv},
                                        {QStringLiteral("--tenant"), &out.connection.tenant},
                                        {QStringLiteral("--login-url"), &out.connection.loginUrl}};
    std::map<QString, int*> numbers = {{QStringLiteral("--timeout-ms"), &out.options.api.transferTimeoutMs},
                                       {QStringLiteral("--backoff-ms"), &out.options.api.backoffMs},
                                       {QStringLiteral("--page-size"), &out.options.pageSize}};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--json") {
            out.json = true;
        } else if (text.count(arg) && hasValue) {
            *text[arg] = args[++i];
        } else if (numbers.count(arg) && hasValue) {
            *numbers[arg] = args[++i].toInt();
        } else if (arg == u"--rate-scale" && hasValue) {
            out.options.api.rateScale = args[++i].toDouble();
        } else {
            out.error = tr("Unexpected argument: %1").arg(arg);
            return out;
        }
    }
    if (out.options.pageSize < 1 || out.options.pageSize > 10000) {
        out.error = tr("--page-size takes 1 to 10000 (the list's $top maximum).");
        return out;
    }
    if (out.workspace.isEmpty() || out.connection.serviceUrl.isEmpty() || out.connection.clientId.isEmpty()
        || out.secretEnv.isEmpty())
        out.error = tr("Usage: indicia-cli sync --workspace W --service URL --client-id ID "
                       "--client-secret-env VAR [--tenant T] [--page-size N] [--json]");
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
        err << tr("The environment variable %1 holds no client secret.").arg(parsed.secretEnv) << '\n';
        return 2;
    }
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
        out << report.summary() << '\n' << tr("Pending: %1, conflicts: %2").arg(pending).arg(conflicts) << '\n';
    if (!report.ok) {
        err << report.error << '\n';
        return 2;
    }
    return report.failed > 0 || conflicts > 0 ? 1 : 0;
}
