// indicia-cli: every capability that makes sense headless. One function per subcommand,
// listed with its help in command_table.cpp.

#include "app/app_translations.h"
#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "models/store/sqlite_handle.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    indicia::configureSqliteForProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("indicia-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INDICIA_VERSION));
    indicia::installTranslations(app);

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << programHelp();
        return 2;
    }
    const QString first = args.takeFirst();
    if (first == u"--version" || first == u"-V") {
        out << "indicia-cli " << QStringLiteral(INDICIA_VERSION) << '\n';
        return 0;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        if (args.isEmpty()) {
            out << programHelp();
            return 0;
        }
        if (const CliCommand* command = findCliCommand(args.first())) {
            out << commandHelp(*command);
            return 0;
        }
        err << CliText::tr("Unknown command: %1").arg(args.first()) << '\n' << programHelp();
        return 2;
    }
    const CliCommand* command = findCliCommand(first);
    if (!command) {
        err << CliText::tr("Unknown command: %1").arg(first) << '\n' << programHelp();
        return 2;
    }
    if (asksForHelp(args)) {
        out << commandHelp(*command);
        return 0;
    }
    return command->run(args);
}
