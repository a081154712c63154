#include "service/token_routes.h"

#include <QDateTime>
#include <QUrlQuery>
#include <QUuid>

namespace indicia::service {

namespace {

using Method = QHttpServerRequest::Method;

QString guid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// AAD's error body. The codes and their OAuth2 error names are Entra ID's own
// (learn.microsoft.com/entra/identity-platform/reference-error-codes).
ApiReply aadError(Status status, const char* error, int code, const QString& text)
{
    const QString traceId = guid();
    const QString correlationId = guid();
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z');
    const QString description = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                                    .arg(code).arg(text, traceId, correlationId, timestamp);
    ApiReply reply = ApiReply::oauth({{"error", error},
                                      {"error_description", toStd(description)},
                                      {"error_codes", Json::array({code})},
                                      {"timestamp", toStd(timestamp)},
                                      {"trace_id", toStd(traceId)},
                                      {"correlation_id", toStd(correlationId)},
                                      {"error_uri", "https://login.microsoftonline.com/error?code=" + std::to_string(code)}},
                                     status);
    reply.errorCode = QStringLiteral("AADSTS%1").arg(code);
    return reply;
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

void TokenRoutes::registerOn(ApiRouter& router)
{
    router.add(Method::Post, QStringLiteral("/{}/oauth2/v2.0/token"), [this](const QHttpServerRequest& r, const QStringList& args) {
        return gateway_.open(r, [&] { return token(r, args.constFirst(), Version::V2); });
    });
    router.add(Method::Post, QStringLiteral("/{}/oauth2/token"), [this](const QHttpServerRequest& r, const QStringList& args) {
        return gateway_.open(r, [&] { return token(r, args.constFirst(), Version::V1); });
    });
}

bool TokenRoutes::isDefenderResource(QString resource)
{
    if (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    // indicators-api.md 1.1/1.2: today's host, the older one, the 2019-20 one, the curl
    // example's App ID URI, and the WindowsDefenderATP application id.
    static const QStringList known{QStringLiteral("https://api.security.microsoft.com"),
                                   QStringLiteral("https://api.securitycenter.microsoft.com"),
                                   QStringLiteral("https://api.securitycenter.windows.com"),
                                   QStringLiteral("https://securitycenter.onmicrosoft.com/windowsatpservice"),
                                   QStringLiteral("fc780465-2017-40d4-a0c5-307022471b92")};
    return known.contains(resource, Qt::CaseInsensitive);
}

bool TokenRoutes::isThisService(QString resource, const QHttpServerRequest& request)
{
    // indicia-tenant is itself the resource server: a client whose scope is derived from the
    // API base it was given (OpenCTI's Defender connector sends "<base_url>/.default") asks
    // for this service by the address it reached it at. Only that exact address counts.
    if (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    const QByteArray host = request.value(QByteArrayLiteral("Host"));
    return !host.isEmpty() && resource.compare(QStringLiteral("http://") + QString::fromLatin1(host), Qt::CaseInsensitive) == 0;
}

ApiReply TokenRoutes::token(const QHttpServerRequest& request, const QString& tenant, Version version)
{
    if (!config_.tenant.isEmpty() && tenant.compare(config_.tenant, Qt::CaseInsensitive) != 0)
        return aadError(Status::BadRequest, "invalid_request", 90002,
                        tr("Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into "
                           "the correct cloud.").arg(tenant));
    if (!request.value(QByteArrayLiteral("Content-Type")).toLower().contains("application/x-www-form-urlencoded"))
        return aadError(Status::BadRequest, "invalid_request", 900144,
                        tr("The request body must contain the following parameter: 'grant_type'."));
    const QUrlQuery form = formOf(request.body());
    const auto field = [&form](const char* name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    const char* audienceName = version == Version::V2 ? "scope" : "resource";
    for (const char* required : {"grant_type", "client_id", audienceName}) {
        if (field(required).isEmpty())
            return aadError(Status::BadRequest, "invalid_request", 900144,
                            tr("The request body must contain the following parameter: '%1'.").arg(QLatin1String(required)));
    }
    if (field("grant_type") != QStringLiteral("client_credentials"))
        return aadError(Status::BadRequest, "unsupported_grant_type", 70003,
                        tr("The app requested an unsupported grant type '%1'.").arg(field("grant_type")));
    const QString audience = field(audienceName);
    QString resource = audience;
    if (version == Version::V2) {
        // v2 takes "<resource>/.default" for the client-credentials grant, nothing else.
        if (!audience.endsWith(QStringLiteral("/.default")))
            return aadError(Status::BadRequest, "invalid_scope", 70011,
                            tr("The provided value for the input parameter 'scope' is not valid. The scope %1 is not valid.")
                                .arg(audience));
        resource = audience.chopped(int(QStringLiteral("/.default").size()));
    }
    if (!isDefenderResource(resource) && !isThisService(resource, request))
        return version == Version::V2
            ? aadError(Status::BadRequest, "invalid_scope", 70011,
                       tr("The provided value for the input parameter 'scope' is not valid. The scope %1 is not valid.").arg(audience))
            : aadError(Status::BadRequest, "invalid_resource", 500011,
                        tr("The resource principal named %1 was not found in the tenant named %2. This can happen if the "
                           "application has not been installed by the administrator of the tenant.").arg(resource, tenant));
    const QString clientId = field("client_id");
    if (!clients_.find(clientId))
        return aadError(Status::BadRequest, "unauthorized_client", 700016,
                        tr("Application with identifier '%1' was not found in the directory '%2'.").arg(clientId, tenant));
    if (field("client_secret").isEmpty())
        return aadError(Status::Unauthorized, "invalid_client", 7000218,
                        tr("The request body must contain the following parameter: 'client_assertion' or 'client_secret'."));
    const ClientAccount* client = clients_.authenticate(clientId, field("client_secret").toUtf8());
    if (!client)
        return aadError(Status::Unauthorized, "invalid_client", 7000215,
                        tr("Invalid client secret provided. Ensure the secret being sent in the request is the client "
                           "secret value, not the client secret ID, for a secret added to app '%1'.").arg(clientId));
    const IssuedToken issued = tokens_.issue(client->id);
    if (version == Version::V2)
        return ApiReply::oauth({{"token_type", "Bearer"},
                                {"expires_in", issued.expiresIn},
                                {"ext_expires_in", issued.expiresIn},
                                {"access_token", issued.accessToken.toStdString()}});
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto text = [](qint64 n) { return std::to_string(n); };
    return ApiReply::oauth({{"token_type", "Bearer"},
                            {"expires_in", text(issued.expiresIn)},
                            {"ext_expires_in", text(issued.expiresIn)},
                            {"expires_on", text(now + issued.expiresIn)},
                            {"not_before", text(now)},
                            {"resource", toStd(audience)},
                            {"access_token", issued.accessToken.toStdString()}});
}

} // namespace indicia::service
