#pragma once
// What every request goes through, in this order: body size (413), bearer token (401),
// rate limit (429 + Retry-After), fault injection, the expiry sweep, the handler, the
// request log. Handlers only see an authenticated ApiCall and return an ApiReply; any
// exception they throw becomes a 500 InternalServerError, which clients retry.

#include "service/access_policy.h"
#include "service/api_reply.h"
#include "service/client_registry.h"
#include "service/rate_limiter.h"
#include "service/request_log.h"
#include "service/service_config.h"
#include "service/token_issuer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServerRequest>

#include <functional>
#include <optional>

namespace indicia::service {

struct ApiCall {
    const QHttpServerRequest& request;
    const ClientAccount& client;
    AccessPolicy access;
    // "http://host:port" as the client addressed us, for @odata.context and nextLink.
    QString baseUrl() const;
};

class ApiGateway {
    Q_DECLARE_TR_FUNCTIONS(ApiGateway)
public:
    using Handler = std::function<ApiReply(ApiCall&)>;

    ApiGateway(const ServiceConfig& config, const ClientRegistry& clients, const TokenIssuer& tokens,
               RequestLog& log, std::function<void()> beforeEachCall);

    // An authenticated /api request.
    QHttpServerResponse api(const QHttpServerRequest& request, RateBucket bucket, const Handler& handler);
    // A request without a bearer token: the token endpoint.
    QHttpServerResponse open(const QHttpServerRequest& request, const std::function<ApiReply()>& handler);
    // A path no route serves (404) or a method it does not take (405): `reply` as given, logged
    // with the client when the request carries a valid token.
    QHttpServerResponse unrouted(const QHttpServerRequest& request, const ApiReply& reply);

private:
    ApiReply runApi(const QHttpServerRequest& request, RateBucket bucket, const Handler& handler, QString& clientId);
    const ClientAccount* authenticate(const QHttpServerRequest& request) const;
    std::optional<ApiReply> failFirst();
    void garble(ApiReply& reply) const;
    static ApiReply guarded(const std::function<ApiReply()>& work);
    QHttpServerResponse finish(const QHttpServerRequest& request, const ApiReply& reply, const QString& clientId,
                               const QElapsedTimer& timer);

    const ServiceConfig& config_;
    const ClientRegistry& clients_;
    const TokenIssuer& tokens_;
    RequestLog& log_;
    std::function<void()> beforeEachCall_;
    RateLimiter limiter_;
    quint64 calls_ = 0;       // authenticated API calls admitted, for fault injection
    bool garbleNext_ = false; // this call was picked for --malformed-every
};

QString methodName(QHttpServerRequest::Method method);

} // namespace indicia::service
