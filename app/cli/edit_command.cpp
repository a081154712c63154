#include "app/cli/edit_command.h"
#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "app/cli/existing_workspace.h"

#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <optional>

using namespace indicia;

namespace {

struct EditArgs {
    QString workspace;
    QString user;
    std::optional<Action> action;
    std::optional<IndicatorType> type;
    bool undo = false;
    std::int64_t undoOperation = 0; // 0: the newest
    bool json = false;
    QString error;
};

EditArgs parse(const QStringList& args)
{
    EditArgs out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--workspace" && hasValue) {
            out.workspace = args[++i];
        } else if (arg == u"--user" && hasValue) {
            out.user = args[++i];
        } else if (arg == u"--set-action" && hasValue) {
            const auto parsed = parseAction(args[++i].toStdString());
            if (!parsed)
                out.error = CliText::tr("Unknown action: %1").arg(args[i]);
            else
                out.action = parsed->action;
        } else if (arg == u"--type" && hasValue) {
            out.type = parseIndicatorType(args[++i].toStdString());
            if (!out.type)
                out.error = CliText::tr("Unknown indicator type: %1").arg(args[i]);
        } else if (arg == u"--undo") {
            out.undo = true;
            if (hasValue && !args[i + 1].startsWith(u'-')) {
                bool ok = false;
                out.undoOperation = args[++i].toLongLong(&ok);
                if (!ok || out.undoOperation <= 0)
                    out.error = CliText::tr("Not an operation id: %1").arg(args[i]);
            }
        } else if (arg == u"--json") {
            out.json = true;
        } else {
            out.error = CliText::tr("Unknown option: %1").arg(arg);
        }
    }
    if (out.error.isEmpty() && (out.workspace.isEmpty() || out.undo == out.action.has_value()))
        out.error = commandUsage("edit");
    if (out.user.isEmpty())
        out.user = qEnvironmentVariable("USER", QStringLiteral("indicia-cli"));
    return out;
}

} // namespace

int runEditCommand(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const EditArgs parsed = parse(args);
    if (!parsed.error.isEmpty()) {
        err << parsed.error << '\n';
        return 2;
    }
    WorkspaceStore store;
    if (!openExistingWorkspace(store, parsed.workspace, err))
        return 2;
    store.setSession(StoreSession::globalAdmin(parsed.user));
    nlohmann::ordered_json report;
    if (parsed.undo) {
        std::int64_t target = parsed.undoOperation;
        if (target == 0) {
            const std::vector<OperationInfo> newest = store.operations(1);
            if (newest.empty()) {
                err << CliText::tr("Nothing to undo.") << '\n';
                return 1;
            }
            target = newest.front().id;
        }
        const StoreResult<std::int64_t> done = store.undoOperation(target);
        if (!done) {
            err << done.error().message << '\n';
            return 1;
        }
        report = {{"operation", *done}, {"undone", target}};
        if (!parsed.json)
            out << CliText::tr("Operation %1 undone by operation %2.").arg(target).arg(*done) << '\n';
    } else {
        QList<std::int64_t> ids;
        store.forEachActive(parsed.type, [&](const IndicatorRecord& record) {
            if (record.indicator.action != *parsed.action)
                ids << record.id;
        });
        if (ids.isEmpty()) {
            err << CliText::tr("No active indicator to change.") << '\n';
            return 1;
        }
        const StoreResult<std::int64_t> done = store.bulkSetAction(ids, *parsed.action);
        if (!done) {
            err << done.error().message << '\n';
            return 1;
        }
        report = {{"operation", *done}, {"changed", ids.size()}};
        if (!parsed.json)
            out << CliText::tr("%1 indicators changed by operation %2.").arg(ids.size()).arg(*done) << '\n';
    }
    if (parsed.json)
        out << QString::fromStdString(report.dump()) << '\n';
    return 0;
}
