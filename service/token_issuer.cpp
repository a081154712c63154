#include "service/token_issuer.h"

#include "service/service_database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace indicia::service {

namespace {

QByteArray digest(const QByteArray& token) { return QCryptographicHash::hash(token, QCryptographicHash::Sha256); }

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

TokenIssuer::TokenIssuer(QSqlDatabase db, int lifetimeSeconds) : db_(std::move(db)), lifetimeSeconds_(lifetimeSeconds) {}

IssuedToken TokenIssuer::issue(const QString& clientId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    purgeExpired(now);
    const QByteArray token = randomToken();
    execBound(db_, QStringLiteral("INSERT INTO tokens (token_hash, client_id, expires_ms) VALUES (?, ?, ?)"),
              {digest(token), clientId, now + qint64(lifetimeSeconds_) * 1000});
    return {token, lifetimeSeconds_};
}

std::optional<QString> TokenIssuer::resolve(const QByteArray& accessToken) const
{
    if (accessToken.isEmpty())
        return std::nullopt;
    QSqlQuery query = execBound(db_, QStringLiteral("SELECT client_id, expires_ms FROM tokens WHERE token_hash = ?"),
                                {digest(accessToken)});
    if (!query.next() || query.value(1).toLongLong() <= QDateTime::currentMSecsSinceEpoch())
        return std::nullopt;
    return query.value(0).toString();
}

void TokenIssuer::purgeExpired(qint64 nowMs)
{
    execBound(db_, QStringLiteral("DELETE FROM tokens WHERE expires_ms <= ?"), {nowMs});
}

} // namespace indicia::service
