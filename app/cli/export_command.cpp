#include "app/cli/export_command.h"

#include "engine/codec/mde_csv.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <fstream>
#include <iostream>

using namespace indicia;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("cli", text); }

struct ExportArgs {
    QString workspace;
    QString format;
    QString output;
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
        } else if (arg == u"--type" && hasValue) {
            parsed.type = parseIndicatorType(args[++i].toStdString());
            if (!parsed.type) {
                err << tr("Unknown indicator type: %1").arg(args[i]) << '\n';
                parsed.valid = false;
            }
        } else {
            err << tr("Unknown or incomplete option: %1").arg(arg) << '\n';
            parsed.valid = false;
        }
    }
    if (parsed.workspace.isEmpty() || parsed.format != u"mde-csv")
        parsed.valid = false;
    return parsed;
}

} // namespace

int runExportCommand(const QStringList& args)
{
    QTextStream err(stderr);
    const ExportArgs parsed = parse(args, err);
    if (!parsed.valid) {
        err << tr("Usage: indicia-cli export --workspace W --format mde-csv [--type T] [-o FILE]")
            << '\n';
        return 2;
    }
    if (!QFileInfo::exists(parsed.workspace)) {
        err << tr("%1 does not exist.").arg(parsed.workspace) << '\n';
        return 2;
    }
    WorkspaceStore store;
    if (const StoreError error = store.open(parsed.workspace)) {
        err << error.message << '\n';
        return 2;
    }
    std::ofstream file;
    if (!parsed.output.isEmpty()) {
        file.open(QFile::encodeName(parsed.output).toStdString(), std::ios::binary);
        if (!file) {
            err << tr("Cannot write %1.").arg(parsed.output) << '\n';
            return 2;
        }
    }
    std::ostream& out = parsed.output.isEmpty() ? std::cout : file;
    writeMdeCsvHeader(out);
    std::int64_t skipped = 0;
    store.forEachActive(parsed.type, [&](const IndicatorRecord& record) {
        // CIDR ranges are our extension; the MDE template has no place for them.
        if (record.indicator.type == IndicatorType::IpRange) {
            ++skipped;
            return;
        }
        writeMdeCsvRow(out, record.indicator);
    });
    out.flush();
    if (skipped > 0)
        err << tr("%1 IP ranges left out: MDE does not accept CIDR indicators.").arg(skipped)
            << '\n';
    if (!out) {
        err << tr("Writing the export failed.") << '\n';
        return 2;
    }
    return 0;
}
