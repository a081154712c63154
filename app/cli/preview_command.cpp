#include "app/cli/preview_command.h"

#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "app/cli/existing_workspace.h"
#include "app/cli/preview_options.h"
#include "engine/match/preview_output.h"
#include "engine/phase_clock.h"
#include "models/preview/preview_list.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QFile>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>

using namespace indicia;
using namespace indicia::cli;

namespace {

// The compiled list to preview, from exactly one of --workspace and --indicators; null
// when it cannot be read. A file is compiled as it is read (no list kept in between).
std::shared_ptr<const match::Snapshot> loadSnapshot(const CommandOptions& o, WorkspaceStore& store, QTextStream& err)
{
    if (!o.indicators.isEmpty())
        return compileIndicatorFile(o.indicators, o.asOf, err);
    if (!openExistingWorkspace(store, o.workspace, err))
        return nullptr;
    QString error;
    const std::vector<match::ListedIndicator> list = preview::loadListed(store, preview::ListChoice::Draft, o.asOf, error);
    if (!error.isEmpty()) {
        err << error << '\n';
        return nullptr;
    }
    return match::Snapshot::build(list, o.asOf);
}

void printText(QTextStream& out, const match::PreviewResult& result)
{
    const match::PreviewSummary& s = result.summary;
    out << CliText::tr("Events scanned: %1 (records read %2, ignored %3, bad records skipped %4)")
               .arg(s.eventsScanned)
               .arg(s.recordsRead)
               .arg(s.recordsIgnored)
               .arg(s.badRecordsSkipped)
        << '\n'
        << CliText::tr("Events matched: %1, machines affected: %2, alerts: %3").arg(s.eventsMatched).arg(s.machinesAffected).arg(s.alerts)
        << '\n';
    const std::pair<const char*, const std::map<std::string, std::uint64_t>*> sections[] = {
        {QT_TRANSLATE_NOOP("CliText", "Per outcome:"), &s.perOutcome},
        {QT_TRANSLATE_NOOP("CliText", "Per device group:"), &s.perDeviceGroup},
        {QT_TRANSLATE_NOOP("CliText", "Per indicator:"), &s.perIndicator}};
    for (const auto& [title, counts] : sections) {
        if (counts->empty())
            continue;
        out << CliText::tr(title) << '\n';
        for (const auto& [key, n] : *counts)
            out << "  " << fromStd(key) << ": " << n << '\n';
    }
    for (const telemetry::RecordError& e : result.errors)
        if (e.record != 0)
            out << CliText::tr("  %1, record %2: %3").arg(fromStd(e.source)).arg(e.record).arg(fromStd(e.reason)) << '\n';
}

bool writeMatches(const QString& path, const match::PreviewResult& result, QTextStream& err)
{
    std::ofstream file(QFile::encodeName(path).toStdString(), std::ios::binary);
    if (file)
        match::writeMatchesCsv(file, result);
    file.close();
    if (!file) {
        err << CliText::tr("Cannot write %1.").arg(path) << '\n';
        return false;
    }
    return true;
}


} // namespace

int runPreviewCommand(const QStringList& args)
{
    PhaseClock clock("INDICIA_PREVIEW_PROFILE", "preview", 12);
    clock.mark("start");
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandOptions o = parsePreviewOptions(
        args, kWorkspace | kIndicators | kTelemetry | kMachineGroups | kAsOf | kScopeModel | kMatches | kJson);
    QString problem = o.error;
    if (problem.isEmpty() && o.workspace.isEmpty() == o.indicators.isEmpty())
        problem = CliText::tr("Give exactly one of --workspace and --indicators.");
    if (problem.isEmpty() && o.telemetry.isEmpty())
        problem = CliText::tr("--telemetry is required.");
    if (!problem.isEmpty()) {
        err << problem << '\n' << commandUsage("preview") << '\n';
        return 2;
    }

    WorkspaceStore store;
    const std::shared_ptr<const match::Snapshot> snapshot = loadSnapshot(o, store, err);
    if (!snapshot)
        return 2;
    const auto model = resolveScopeModel(o, store.isOpen() ? &store : nullptr, err);
    telemetry::MachineGroups groups;
    if (!model || (!o.machineGroups.isEmpty() && !loadMachineGroupsFile(o.machineGroups, groups, err)))
        return 2;
    clock.mark("list and compile");
    match::PreviewOptions options;
    options.scopeModel = *model;
    const match::PreviewResult result = match::runPreview(*snapshot, toPaths(o.telemetry), std::move(groups), options);
    clock.mark("scan");

    if (!o.matches.isEmpty() && !writeMatches(o.matches, result, err))
        return 2;
    if (o.json)
        out << fromStd(match::summaryJson(result)) << '\n';
    else
        printText(out, result);
    out.flush();
    clock.mark("output");
    return reportUnreadableSources(result, err) > 0 ? 1 : 0;
}
