#include "app/cli/export_command.h"
#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "app/cli/existing_workspace.h"

#include "app/cli/indicator_output.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>


using namespace indicia;

namespace {

struct ExportArgs {
    QString workspace;
    QString format;
    QString output;
    QString outputDir;
    std::optional<IndicatorType> type;
    bool valid = true;
};

ExportArgs parse(const QStringList& args, QTextStream& err)
{
    ExportArgs parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--workspace" && hasValue) {
            parsed.workspace = args[++i];
        } else if (arg == u"--format" && hasValue) {
            parsed.format = args[++i];
        } else if ((arg == u"-o" || arg == u"--output") && hasValue) {
            parsed.output = args[++i];
        } else if (arg == u"--output-dir" && hasValue) {
            parsed.outputDir = args[++i];
        } else if (arg == u"--type" && hasValue) {
            parsed.type = parseIndicatorType(args[++i].toStdString());
            if (!parsed.type) {
                err << CliText::tr("Unknown indicator type: %1").arg(args[i]) << '\n';
                parsed.valid = false;
            }
        } else {
            err << CliText::tr("Unknown or incomplete option: %1").arg(arg) << '\n';
            parsed.valid = false;
        }
    }
    if (parsed.workspace.isEmpty() || parsed.format.isEmpty())
        parsed.valid = false;
    return parsed;
}

} // namespace

int runExportCommand(const QStringList& args)
{
    QTextStream err(stderr);
    const ExportArgs parsed = parse(args, err);
    if (!parsed.valid) {
        err << commandUsage("export") << '\n'
            << CliText::tr("FORMAT is one of %1. Run 'indicia-cli help export' for more.").arg(IndicatorOutput::formatNames())
            << '\n';
        return 2;
    }
    WorkspaceStore store;
    if (!openExistingWorkspace(store, parsed.workspace, err))
        return 2;
    QString error;
    const OutputTarget target{parsed.output, parsed.outputDir, QStringLiteral("indicators"), {}};
    auto output = IndicatorOutput::open(parsed.format, target, fromUnixSeconds(store.now()), error);
    if (!output) {
        err << error << '\n';
        return 2;
    }
    store.forEachActive(parsed.type, [&output](const IndicatorRecord& record) { output->add(record.indicator); });
    if (!output->finish(err))
        return 2;
    return 0;
}
