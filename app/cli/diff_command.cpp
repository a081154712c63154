#include "app/cli/diff_command.h"

#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "app/cli/existing_workspace.h"
#include "app/cli/preview_options.h"
#include "engine/match/preview_diff.h"
#include "engine/match/preview_output.h"
#include "models/preview/preview_list.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace indicia;
using namespace indicia::cli;

namespace {

nlohmann::ordered_json toJson(const match::PreviewDiff& diff, const match::PreviewResult& after,
                              std::size_t syncedCount, std::size_t draftCount)
{
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const match::OutcomeChange& c : diff.changes)
        changes.push_back({{"source", after.sources[c.source]},
                           {"record", c.record},
                           {"machine", c.machine},
                           {"deviceGroup", c.deviceGroup},
                           {"subject", c.subject},
                           {"before", c.before},
                           {"after", c.after},
                           {"beforeIndicator", c.beforeIndicator},
                           {"afterIndicator", c.afterIndicator},
                           {"afterRule", c.afterRule}});
    return {{"syncedIndicators", syncedCount},
            {"draftIndicators", draftCount},
            {"eventsScanned", after.summary.eventsScanned},
            {"eventsChanged", diff.eventsChanged},
            {"machinesChanged", diff.machinesChanged},
            {"changes", changes}};
}

void printText(QTextStream& out, const match::PreviewDiff& diff, const match::PreviewResult& after)
{
    out << CliText::tr("Events changed: %1, machines changed: %2").arg(diff.eventsChanged).arg(diff.machinesChanged.size())
        << '\n';
    for (const match::OutcomeChange& c : diff.changes) {
        const QString before = c.beforeIndicator.empty() ? fromStd(c.before)
                                                         : fromStd(c.before) + u" (" + fromStd(c.beforeIndicator) + u')';
        const QString afterText = c.afterIndicator.empty()
                                      ? fromStd(c.after)
                                      : fromStd(c.after) + u" (" + fromStd(c.afterIndicator) + u", " + fromStd(c.afterRule) + u')';
        out << fromStd(after.sources[c.source]) << ':' << c.record << ' ' << fromStd(c.machine) << " ["
            << fromStd(c.deviceGroup) << "] " << fromStd(c.subject) << ": " << before << " -> " << afterText << '\n';
    }
}

} // namespace

int runDiffCommand(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandOptions o =
        parsePreviewOptions(args, kWorkspace | kTelemetry | kMachineGroups | kAsOf | kScopeModel | kJson);
    QString problem = o.error;
    if (problem.isEmpty() && (o.workspace.isEmpty() || o.telemetry.isEmpty()))
        problem = CliText::tr("--workspace and --telemetry are required.");
    if (!problem.isEmpty()) {
        err << problem << '\n'
            << commandUsage("diff") << '\n';
        return 2;
    }
    WorkspaceStore store;
    if (!openExistingWorkspace(store, o.workspace, err))
        return 2;
    QString error;
    const auto synced = preview::loadListed(store, preview::ListChoice::Synced, o.asOf, error);
    const auto draft = preview::loadListed(store, preview::ListChoice::Draft, o.asOf, error);
    const auto model = resolveScopeModel(o, &store, err);
    telemetry::MachineGroups groups;
    if (!error.isEmpty())
        err << error << '\n';
    if (!error.isEmpty() || !model || (!o.machineGroups.isEmpty() && !loadMachineGroupsFile(o.machineGroups, groups, err)))
        return 2;

    match::PreviewOptions options;
    options.scopeModel = *model;
    const std::vector<std::string> paths = toPaths(o.telemetry);
    const auto before = match::runPreview(*match::Snapshot::build(synced, o.asOf), paths, groups, options);
    const auto after = match::runPreview(*match::Snapshot::build(draft, o.asOf), paths, groups, options);
    const match::PreviewDiff diff = match::diffPreviews(before, after);
    if (o.json)
        out << fromStd(toJson(diff, after, synced.size(), draft.size()).dump()) << '\n';
    else
        printText(out, diff, after);
    return reportUnreadableSources(after, err) > 0 ? 1 : 0;
}
