#pragma once
// Where the workspace syncs to: service URL, tenant and client id, kept in the workspace's
// settings table. The client secret is never part of it (see secret_store.h).

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace indicia {

class WorkspaceStore;

struct ConnectionSettings {
    QString serviceUrl; // API base, e.g. https://api.security.microsoft.com
    QString tenant;     // directory (tenant) id or name; also the token path's segment
    QString clientId;
    // Empty: the token endpoint is served by the service itself ({base}/{tenant}/oauth2/...),
    // as indicia-tenant does. The real service: https://login.microsoftonline.com (or .us for
    // GCC High and DoD; see ApiHosts).
    QString loginUrl;
    // The API resource's ".default" scope: follows serviceUrl (ApiHosts::scopeFor), set by
    // forService() and load(); not stored.
    QString scope = QStringLiteral("https://api.securitycenter.microsoft.com/.default");

    // Settings for `serviceUrl` (a URL or a bare host name): its scope and, for a known
    // Microsoft host, its sign-in host. `loginUrl` non-empty overrides the latter.
    static ConnectionSettings forService(const QString& serviceUrl, const QString& loginUrl = {});

    QUrl tokenUrl() const;
    QUrl apiUrl(const QString& path) const;
    // The keychain entry's key: one secret per (service, tenant, client).
    QString secretKey() const;
    bool isComplete() const { return !serviceUrl.isEmpty() && !clientId.isEmpty(); }

    static ConnectionSettings load(const WorkspaceStore& store);
    bool save(WorkspaceStore& store) const;
};

// Plain HTTP only to loopback (127.0.0.0/8, ::1, localhost): a token or secret sent in
// clear to anything else is refused. Returns an empty string when `url` is acceptable.
class UrlPolicy {
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)
public:
    static QString check(const QUrl& url);
    static bool isLoopback(const QString& host);
};

} // namespace indicia
