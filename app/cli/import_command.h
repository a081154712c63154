#pragma once
#include <QStringList>

// indicia-cli import --workspace W FILE [--mode valid-only|all-or-nothing] [--user NAME] [--json]
// Validates every row, then writes them in one transaction (W is created when missing).
// Exit: 0 all rows imported, 1 some rows invalid (or nothing imported in all-or-nothing),
// 2 unreadable file, unusable workspace or bad arguments.
int runImportCommand(const QStringList& args);
