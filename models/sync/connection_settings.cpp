#include "models/sync/connection_settings.h"

#include "models/store/workspace_store.h"
#include "models/sync/api_hosts.h"

#include <QHostAddress>

namespace indicia {

namespace {

const QString kUrlKey = QStringLiteral("sync.url");
const QString kTenantKey = QStringLiteral("sync.tenant");
const QString kClientKey = QStringLiteral("sync.client_id");
const QString kLoginKey = QStringLiteral("sync.login_url");

QString trimmedBase(const QString& url)
{
    QString out = url.trimmed();
    while (out.endsWith(QLatin1Char('/')))
        out.chop(1);
    return out;
}

QString tenantSegment(const QString& tenant)
{
    return tenant.isEmpty() ? QStringLiteral("common") : tenant;
}

} // namespace

QUrl ConnectionSettings::tokenUrl() const
{
    const QString base = loginUrl.isEmpty() ? trimmedBase(serviceUrl) : trimmedBase(loginUrl);
    return QUrl(base + QLatin1Char('/') + tenantSegment(tenant) + QStringLiteral("/oauth2/v2.0/token"));
}

QUrl ConnectionSettings::apiUrl(const QString& path) const
{
    return QUrl(trimmedBase(serviceUrl) + QStringLiteral("/api") + path);
}

QString ConnectionSettings::secretKey() const
{
    return trimmedBase(serviceUrl) + QLatin1Char('|') + tenant + QLatin1Char('|') + clientId;
}

ConnectionSettings ConnectionSettings::forService(const QString& serviceUrl, const QString& loginUrl)
{
    ConnectionSettings s;
    s.serviceUrl = ApiHosts::normalized(serviceUrl);
    s.scope = ApiHosts::scopeFor(s.serviceUrl);
    s.loginUrl = loginUrl.trimmed().isEmpty() ? ApiHosts::loginFor(s.serviceUrl) : loginUrl.trimmed();
    return s;
}

ConnectionSettings ConnectionSettings::load(const WorkspaceStore& store)
{
    // A Microsoft host saved without a sign-in host (older versions had no such field)
    // gets its own: Microsoft's API hosts serve no token endpoint.
    ConnectionSettings s = forService(store.setting(kUrlKey), store.setting(kLoginKey));
    s.tenant = store.setting(kTenantKey);
    s.clientId = store.setting(kClientKey);
    return s;
}

bool ConnectionSettings::save(WorkspaceStore& store) const
{
    return store.setSetting(kUrlKey, serviceUrl).ok() && store.setSetting(kTenantKey, tenant).ok()
        && store.setSetting(kClientKey, clientId).ok() && store.setSetting(kLoginKey, loginUrl).ok();
}

bool UrlPolicy::isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString UrlPolicy::check(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("'%1' is not a valid service URL.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopback(url.host()))
            return {};
        return tr("Plain HTTP is refused for %1: the client secret and tokens would travel in clear. "
                  "Use https:// (plain http:// is allowed only to this computer: 127.0.0.1, ::1, localhost).")
            .arg(url.host());
    }
    return tr("Unsupported URL scheme '%1' (use https://).").arg(url.scheme());
}

} // namespace indicia
