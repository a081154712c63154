#pragma once
// Opaque bearer tokens for the client-credentials flow (indicators-api.md 1.2): 32 random
// bytes, base64url, with an expiry. Only their SHA-256 is stored (in the tenant database,
// so a restart of the service does not sign every client out).

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace indicia::service {

struct IssuedToken {
    QByteArray accessToken;
    int expiresIn = 0; // seconds
};

class TokenIssuer {
public:
    TokenIssuer(QSqlDatabase db, int lifetimeSeconds);

    IssuedToken issue(const QString& clientId);
    // The client id the token was issued to, if it is known and not expired.
    std::optional<QString> resolve(const QByteArray& accessToken) const;

private:
    void purgeExpired(qint64 nowMs);
    QSqlDatabase db_;
    int lifetimeSeconds_;
};

} // namespace indicia::service
