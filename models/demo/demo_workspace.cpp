#include "models/demo/demo_workspace.h"

#include "models/session/workspace_session.h"
#include "models/store/workspace_store.h"
#include "models/sync/secret_store.h"

namespace indicia::demo {

namespace {

// What the service would have shown this persona (indicators-api.md §6): a client with
// groups sees indicators whose groups all lie within its own, all-devices ones included.
bool visibleTo(const DemoPersona& persona, const Indicator& indicator)
{
    if (persona.groups.isEmpty())
        return true;
    for (const std::string& group : indicator.rbacGroups)
        if (!persona.groups.contains(QString::fromStdString(group), Qt::CaseInsensitive))
            return false;
    return true;
}

// The expired indicators were added while they were still valid: the store refuses a
// past expiry at "now", so the store's clock is set to a day before each one expired.
StoreError addExpired(WorkspaceStore& store, const std::vector<Indicator>& expired, const DemoPersona& persona)
{
    for (const Indicator& indicator : expired) {
        if (!visibleTo(persona, indicator))
            continue;
        const std::int64_t before = std::chrono::duration_cast<std::chrono::seconds>(
                                        indicator.expiration->time_since_epoch()).count() - 86400;
        store.setClock([before] { return before; });
        auto result = store.upsert(indicator, DemoWorkspace::tr("Demo: added before it expired"));
        store.setClock({});
        if (!result.ok())
            return result.error();
    }
    return {};
}

} // namespace

ConnectionSettings connectionFor(const QUrl& serviceUrl, const DemoPersona& persona)
{
    ConnectionSettings settings;
    settings.serviceUrl = serviceUrl.toString();
    settings.tenant = QString::fromLatin1(kDemoTenant);
    settings.clientId = persona.id;
    return settings;
}

std::unique_ptr<SecretStore> personaSecrets(const DemoData& data, const QUrl& serviceUrl)
{
    auto secrets = std::make_unique<InMemorySecretStore>();
    for (const DemoPersona& persona : data.personas())
        secrets->write(connectionFor(serviceUrl, persona).secretKey(), persona.secret, [](const SecretResult&) {});
    return secrets;
}

StoreError DemoWorkspace::prepare(WorkspaceStore& store, const DemoData& data, const QUrl& serviceUrl,
                                  const DemoPersona& persona)
{
    // Set-up writes are the demo's own, whatever the persona may do afterwards.
    store.setSession(StoreSession::globalAdmin(QStringLiteral("demo-setup")));
    if (StoreError error = addExpired(store, data.expiredIndicators(), persona))
        return error;
    if (!connectionFor(serviceUrl, persona).save(store))
        return {StoreErrorCode::Sql, tr("Cannot save the demo connection settings.")};
    const StoreSession session = persona.session();
    session::saveToSettings(store, session);
    store.setSession(session);
    return {};
}

} // namespace indicia::demo
