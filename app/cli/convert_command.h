#pragma once
#include <QStringList>

// indicia-cli convert IN --to FORMAT [-o OUT] [--all-attributes]: reads any import format
// (detected by content) and writes its valid indicators in another, without a workspace.
int runConvertCommand(const QStringList& args);
