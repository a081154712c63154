#pragma once
#include <QStringList>

// indicia-cli sync --workspace W --service URL --client-id ID --client-secret-env VAR
//                  [--tenant T] [--login-url URL] [--page-size N] [--json]
// The organisation (machines, device groups), then pull, then push; creates W when missing (so it also clones a tenant). The secret is read
// from the environment variable VAR, held in memory only, and never printed.
// --page-size N: $top of list pages (default 10000; the service's @odata.nextLink is
// followed whatever it is). Test knobs: --rate-scale F (the service's --time-scale), --timeout-ms N, --backoff-ms N.
// Exit: 0 synced cleanly, 1 synced with refused rows or conflicts, 2 error.
int runSyncCommand(const QStringList& args);
