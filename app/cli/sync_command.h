#pragma once
#include <QStringList>

// indicia-cli sync --workspace W --service URL --client-id ID --client-secret-env VAR
//                  [--tenant T] [--login-url URL] [--json]
// Pull then push; creates W when missing (so it also clones a tenant). The secret is read
// from the environment variable VAR, held in memory only, and never printed.
// Test knobs: --rate-scale F (the service's --time-scale), --timeout-ms N, --backoff-ms N.
// Exit: 0 synced cleanly, 1 synced with refused rows or conflicts, 2 error.
int runSyncCommand(const QStringList& args);
