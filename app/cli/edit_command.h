#pragma once
#include <QStringList>

// indicia-cli edit --workspace W --set-action ACTION [--type TYPE] [--user NAME] [--json]
//   One bulk operation: every active indicator (of TYPE) gets ACTION.
// indicia-cli edit --workspace W --undo [OPERATION] [--user NAME] [--json]
//   Reverses OPERATION (default: the newest operation) in a new, itself undoable operation.
// Prints {"operation":ID,"changed":N} or {"operation":ID,"undone":OP}; each is one
// transaction (the crash soak tests/soak/kill_soak.sh kills it mid-way). Exit: 0 done,
// 1 refused (nothing to undo, nothing to change), 2 error.
int runEditCommand(const QStringList& args);
