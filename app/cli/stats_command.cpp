#include "app/cli/stats_command.h"
#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "app/cli/existing_workspace.h"

#include "models/store/workspace_store.h"
#include "models/sync/sync_ledger.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <nlohmann/json.hpp>

using namespace indicia;

namespace {

// Keys in the documented order (ordered_json keeps insertion order).
nlohmann::ordered_json toJson(const StoreStats& s)
{
    nlohmann::ordered_json byType = nlohmann::ordered_json::object();
    for (const auto& [type, n] : s.byType)
        byType[type] = n;
    nlohmann::ordered_json byAction = nlohmann::ordered_json::object();
    for (const auto& [action, n] : s.byAction)
        byAction[action] = n;
    return {{"active", s.active},           {"expired", s.expired},
            {"by_type", byType},            {"by_action", byAction},
            {"pending_sync", s.pendingSync}, {"conflicts", s.conflicts},
            {"machines", s.machines},       {"device_groups", s.deviceGroups},
            {"quota", s.quota}};
}

void printText(QTextStream& out, const StoreStats& s)
{
    out << CliText::tr("Active: %1 (quota %2)").arg(s.active).arg(s.quota) << '\n'
        << CliText::tr("Expired: %1").arg(s.expired) << '\n';
    for (const auto& [type, n] : s.byType)
        out << "  " << QString::fromStdString(type) << ": " << n << '\n';
    for (const auto& [action, n] : s.byAction)
        out << "  " << QString::fromStdString(action) << ": " << n << '\n';
    out << CliText::tr("Pending sync: %1, conflicts: %2").arg(s.pendingSync).arg(s.conflicts) << '\n'
        << CliText::tr("Machines: %1, device groups: %2").arg(s.machines).arg(s.deviceGroups) << '\n';
}

} // namespace

int runStatsCommand(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString workspace;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--workspace" && i + 1 < args.size()) {
            workspace = args[++i];
        } else if (args[i] == u"--json") {
            json = true;
        } else {
            workspace.clear();
            break;
        }
    }
    if (workspace.isEmpty()) {
        err << commandUsage("stats") << '\n';
        return 2;
    }
    // Statistics never create a workspace.
    WorkspaceStore store;
    if (!openExistingWorkspace(store, workspace, err))
        return 2;
    StoreStats stats = store.stats();
    // Pending and conflicts as the Sync page and `sync` count them: an edit held by a
    // conflict is a conflict, and queued deletes are pending too.
    const SyncCounts sync = SyncLedger(store).counts();
    stats.pendingSync = sync.pending;
    stats.conflicts = sync.conflicts;
    if (json)
        out << QString::fromStdString(toJson(stats).dump()) << '\n';
    else
        printText(out, stats);
    return 0;
}
