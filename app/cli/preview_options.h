#pragma once
// What the preview, diff and hunt commands share: their options, and the steps that
// turn them into engine inputs (indicator list, machine groups, telemetry paths).

#include "engine/match/preview.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace indicia {
class WorkspaceStore;
}

namespace indicia::cli {

struct CommandOptions {
    QString workspace;
    QString indicators;       // --indicators FILE (MDE CSV or plain list)
    QStringList telemetry;    // --telemetry FILE...
    QString machineGroups;    // --machine-groups FILE
    QString matches;          // --matches OUT.csv
    TimePoint asOf{};         // --as-of, default now
    std::optional<match::ScopeModel> scopeModel; // --scope-model, default: the workspace's
    int days = 30;            // --days (hunt)
    bool json = false;
    QString error;            // non-empty: the arguments are unusable
};

// Options that take values, and which of them a command accepts.
enum Option : unsigned {
    kWorkspace = 1, kIndicators = 2, kTelemetry = 4, kMachineGroups = 8, kMatches = 16,
    kAsOf = 32, kScopeModel = 64, kDays = 128, kJson = 256,
};
CommandOptions parsePreviewOptions(const QStringList& args, unsigned accepted);

// The scope model: the option when given, else the workspace setting, else seed.
std::optional<match::ScopeModel> resolveScopeModel(const CommandOptions& options, const WorkspaceStore* store,
                                                   QTextStream& err);

// Indicators of an MDE CSV or a plain list (plain list rows: Block, all devices). Rows that
// do not validate are skipped and counted on `err`. False when the file cannot be read.
// `visit` gets each valid row's id (its row number), indicator and update time; the
// indicator may be moved from. `expect`, when set, hears about how many rows will come.
using IndicatorVisitor = std::function<void(std::uint64_t id, Indicator& indicator, TimePoint updated)>;
bool readIndicatorFile(const QString& path, TimePoint asOf, const IndicatorVisitor& visit, QTextStream& err,
                       const std::function<void(std::size_t rows)>& expect = {});
// The same into a list.
bool readIndicatorFile(const QString& path, TimePoint asOf, std::vector<match::ListedIndicator>& out,
                       QTextStream& err);
// The same compiled straight into a snapshot (no list kept: the fast path of preview).
std::shared_ptr<const match::Snapshot> compileIndicatorFile(const QString& path, TimePoint asOf, QTextStream& err);

// The --machine-groups file (DeviceInfo export or machine,group CSV) into `groups`.
bool loadMachineGroupsFile(const QString& path, telemetry::MachineGroups& groups, QTextStream& err);

// Telemetry paths as the engine takes them (the bytes of the path as given).
std::vector<std::string> toPaths(const QStringList& files);

// Files that could not be read at all (format unknown, missing): reported on `err`.
// Returns how many there were; record-level errors are only counted in the summary.
int reportUnreadableSources(const match::PreviewResult& result, QTextStream& err);

QString fromStd(std::string_view text);

} // namespace indicia::cli
