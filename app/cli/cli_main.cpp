// indicia-cli: every capability that makes sense headless. One function per subcommand.

#include "app/cli/convert_command.h"
#include "app/cli/diff_command.h"
#include "app/cli/edit_command.h"
#include "app/cli/export_command.h"
#include "app/cli/file_command.h"
#include "app/cli/hunt_command.h"
#include "app/cli/import_command.h"
#include "app/cli/preview_command.h"
#include "app/cli/stats_command.h"
#include "app/cli/sync_command.h"
#include "app/cli/validate_command.h"
#include "models/store/sqlite_handle.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>

namespace {

using Command = std::function<int(const QStringList&)>;

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("validate"), runValidateCommand},
        {QStringLiteral("import"), runImportCommand},
        {QStringLiteral("export"), runExportCommand},
        {QStringLiteral("convert"), runConvertCommand},
        {QStringLiteral("stats"), runStatsCommand},
        {QStringLiteral("preview"), runPreviewCommand},
        {QStringLiteral("diff"), runDiffCommand},
        {QStringLiteral("edit"), runEditCommand},
        {QStringLiteral("hunt"), runHuntCommand},
        {QStringLiteral("file"), runFileCommand},
        {QStringLiteral("sync"), runSyncCommand},
    };
    return table;
}

int usage(QTextStream& stream, int code)
{
    stream << QCoreApplication::translate("cli",
                                          "Usage: indicia-cli COMMAND [OPTIONS]\n"
                                          "       indicia-cli --version\n\nCommands:\n");
    for (const auto& entry : commands())
        stream << "  " << entry.first << '\n';
    stream.flush();
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    indicia::configureSqliteForProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("indicia-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INDICIA_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty())
        return usage(err, 2);
    const QString first = args.takeFirst();
    if (first == u"--version" || first == u"-V") {
        out << "indicia-cli " << QStringLiteral(INDICIA_VERSION) << '\n';
        return 0;
    }
    if (first == u"--help" || first == u"-h" || first == u"help")
        return usage(out, 0);
    const auto it = commands().find(first);
    if (it == commands().end()) {
        err << QCoreApplication::translate("cli", "Unknown command: %1").arg(first) << '\n';
        return usage(err, 2);
    }
    return it->second(args);
}
