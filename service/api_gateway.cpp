#include "service/api_gateway.h"

#include <QThread>

namespace indicia::service {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    default: return QStringLiteral("OTHER");
    }
}

QString ApiCall::baseUrl() const
{
    const QByteArray host = request.value(QByteArrayLiteral("Host"));
    return QStringLiteral("http://") + QString::fromLatin1(host.isEmpty() ? QByteArrayLiteral("localhost") : host);
}

ApiGateway::ApiGateway(const ServiceConfig& config, const ClientRegistry& clients, const TokenIssuer& tokens,
                       RequestLog& log, std::function<void()> beforeEachCall)
    : config_(config), clients_(clients), tokens_(tokens), log_(log), beforeEachCall_(std::move(beforeEachCall)),
      limiter_(config.timeScale, config.importLimit)
{
}

QHttpServerResponse ApiGateway::api(const QHttpServerRequest& request, RateBucket bucket, const Handler& handler)
{
    QElapsedTimer timer;
    timer.start();
    QString clientId;
    garbleNext_ = false;
    ApiReply reply = runApi(request, bucket, handler, clientId);
    if (request.method() == QHttpServerRequest::Method::Get)
        applyReplyVariations(config_.variations, reply); // --vary (tests)
    if (garbleNext_)
        garble(reply);
    return finish(request, reply, clientId, timer);
}

QHttpServerResponse ApiGateway::open(const QHttpServerRequest& request, const std::function<ApiReply()>& handler)
{
    QElapsedTimer timer;
    timer.start();
    if (request.body().size() > config_.maxBodyBytes)
        return finish(request, ApiReply::error(Status::PayloadTooLarge, QLatin1String(errc::kPayloadTooLarge),
                                               tr("The request body is larger than %1 bytes.").arg(config_.maxBodyBytes)),
                      {}, timer);
    return finish(request, guarded(handler), {}, timer);
}

QHttpServerResponse ApiGateway::unrouted(const QHttpServerRequest& request, const ApiReply& reply)
{
    QElapsedTimer timer;
    timer.start();
    const ClientAccount* client = authenticate(request);
    return finish(request, reply, client ? client->id : QString(), timer);
}

ApiReply ApiGateway::runApi(const QHttpServerRequest& request, RateBucket bucket, const Handler& handler, QString& clientId)
{
    if (request.body().size() > config_.maxBodyBytes)
        return ApiReply::error(Status::PayloadTooLarge, QLatin1String(errc::kPayloadTooLarge),
                               tr("The request body is larger than %1 bytes.").arg(config_.maxBodyBytes));
    const ClientAccount* client = authenticate(request);
    if (!client) {
        ApiReply reply = ApiReply::error(Status::Unauthorized, QLatin1String(errc::kUnauthorized),
                                         tr("A valid, unexpired bearer token is required."));
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return reply;
    }
    clientId = client->id;
    if (config_.rateLimit) {
        const RateDecision decision = limiter_.admit(client->id, bucket);
        if (!decision.allowed) {
            ApiReply reply = ApiReply::error(Status::TooManyRequests, QLatin1String(errc::kTooManyRequests),
                                             tr("Rate limit exceeded; retry after %n second(s).", nullptr, decision.retryAfterSeconds));
            reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(decision.retryAfterSeconds)});
            return reply;
        }
    }
    if (std::optional<ApiReply> fault = failFirst())
        return *fault;
    return guarded([&] {
        beforeEachCall_();
        ApiCall call{request, *client, AccessPolicy(*client)};
        return handler(call);
    });
}

const ClientAccount* ApiGateway::authenticate(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (!header.left(scheme.size()).toLower().startsWith(scheme))
        return nullptr;
    const std::optional<QString> clientId = tokens_.resolve(header.mid(scheme.size()).trimmed());
    // A client removed from the configuration loses its tokens with it.
    return clientId ? clients_.find(*clientId) : nullptr;
}

std::optional<ApiReply> ApiGateway::failFirst()
{
    const FaultInjection& faults = config_.faults;
    ++calls_;
    if (faults.delayMs > 0)
        QThread::msleep(static_cast<unsigned long>(faults.delayMs)); // blocks the (single-threaded) service, like a stall
    if (faults.failEvery > 0 && calls_ % quint64(faults.failEvery) == 0)
        return ApiReply::error(Status::InternalServerError, QLatin1String(errc::kInternalServerError),
                               tr("Injected failure (--fail-every %1).").arg(faults.failEvery));
    garbleNext_ = faults.malformedEvery > 0 && calls_ % quint64(faults.malformedEvery) == 0;
    return std::nullopt;
}

void ApiGateway::garble(ApiReply& reply) const
{
    // The work is done and committed; only the answer is lost, as when a proxy cuts a reply.
    if (!reply.body.isEmpty())
        reply.body.truncate(reply.body.size() / 2);
}

ApiReply ApiGateway::guarded(const std::function<ApiReply()>& work)
{
    try {
        return work();
    } catch (const std::exception& error) {
        qWarning("indicia-tenant: internal error: %s", error.what());
    }
    return ApiReply::error(Status::InternalServerError, QLatin1String(errc::kInternalServerError),
                           tr("The service failed to handle the request; retry later."));
}

QHttpServerResponse ApiGateway::finish(const QHttpServerRequest& request, const ApiReply& reply, const QString& clientId,
                                       const QElapsedTimer& timer)
{
    log_.write({methodName(request.method()), RequestLog::target(request.url()), static_cast<int>(reply.status), clientId,
                reply.errorCode, timer.elapsed(), request.body().size(), reply.body.size()});
    return reply.toResponse();
}

} // namespace indicia::service
