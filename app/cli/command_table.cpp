#include "app/cli/command_table.h"

#include "app/cli/cli_text.h"
#include "app/cli/convert_command.h"
#include "app/cli/diff_command.h"
#include "app/cli/edit_command.h"
#include "app/cli/export_command.h"
#include "app/cli/file_command.h"
#include "app/cli/hunt_command.h"
#include "app/cli/import_command.h"
#include "app/cli/indicator_output.h"
#include "app/cli/preview_command.h"
#include "app/cli/stats_command.h"
#include "app/cli/sync_command.h"
#include "app/cli/validate_command.h"

#include <algorithm>

const std::vector<CliCommand>& cliCommands()
{
    static const std::vector<CliCommand> table = {
        {"validate", runValidateCommand,
         QT_TRANSLATE_NOOP("CliText", "Check import files row by row: the canonical value, or why a row is refused."),
         QT_TRANSLATE_NOOP("CliText", "indicia-cli validate [--json] [--all-attributes] [--warninglists DIR] FILE..."),
         QT_TRANSLATE_NOOP("CliText",
                           "Reads MDE template CSVs, plain lists, report text, STIX bundles and MISP events (the\n"
                           "format is detected by content) and reports every row at the line of the file where it\n"
                           "starts (STIX and MISP: by entry), with known-good warnings.\n"
                           "  --json              one JSON document: files, rows and a summary\n"
                           "  --all-attributes    MISP: also take attributes whose to_ids is false (context)\n"
                           "  --warninglists DIR  add your known-good lists (MISP warninglist JSON) to the bundled ones\n"
                           "Exit: 0 every row valid, 1 some rows refused, 2 a file could not be read or is not an\n"
                           "indicator file.")},
        {"import", runImportCommand,
         QT_TRANSLATE_NOOP("CliText", "Import a file into a workspace in one transaction."),
         QT_TRANSLATE_NOOP("CliText",
                           "indicia-cli import --workspace W FILE [--mode valid-only|all-or-nothing] [--user NAME] "
                           "[--json]"),
         QT_TRANSLATE_NOOP("CliText",
                           "Validates every row of FILE (any format validate reads), then writes them in one\n"
                           "transaction. The workspace W is created when missing.\n"
                           "  --workspace W   the workspace file\n"
                           "  --mode M        valid-only (default): import the valid rows; all-or-nothing: import\n"
                           "                  nothing when any row is refused\n"
                           "  --user NAME     who the history names (default: $USER)\n"
                           "  --json          the report as JSON\n"
                           "Exit: 0 every row imported, 1 some rows refused, 2 the file could not be read or is not\n"
                           "an indicator file, the workspace is unusable or the command line is wrong.")},
        {"export", runExportCommand,
         QT_TRANSLATE_NOOP("CliText", "Write a workspace's active indicators in one of the export formats."),
         QT_TRANSLATE_NOOP("CliText",
                           "indicia-cli export --workspace W --format FORMAT [--type TYPE] [-o FILE | --output-dir "
                           "DIR]"),
         QT_TRANSLATE_NOOP("CliText",
                           "Active indicators only (expired ones are left out); to stdout unless -o.\n"
                           "  --format FORMAT   one of %1\n"
                           "  --type TYPE       only indicators of this type (FileSha256, IpAddress, ...)\n"
                           "  -o, --output FILE write FILE; suricata, several files, writes FILE (the dataset\n"
                           "                    keywords for rules) and its dataset files beside it\n"
                           "  --output-dir DIR  write into DIR (suricata: one dataset file per type)\n"
                           "The files written are named on stderr.\n"
                           "Exit: 0 written, 2 error.")},
        {"convert", runConvertCommand,
         QT_TRANSLATE_NOOP("CliText", "Convert an indicator file to another format, without a workspace."),
         QT_TRANSLATE_NOOP("CliText",
                           "indicia-cli convert IN --to FORMAT [-o FILE | --output-dir DIR] [--all-attributes]"),
         QT_TRANSLATE_NOOP("CliText",
                           "Reads IN as validate does and writes its valid indicators; refused rows are listed on\n"
                           "stderr. To stdout unless -o.\n"
                           "  --to FORMAT       one of %1\n"
                           "  -o, --output FILE write FILE; suricata, several files, writes FILE (the dataset\n"
                           "                    keywords for rules) and its dataset files beside it\n"
                           "  --output-dir DIR  write into DIR (suricata: one dataset file per type)\n"
                           "  --all-attributes  MISP: also take attributes whose to_ids is false (context)\n"
                           "The files written are named on stderr.\n"
                           "Exit: 0 every row converted, 1 some rows refused, 2 nothing could be done.")},
        {"stats", runStatsCommand,
         QT_TRANSLATE_NOOP("CliText", "Count a workspace's indicators by type, action and sync state."),
         QT_TRANSLATE_NOOP("CliText", "indicia-cli stats --workspace W [--json]"),
         QT_TRANSLATE_NOOP("CliText",
                           "Active and expired indicators, by type and by action, changes waiting for sync,\n"
                           "conflicts, machines and device groups. Never creates a workspace.\n"
                           "  --json  {\"active\", \"expired\", \"by_type\", \"by_action\", \"pending_sync\",\n"
                           "          \"conflicts\", \"machines\", \"device_groups\", \"quota\"}\n"
                           "Exit: 0 done, 2 error.")},
        {"preview", runPreviewCommand,
         QT_TRANSLATE_NOOP("CliText", "Replay telemetry against a list: what would match, alert or be blocked."),
         QT_TRANSLATE_NOOP("CliText",
                           "indicia-cli preview (--workspace W | --indicators FILE) --telemetry FILE...\n"
                           "       [--machine-groups FILE] [--as-of TIME] [--scope-model seed|current] "
                           "[--matches OUT.csv] [--json]"),
         QT_TRANSLATE_NOOP("CliText",
                           "Scans Defender advanced-hunting exports against the workspace's list (every indicator\n"
                           "in it) or an indicator file. Bad records are counted and skipped.\n"
                           "  --telemetry FILE...     the exports (every argument up to the next option)\n"
                           "  --machine-groups FILE   a DeviceInfo export or a machine,group CSV\n"
                           "  --as-of TIME            ISO 8601 time the list is taken at (default: now)\n"
                           "  --scope-model M         seed or current (default: the workspace's setting)\n"
                           "  --matches OUT.csv       also write every match\n"
                           "  --json                  the summary as JSON\n"
                           "Exit: 0 scanned, 1 a telemetry file could not be read, 2 bad arguments or inputs.")},
        {"diff", runDiffCommand,
         QT_TRANSLATE_NOOP("CliText", "Compare what the synced list and the workspace's draft would do to telemetry."),
         QT_TRANSLATE_NOOP("CliText",
                           "indicia-cli diff --workspace W --telemetry FILE... [--machine-groups FILE] [--as-of "
                           "TIME]\n"
                           "       [--scope-model seed|current] [--json]"),
         QT_TRANSLATE_NOOP("CliText",
                           "Previews the telemetry twice, with the list as last synced with the service and with\n"
                           "the workspace as it is now, and reports every event and machine whose outcome changes\n"
                           "(before -> after, with the deciding indicator).\n"
                           "  --telemetry FILE...     the exports (every argument up to the next option)\n"
                           "  --machine-groups FILE   a DeviceInfo export or a machine,group CSV\n"
                           "  --as-of TIME            ISO 8601 time both lists are taken at (default: now)\n"
                           "  --scope-model M         seed or current (default: the workspace's setting)\n"
                           "  --json                  the changes as JSON\n"
                           "Exit: 0 compared, 1 a telemetry file could not be read, 2 bad arguments or workspace.")},
        {"edit", runEditCommand,
         QT_TRANSLATE_NOOP("CliText", "Change the action of many indicators in one step, or undo an operation."),
         QT_TRANSLATE_NOOP("CliText",
                           "indicia-cli edit --workspace W (--set-action ACTION [--type TYPE] | --undo "
                           "[OPERATION]) [--user NAME] [--json]"),
         QT_TRANSLATE_NOOP("CliText",
                           "  --set-action ACTION  every active indicator (of TYPE) gets ACTION, as one operation\n"
                           "  --undo [OPERATION]   reverse OPERATION (default: the newest) in a new operation\n"
                           "  --user NAME          who the history names (default: $USER)\n"
                           "  --json               {\"operation\", \"changed\"} or {\"operation\", \"undone\"}\n"
                           "Exit: 0 done, 1 nothing to change or undo, 2 error.")},
        {"hunt", runHuntCommand,
         QT_TRANSLATE_NOOP("CliText", "Print Advanced Hunting (KQL) queries for a workspace's active indicators."),
         QT_TRANSLATE_NOOP("CliText", "indicia-cli hunt --workspace W [--days N] [--json]"),
         QT_TRANSLATE_NOOP("CliText",
                           "Queries that find, across the organisation, the events the active indicators would\n"
                           "match; long value lists are split over several queries.\n"
                           "  --days N  how far back the queries look (default 30)\n"
                           "  --json    [{\"title\", \"kql\"}]\n"
                           "Exit: 0 printed (also when there is nothing to hunt), 2 bad arguments or workspace.")},
        {"file", runFileCommand,
         QT_TRANSLATE_NOOP("CliText", "Profile a file hash: names, machines, events and the indicator that decides it."),
         QT_TRANSLATE_NOOP("CliText",
                           "indicia-cli file HASH (--workspace W | --indicators FILE) --telemetry FILE... [--as-of "
                           "TIME]\n"
                           "       [--scope-model seed|current] [--json]"),
         QT_TRANSLATE_NOOP("CliText",
                           "HASH is an MD5, SHA-1 or SHA-256 in hex. Reports the file's other hashes, names and\n"
                           "paths, the machines and events it appears in, the indicators that cover it and the\n"
                           "verdict in each device group.\n"
                           "Exit: 0 found, 1 not seen in the telemetry, 2 error.")},
        {"sync", runSyncCommand,
         QT_TRANSLATE_NOOP("CliText", "Sync a workspace with the service, or test a connection."),
         QT_TRANSLATE_NOOP("CliText",
                           "indicia-cli sync --workspace W --service URL --client-id ID --client-secret-env VAR\n"
                           "       [--tenant T] [--login-url URL] [--page-size N] [--json]\n"
                           "       indicia-cli sync --check --service URL --client-id ID --client-secret-env VAR\n"
                           "       [--tenant T] [--login-url URL] [--json]"),
         QT_TRANSLATE_NOOP("CliText",
                           "Pulls the organisation (machines, device groups) and the indicators, then pushes\n"
                           "local changes; W is created when missing (a clone of the tenant). --check tests the\n"
                           "connection (token, indicator list, machine list) without a workspace.\n"
                           "  --service URL            the API's URL, or a known Microsoft host\n"
                           "  --client-id ID           the app registration's client (application) id\n"
                           "  --client-secret-env VAR  the environment variable holding the client secret\n"
                           "  --tenant T               the Entra tenant id or domain\n"
                           "  --login-url URL          the sign-in host (default: the service's)\n"
                           "  --page-size N            $top of list pages, 1 to 10000 (default 10000)\n"
                           "Exit: 0 synced cleanly, 1 refused rows or conflicts left (--check: a step failed),\n"
                           "2 error.")},
    };
    return table;
}

