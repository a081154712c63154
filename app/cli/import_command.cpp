#include "app/cli/import_command.h"

#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "engine/codec/format_codes.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cstdlib>

using namespace indicia;

namespace {

constexpr int kOk = 0;
constexpr int kSomeInvalid = 1;
constexpr int kCannotRun = 2;
constexpr int kProblemsShown = 20; // in text mode; --json lists them all (up to the cap)

struct ImportArgs {
    QString workspace;
    QString file;
    ImportMode mode = ImportMode::ValidOnly;
    QString user;
    bool json = false;
};

int usage(QTextStream& err)
{
    err << commandUsage("import") << '\n';
    return kCannotRun;
}

std::optional<ImportArgs> parse(const QStringList& args, QTextStream& err)
{
    ImportArgs parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--workspace" && hasValue) {
            parsed.workspace = args[++i];
        } else if (arg == u"--user" && hasValue) {
            parsed.user = args[++i];
        } else if (arg == u"--mode" && hasValue) {
            const QString mode = args[++i];
            if (mode == u"valid-only")
                parsed.mode = ImportMode::ValidOnly;
            else if (mode == u"all-or-nothing")
                parsed.mode = ImportMode::AllOrNothing;
            else
                return std::nullopt;
        } else if (arg == u"--json") {
            parsed.json = true;
        } else if (!arg.startsWith(u'-') && parsed.file.isEmpty()) {
            parsed.file = arg;
        } else {
            err << CliText::tr("Unknown or incomplete option: %1").arg(arg) << '\n';
            return std::nullopt;
        }
    }
    if (parsed.workspace.isEmpty() || parsed.file.isEmpty())
        return std::nullopt;
    if (parsed.user.isEmpty())
        parsed.user = qEnvironmentVariable("USER", QStringLiteral("indicia-cli"));
    return parsed;
}

nlohmann::ordered_json toJson(const ImportArgs& args, const ImportReport& r, std::int64_t quota)
{
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const ImportProblem& p : r.problems) {
        problems.push_back({{"row", p.row}, {"line", p.line}, {"column", p.issue.column},
                            {"code", p.issue.code}, {"message", p.issue.message},
                            {"value", p.value}});
    }
    return {{"file", args.file.toStdString()},
            {"workspace", args.workspace.toStdString()},
            {"format", r.format},
            {"mode", args.mode == ImportMode::ValidOnly ? "valid-only" : "all-or-nothing"},
            {"committed", r.committed},
            {"rows", r.rows},
            {"added", r.added},
            {"updated", r.updated},
            {"unchanged", r.unchanged},
            {"duplicates", r.duplicates},
            {"invalid", r.invalid},
            {"over_quota", r.overQuota},
            {"quota", quota},
            {"active", r.activeAfter},
            {"op_id", r.opId},
            {"problems", problems},
            {"problems_truncated", r.problemsTruncated}};
}

void printText(QTextStream& out, const ImportArgs& args, const ImportReport& r,
               std::int64_t quota)
{
    out << CliText::tr("%1: %2 rows read, %3 added, %4 updated, %5 unchanged, %6 repeated, %7 invalid")
               .arg(args.file)
               .arg(r.rows)
               .arg(r.added)
               .arg(r.updated)
               .arg(r.unchanged)
               .arg(r.duplicates)
               .arg(r.invalid)
        << '\n';
    int shown = 0;
    for (const ImportProblem& p : r.problems) {
        if (++shown > kProblemsShown) {
            out << CliText::tr("  ... and %1 more problems (use --json for all)")
                       .arg(qsizetype(r.problems.size()) - kProblemsShown)
                << '\n';
            break;
        }
        QString message = QString::fromStdString(p.issue.message);
        if (p.issue.code == codes::kMispNotForIds) // import has no option for it; convert has
            message += u' ' + CliText::tr("(indicia-cli convert --all-attributes takes it)");
        out << CliText::tr("  row %1 (line %2), %3: %4 [%5]")
                   .arg(p.row)
                   .arg(p.line)
                   .arg(p.issue.column.empty() ? CliText::tr("value") : QString::fromStdString(p.issue.column),
                        message, QString::fromStdString(p.issue.code))
            << '\n';
    }
    if (r.overQuota > 0) {
        out << CliText::tr("Over quota: %1 active indicators beyond the limit of %2.")
                   .arg(r.overQuota)
                   .arg(quota)
            << '\n';
    }
    if (r.committed)
        out << CliText::tr("Saved in %1 (operation %2).").arg(args.workspace).arg(r.opId) << '\n';
    else if (args.mode == ImportMode::AllOrNothing && r.invalid > 0)
        out << CliText::tr("Nothing was imported: all-or-nothing mode and some rows are invalid.") << '\n';
    else if (r.rows == 0)
        out << CliText::tr("Nothing to import: the file holds no indicator rows.") << '\n';
    else if (r.invalid >= r.rows)
        out << CliText::tr("Nothing to import: no row is valid.") << '\n';
    else
        out << CliText::tr("Nothing to import: the workspace already holds every valid row.") << '\n';
}

} // namespace

int runImportCommand(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = parse(args, err);
    if (!parsed)
        return usage(err);

    // Checked before the workspace is opened, which would create it for nothing.
    if (const QFileInfo file(parsed->file); !file.exists() || file.isDir()) {
        err << (file.isDir() ? CliText::tr("%1 is a directory, not an indicator file.")
                             : CliText::tr("%1: no such file.")).arg(parsed->file)
            << '\n';
        return kCannotRun;
    }
    WorkspaceStore store;
    if (const StoreError error = store.open(parsed->workspace)) {
        err << error.message << '\n';
        return kCannotRun;
    }
    store.setSession(StoreSession::globalAdmin(parsed->user));
    ImportOptions options;
    options.mode = parsed->mode;
    const auto result = store.importFile(parsed->file, options);
    if (!result) {
        err << result.error().message << '\n';
        return kCannotRun;
    }
    const ImportReport& report = *result;
    if (parsed->json)
        out << QString::fromStdString(toJson(*parsed, report, store.quota()).dump()) << '\n';
    else
        printText(out, *parsed, report, store.quota());
    return report.invalid > 0 ? kSomeInvalid : kOk;
}
