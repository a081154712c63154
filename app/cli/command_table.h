#pragma once
// indicia-cli's commands: name, entry point, the one line `indicia-cli help` shows, and the
// usage every command prints on a bad command line and for --help. One table, so the help,
// the usage and the dispatch cannot drift apart.

#include <QString>
#include <QStringList>

#include <vector>

struct CliCommand {
    const char* name;
    int (*run)(const QStringList& args);
    const char* summary; // one line (context "CliText")
    const char* usage;   // synopsis lines (context "CliText")
    const char* details; // what it does, its options and exit codes (context "CliText")
};

const std::vector<CliCommand>& cliCommands();
const CliCommand* findCliCommand(const QString& name);

// The synopsis of `command`, translated, without a trailing line break.
QString commandUsage(const char* command);
// What --help prints: the summary, the synopsis and the details.
QString commandHelp(const CliCommand& command);
// What `indicia-cli help` prints: the program's synopsis and one line per command.
QString programHelp();
// True when `args` asks for help (--help or -h) instead of running the command.
bool asksForHelp(const QStringList& args);
