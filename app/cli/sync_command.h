#pragma once
#include <QStringList>

// indicia-cli sync --workspace W --service URL --client-id ID --client-secret-env VAR
//                  [--tenant T] [--login-url URL] [--page-size N] [--json]
// The organisation (machines, device groups), then pull, then push; creates W when missing (so it also clones a tenant). The secret is read
// from the environment variable VAR, held in memory only, and never printed.
// --page-size N: $top of list pages (default 10000; the service's @odata.nextLink is
// followed whatever it is). Test knobs: --rate-scale F (the service's --time-scale), --timeout-ms N, --backoff-ms N.
// Exit: 0 synced cleanly, 1 synced with refused rows or conflicts, 2 error.
//
// indicia-cli sync --check --service URL --client-id ID --client-secret-env VAR
//                  [--tenant T] [--login-url URL] [--json]
// Tests the connection without a workspace: token, GET /api/indicators?$top=1 and
// GET /api/machines?$top=1, each reported with the service's own error text; --json prints
// {"token":{"ok","skipped","status","code","error","note"},"indicators":{...},"machines":{...},"ok"}.
// Exit: 0 all three passed, 1 one failed, 2 bad command line.
//
// --service takes a URL or a bare host; a known Microsoft API host (ApiHosts) brings its
// sign-in host and token scope, --login-url overrides the sign-in host. Without either, a
// custom URL serves its own token endpoint (indicia-tenant).
int runSyncCommand(const QStringList& args);
