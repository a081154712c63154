#pragma once
// A demo workspace: one per persona, so that switching persona is switching console (each
// analyst's workspace holds what their client id may see, as it would in real life).
// prepare() fills a fresh workspace before its first sync: the connection to the in-process
// tenant, the persona's session, and the expired indicators the service has already deleted
// (kept here, greyed, until purged). The organisation (device groups, machines) arrives with
// the first sync, as the service shows it to the persona, like any tenant's.

#include "models/demo/demo_data.h"
#include "models/store/store_error.h"
#include "models/sync/connection_settings.h"

#include <QUrl>

#include <memory>

namespace indicia {

class SecretStore;
class WorkspaceStore;

namespace demo {

inline constexpr char kDemoTenant[] = "larkspur-demo";

ConnectionSettings connectionFor(const QUrl& serviceUrl, const DemoPersona& persona);

// The personas' secrets in process memory, under the keys the Sync page looks up.
std::unique_ptr<SecretStore> personaSecrets(const DemoData& data, const QUrl& serviceUrl);

class DemoWorkspace {
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)
public:
    static StoreError prepare(WorkspaceStore& store, const DemoData& data, const QUrl& serviceUrl,
                              const DemoPersona& persona);
};

} // namespace demo
} // namespace indicia
