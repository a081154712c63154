#pragma once
#include <QStringList>

// indicia-cli validate [--json] [--all-attributes] [--warninglists DIR] FILE...
// Usage and options: command_table.cpp.
int runValidateCommand(const QStringList& args);
