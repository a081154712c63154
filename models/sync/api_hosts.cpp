#include "models/sync/api_hosts.h"

#include <QUrl>

namespace indicia {

namespace {

// The commercial hosts all take tokens for the WindowsDefenderATP resource under its legacy
// name: §1.2's scope, and Microsoft's samples say some APIs still refuse (403) tokens issued
// for any other audience even when called on api.security.microsoft.com.
const QString kCommercialResource = QStringLiteral("https://api.securitycenter.microsoft.com");
const QString kGccUrl = QStringLiteral("https://api-gcc.securitycenter.microsoft.us");
const QString kGovUrl = QStringLiteral("https://api-gov.securitycenter.microsoft.us");

QString regional(const char* prefix) { return QStringLiteral("https://%1.api.security.microsoft.com").arg(QLatin1String(prefix)); }

} // namespace

const QString ApiHosts::kCommercialLogin = QStringLiteral("https://login.microsoftonline.com");
const QString ApiHosts::kGovernmentLogin = QStringLiteral("https://login.microsoftonline.us");
const QString ApiHosts::kDefaultUrl = QStringLiteral("https://api.security.microsoft.com");

QList<ApiHost> ApiHosts::known()
{
    // gov.md names the sign-in and API hosts of the US Government clouds but no scope: there
    // the API host itself is taken as the resource, as integrations for those clouds do [U].
    return {
        {kDefaultUrl, tr("Worldwide (default)"), kCommercialLogin, kCommercialResource},
        {regional("us"), tr("United States"), kCommercialLogin, kCommercialResource},
        {regional("eu"), tr("Europe"), kCommercialLogin, kCommercialResource},
        {regional("uk"), tr("United Kingdom"), kCommercialLogin, kCommercialResource},
        {regional("au"), tr("Australia"), kCommercialLogin, kCommercialResource},
        {regional("swa"), tr("Regional: swa"), kCommercialLogin, kCommercialResource},
        {regional("ina"), tr("Regional: ina"), kCommercialLogin, kCommercialResource},
        // Listed on the current "Use Microsoft Defender for Endpoint APIs" pages, not in §1.1.
        {regional("aea"), tr("Regional: aea"), kCommercialLogin, kCommercialResource},
        {kCommercialResource, tr("Legacy worldwide host"), kCommercialLogin, kCommercialResource},
        {kGccUrl, tr("US Government GCC"), kCommercialLogin, kGccUrl},
        {kGovUrl, tr("US Government GCC High and DoD"), kGovernmentLogin, kGovUrl},
    };
}

std::optional<ApiHost> ApiHosts::find(const QString& url)
{
    const QUrl parsed(normalized(url));
    if (parsed.scheme() != QLatin1String("https") || parsed.port(443) != 443)
        return std::nullopt;
    const QString path = parsed.path();
    if (!path.isEmpty() && path != QLatin1String("/"))
        return std::nullopt; // https://api.security.microsoft.com/proxy/... is someone else's
    for (const ApiHost& host : known())
        if (QUrl(host.url).host().compare(parsed.host(), Qt::CaseInsensitive) == 0)
            return host;
    return std::nullopt;
}

QString ApiHosts::scopeFor(const QString& serviceUrl)
{
    const std::optional<ApiHost> host = find(serviceUrl);
    return (host ? host->resource : kCommercialResource) + QStringLiteral("/.default");
}

QString ApiHosts::loginFor(const QString& serviceUrl)
{
    const std::optional<ApiHost> host = find(serviceUrl);
    return host ? host->loginUrl : QString();
}

QString ApiHosts::normalized(const QString& urlOrHost)
{
    const QString text = urlOrHost.trimmed();
    if (text.isEmpty() || text.contains(QStringLiteral("://")))
        return text;
    return QStringLiteral("https://") + text;
}

} // namespace indicia
