#include "app/cli/preview_options.h"

#include "app/cli/cli_text.h"
#include "engine/codec/source_reader.h"
#include "engine/timeutil.h"
#include "models/preview/preview_list.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace indicia::cli {

namespace {

bool isOption(const QString& arg) { return arg.startsWith(u"--"); }

// Sets `o.error` unless the option's value is well formed.
void takeValue(CommandOptions& o, Option option, const QString& name, const QString& value)
{
    switch (option) {
    case kWorkspace: o.workspace = value; break;
    case kIndicators: o.indicators = value; break;
    case kMachineGroups: o.machineGroups = value; break;
    case kMatches: o.matches = value; break;
    case kAsOf: {
        const auto t = parseIsoTimestamp(value.toStdString());
        if (t)
            o.asOf = *t;
        else
            o.error = CliText::tr("%1: not an ISO 8601 time (2026-06-01T00:00:00Z): %2").arg(name, value);
        break;
    }
    case kScopeModel:
        o.scopeModel = match::parseScopeModel(value.toStdString());
        if (!o.scopeModel)
            o.error = CliText::tr("%1: expected seed or current, not %2").arg(name, value);
        break;
    case kDays: {
        bool ok = false;
        o.days = value.toInt(&ok);
        if (!ok || o.days < 1)
            o.error = CliText::tr("%1: expected a number of days, not %2").arg(name, value);
        break;
    }
    default: break;
    }
}

} // namespace

CommandOptions parsePreviewOptions(const QStringList& args, unsigned accepted)
{
    static const std::pair<const char16_t*, Option> kValued[] = {
        {u"--workspace", kWorkspace}, {u"--indicators", kIndicators}, {u"--machine-groups", kMachineGroups},
        {u"--matches", kMatches},     {u"--as-of", kAsOf},             {u"--scope-model", kScopeModel},
        {u"--days", kDays}};
    CommandOptions o;
    o.asOf = nowUtc();
    for (qsizetype i = 0; i < args.size() && o.error.isEmpty(); ++i) {
        const QString& arg = args[i];
        if (arg == u"--json" && (accepted & kJson)) {
            o.json = true;
            continue;
        }
        if (arg == u"--telemetry" && (accepted & kTelemetry)) {
            // Every following argument up to the next option is a telemetry file.
            while (i + 1 < args.size() && !isOption(args[i + 1]))
                o.telemetry << args[++i];
            if (o.telemetry.isEmpty())
                o.error = CliText::tr("--telemetry needs at least one file");
            continue;
        }
        const auto known = std::find_if(std::begin(kValued), std::end(kValued),
                                        [&](const auto& entry) { return arg == QStringView(entry.first); });
        if (known == std::end(kValued) || !(accepted & known->second)) {
            o.error = CliText::tr("Unknown option: %1").arg(arg);
        } else if (i + 1 >= args.size()) {
            o.error = CliText::tr("%1 needs a value").arg(arg);
        } else {
            takeValue(o, known->second, arg, args[++i]);
        }
    }
    return o;
}


std::optional<match::ScopeModel> resolveScopeModel(const CommandOptions& options, const WorkspaceStore* store,
                                                   QTextStream& err)
{
    if (options.scopeModel)
        return options.scopeModel;
    if (!store)
        return match::ScopeModel::Seed;
    QString error;
    const auto model = preview::workspaceScopeModel(*store, error);
    if (!model)
        err << error << '\n';
    return model;
}

bool readIndicatorFile(const QString& path, TimePoint asOf, const IndicatorVisitor& visit, QTextStream& err,
                       const std::function<void(std::size_t rows)>& expect)
{
    // Validate as of the preview's time: a row that expired before it is refused here,
    // as the snapshot would leave it out anyway. Titles are not needed to match.
    ValidateOptions validate{asOf};
    validate.requireTitleAndDescription = false;
    Issue issue;
    SourceFormat format = SourceFormat::PlainList;
    std::size_t skipped = 0;
    RowSink sink;
    sink.expect = expect;
    sink.take = [&](ImportRow& row) {
        if (!row.valid()) {
            if (++skipped <= 5)
                err << CliText::tr("%1: skipped: %2").arg(rowLocation(path, format, row), refusalText(row, false))
                    << '\n';
            return;
        }
        if (format == SourceFormat::PlainList) {
            row.indicator.action = Action::Block;
            row.indicator.rbacGroups.clear();
        }
        // No update times in a file: a later row counts as the more recent one on ties.
        visit(row.row, row.indicator, TimePoint(std::chrono::seconds(std::int64_t(row.row))));
    };
    // A plain list is read and validated on every core (SourceReader::readAll); known-good
    // lists are not consulted: a preview only needs what would match.
    if (!SourceReader::readAll(QFile::encodeName(path).toStdString(), validate, issue, sink, 0, {}, &format)) {
        err << CliText::tr("%1: %2").arg(path, fromStd(issue.message)) << '\n';
        return false;
    }
    if (skipped)
        err << CliText::tr("%1: %2 rows skipped").arg(path).arg(skipped) << '\n';
    return true;
}

bool readIndicatorFile(const QString& path, TimePoint asOf, std::vector<match::ListedIndicator>& out,
                       QTextStream& err)
{
    const auto take = [&](std::uint64_t id, Indicator& indicator, TimePoint updated) {
        out.push_back({id, std::move(indicator), updated});
    };
    return readIndicatorFile(path, asOf, take, err, [&](std::size_t rows) { out.reserve(out.size() + rows); });
}

std::shared_ptr<const match::Snapshot> compileIndicatorFile(const QString& path, TimePoint asOf, QTextStream& err)
{
    match::SnapshotBuilder builder(asOf);
    // The row stays the reader's (its buffers are reused for the next row): nothing moved.
    const auto take = [&](std::uint64_t id, Indicator& indicator, TimePoint updated) {
        builder.add(id, indicator, updated);
    };
    if (!readIndicatorFile(path, asOf, take, err, [&](std::size_t rows) { builder.reserve(rows); }))
        return nullptr;
    return builder.finish();
}

bool loadMachineGroupsFile(const QString& path, telemetry::MachineGroups& groups, QTextStream& err)
{
    telemetry::TelemetrySource source;
    std::string error;
    if (!source.open(QFile::encodeName(path).toStdString(), error)) {
        err << fromStd(error) << '\n';
        return false;
    }
    if (!source.givesMachineGroups()) {
        err << CliText::tr("%1 is neither a DeviceInfo export nor a machine,group CSV.").arg(path) << '\n';
        return false;
    }
    telemetry::ScanStats stats;
    source.loadMachineGroups(groups, stats);
    if (stats.bad)
        err << CliText::tr("%1: %2 bad rows skipped").arg(path).arg(stats.bad) << '\n';
    return true;
}

std::vector<std::string> toPaths(const QStringList& files)
{
    std::vector<std::string> paths;
    for (const QString& file : files)
        paths.push_back(QFile::encodeName(file).toStdString());
    return paths;
}

int reportUnreadableSources(const match::PreviewResult& result, QTextStream& err)
{
    int unreadable = 0;
    for (const telemetry::RecordError& e : result.errors) {
        if (e.record != 0)
            continue;
        err << fromStd(e.reason) << '\n';
        ++unreadable;
    }
    return unreadable;
}

QString fromStd(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

} // namespace indicia::cli
