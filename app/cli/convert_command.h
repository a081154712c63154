#pragma once
#include <QStringList>

// indicia-cli convert IN --to FORMAT [-o FILE | --output-dir DIR] [--all-attributes]: reads
// any import format (detected by content) and writes its valid indicators in another,
// without a workspace. Usage and options: command_table.cpp.
int runConvertCommand(const QStringList& args);