const CliCommand* findCliCommand(const QString& name)
{
    const auto& table = cliCommands();
    const auto it = std::find_if(table.begin(), table.end(),
                                 [&](const CliCommand& c) { return name == QLatin1String(c.name); });
    return it == table.end() ? nullptr : &*it;
}

namespace {

QString withFormats(const char* text)
{
    QString out = CliText::tr(text);
    return out.contains(QLatin1String("%1")) ? out.arg(IndicatorOutput::formatNames()) : out;
}

} // namespace

QString commandUsage(const char* command)
{
    const CliCommand* found = findCliCommand(QString::fromLatin1(command));
    return found ? CliText::tr("Usage: %1").arg(CliText::tr(found->usage)) : QString();
}

QString commandHelp(const CliCommand& command)
{
    return CliText::tr(command.summary) + QLatin1String("\n\n") + CliText::tr("Usage: %1").arg(CliText::tr(command.usage))
        + QLatin1String("\n\n") + withFormats(command.details) + u'\n';
}

QString programHelp()
{
    QString out = CliText::tr("Usage: indicia-cli COMMAND [OPTIONS]\n"
                              "       indicia-cli help [COMMAND]\n"
                              "       indicia-cli COMMAND --help\n"
                              "       indicia-cli --version\n\nCommands:\n");
    qsizetype width = 0;
    for (const CliCommand& c : cliCommands())
        width = std::max(width, qsizetype(qstrlen(c.name)));
    for (const CliCommand& c : cliCommands())
        out += QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -int(width)).arg(CliText::tr(c.summary));
    return out;
}

bool asksForHelp(const QStringList& args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
}
