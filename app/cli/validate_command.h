#pragma once
#include <QStringList>

// indicia-cli validate [--json] FILE...
int runValidateCommand(const QStringList& args);
