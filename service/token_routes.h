#pragma once
// POST /{tenant}/oauth2/v2.0/token: the OAuth2 client-credentials grant as Entra ID answers
// it (indicators-api.md 1.2): form fields grant_type, client_id, client_secret and scope;
// {"token_type":"Bearer","expires_in":3599,"access_token":...}; OAuth2 error bodies
// (invalid_request, unsupported_grant_type, invalid_scope, invalid_client).

#include "service/api_gateway.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace indicia::service {

class TokenRoutes {
    Q_DECLARE_TR_FUNCTIONS(TokenRoutes)
public:
    TokenRoutes(ApiGateway& gateway, const ClientRegistry& clients, TokenIssuer& tokens, const ServiceConfig& config);
    void registerOn(QHttpServer& server);

private:
    ApiReply token(const QHttpServerRequest& request, const QString& tenant);

    ApiGateway& gateway_;
    const ClientRegistry& clients_;
    TokenIssuer& tokens_;
    const ServiceConfig& config_;
};

} // namespace indicia::service
