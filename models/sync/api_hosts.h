#pragma once
// The Defender for Endpoint API hosts a connection can point at, each with the sign-in host
// and the token scope it needs (indicators-api.md §1.1-1.2; gov.md for the US Government
// clouds). Any other URL is "custom": indicia-tenant on loopback, or a proxy.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace indicia {

struct ApiHost {
    QString url;      // https://eu.api.security.microsoft.com
    QString label;    // for people: "Europe"
    QString loginUrl; // https://login.microsoftonline.com
    QString resource; // the token's audience; the scope is resource + "/.default"
};

class ApiHosts {
    Q_DECLARE_TR_FUNCTIONS(ApiHosts)
public:
    static const QString kCommercialLogin; // https://login.microsoftonline.com
    static const QString kGovernmentLogin; // https://login.microsoftonline.us
    static const QString kDefaultUrl;      // https://api.security.microsoft.com

    // In the order a settings form offers them; the first is the default.
    static QList<ApiHost> known();
    // The known host `url` names (https only, any path or trailing slash), if any.
    static std::optional<ApiHost> find(const QString& url);
    // The ".default" scope of the resource behind `serviceUrl`. Custom URLs get the
    // commercial one, which indicia-tenant accepts like any "/.default" scope.
    static QString scopeFor(const QString& serviceUrl);
    // The sign-in host a known API host needs; empty for a custom URL (its own token endpoint).
    static QString loginFor(const QString& serviceUrl);
    // A bare host name ("eu.api.security.microsoft.com") becomes https://...; the rest is trimmed.
    static QString normalized(const QString& urlOrHost);
};

} // namespace indicia
