#include "service/token_routes.h"

#include <QUrlQuery>
#include <QUuid>

namespace indicia::service {

namespace {

ApiReply oauthError(Status status, const char* error, const QString& description)
{
    return ApiReply::oauth({{"error", error},
                            {"error_description", toStd(description)},
                            {"correlation_id", toStd(QUuid::createUuid().toString(QUuid::WithoutBraces))}},
                           status);
}

// application/x-www-form-urlencoded, where '+' is a space.
QUrlQuery formOf(const QByteArray& body)
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded));
}

} // namespace

TokenRoutes::TokenRoutes(ApiGateway& gateway, const ClientRegistry& clients, TokenIssuer& tokens, const ServiceConfig& config)
    : gateway_(gateway), clients_(clients), tokens_(tokens), config_(config)
{
}

void TokenRoutes::registerOn(QHttpServer& server)
{
    server.route(QStringLiteral("/<arg>/oauth2/v2.0/token"), QHttpServerRequest::Method::Post,
                 [this](const QString& tenant, const QHttpServerRequest& r) {
                     return gateway_.open(r, [&] { return token(r, tenant); });
                 });
}

ApiReply TokenRoutes::token(const QHttpServerRequest& request, const QString& tenant)
{
    if (!config_.tenant.isEmpty() && tenant != config_.tenant)
        return oauthError(Status::BadRequest, "invalid_request", tr("Tenant '%1' not found.").arg(tenant));
    if (!request.value(QByteArrayLiteral("Content-Type")).toLower().contains("application/x-www-form-urlencoded"))
        return oauthError(Status::BadRequest, "invalid_request",
                          tr("The request body must be application/x-www-form-urlencoded."));
    const QUrlQuery form = formOf(request.body());
    const auto field = [&form](const char* name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    if (field("grant_type") != QStringLiteral("client_credentials"))
        return oauthError(Status::BadRequest, "unsupported_grant_type", tr("Only grant_type=client_credentials is supported."));
    if (field("client_id").isEmpty() || field("client_secret").isEmpty())
        return oauthError(Status::BadRequest, "invalid_request", tr("client_id and client_secret are required."));
    // Any resource's "/.default" scope is accepted: the docs name three of them (1.2).
    if (!field("scope").endsWith(QStringLiteral("/.default")))
        return oauthError(Status::BadRequest, "invalid_scope", tr("The scope must be a resource's /.default scope."));
    const ClientAccount* client = clients_.authenticate(field("client_id"), field("client_secret").toUtf8());
    if (!client)
        return oauthError(Status::Unauthorized, "invalid_client", tr("Invalid client id or secret."));
    const IssuedToken issued = tokens_.issue(client->id);
    return ApiReply::oauth({{"token_type", "Bearer"},
                            {"expires_in", issued.expiresIn},
                            {"ext_expires_in", issued.expiresIn},
                            {"access_token", issued.accessToken.toStdString()}});
}

} // namespace indicia::service
