#pragma once
// The OAuth2 client-credentials grant as Entra ID (Azure AD) answers it (indicators-api.md
// 1.2), on both token endpoints real clients use:
//   POST /{tenant}/oauth2/v2.0/token  scope=<resource>/.default (the docs' flow)
//   POST /{tenant}/oauth2/token       resource=<resource> (AAD v1; Microsoft's own Python
//                                     sample for the Defender API uses it)
// Success: v2 {"token_type","expires_in","ext_expires_in","access_token"} with numbers; v1
// adds expires_on, not_before and resource, and writes every number as a string, as AAD v1
// does. Errors have AAD's shape: {"error","error_description":"AADSTSnnnn: ...",
// "error_codes":[n],"timestamp","trace_id","correlation_id","error_uri"}.

#include "service/api_gateway.h"
#include "service/api_router.h"

#include <QCoreApplication>

namespace indicia::service {

class TokenRoutes {
    Q_DECLARE_TR_FUNCTIONS(TokenRoutes)
public:
    TokenRoutes(ApiGateway& gateway, const ClientRegistry& clients, TokenIssuer& tokens, const ServiceConfig& config);
    void registerOn(ApiRouter& router);

    // The resources (audiences) of the Defender for Endpoint API; a trailing '/' is ignored.
    static bool isDefenderResource(QString resource);
    // The address this request reached the service at ("http://host:port"), as a resource.
    static bool isThisService(QString resource, const QHttpServerRequest& request);

private:
    enum class Version { V1, V2 };
    ApiReply token(const QHttpServerRequest& request, const QString& tenant, Version version);

    ApiGateway& gateway_;
    const ClientRegistry& clients_;
    TokenIssuer& tokens_;
    const ServiceConfig& config_;
};

} // namespace indicia::service
