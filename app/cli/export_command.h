#pragma once
#include <QStringList>

// indicia-cli export --workspace W --format FORMAT [--type T] [-o FILE | --output-dir DIR]
// Active indicators only (expired ones are not exported), as the MDE import template with
// spreadsheet formulas neutralised; stdout unless -o. Exit: 0 done, 2 error.
int runExportCommand(const QStringList& args);
