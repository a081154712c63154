#include "models/sync/api_client.h"

#include "models/sync/reply_reading.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace indicia {

namespace {

// The translation context for the free helpers below (lupdate reads it from the macro).
struct ApiClientText {
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

// The service's own words for a refusal ({"error":{"code","message"}}), if it gave them.
void readServiceError(const nlohmann::json& doc, ApiResult& result)
{
    const reply::ServiceError error = reply::readServiceError(doc);
    result.errorCode = error.code;
    if (!error.message.isEmpty())
        result.error = error.message;
}

bool transientStatus(int status) { return status >= 500 || status == 408; }

} // namespace

ApiClient::ApiClient(ConnectionSettings settings, QString secret, ApiClientOptions options, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), secret_(std::move(secret)), options_(options),
      limiter_(options.rateScale)
{
    // No redirect is ever followed: Qt's default follows http->http ones, which would carry
    // the secret (token POST, re-sent on 307/308) or a request to a host UrlPolicy never
    // checked. The service answers directly; a 3xx is reported as the error it is.
    manager_.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void ApiClient::send(ApiRequest request, Done done)
{
    queue_.push_back(Pending{std::move(request), std::move(done), 0, false});
    pump();
}

void ApiClient::testConnection(Done done)
{
    token_.clear(); // a real round trip, not the cached token
    queue_.push_back(Pending{{}, std::move(done), 0, true});
    pump();
}

void ApiClient::cancel()
{
    ++generation_;
    std::deque<Pending> dropped;
    dropped.swap(queue_);
    busy_ = false;
    if (inFlight_) {
        QNetworkReply* reply = inFlight_;
        inFlight_ = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    ApiResult cancelled;
    cancelled.error = ApiClientText::tr("Cancelled.");
    for (Pending& call : dropped)
        call.done(cancelled);
}

void ApiClient::pump()
{
    if (busy_ || queue_.empty())
        return;
    busy_ = true;
    startCurrent();
}

bool ApiClient::tokenFresh() const
{
    if (token_.isEmpty())
        return false;
    // Refresh a fifth of the lifetime (at most five minutes) before it ends.
    const qint64 margin = std::min<qint64>(tokenLifetimeMs_ / 5, 5 * 60 * 1000);
    return tokenAge_.elapsed() < tokenLifetimeMs_ - margin;
}

void ApiClient::startCurrent()
{
    const QString refused = UrlPolicy::check(QUrl(settings_.serviceUrl));
    const QString refusedLogin = settings_.loginUrl.isEmpty() ? QString() : UrlPolicy::check(QUrl(settings_.loginUrl));
    if (!refused.isEmpty() || !refusedLogin.isEmpty()) {
        ApiResult result;
        result.error = refused.isEmpty() ? refusedLogin : refused;
        finishCurrent(result);
        return;
    }
    if (!tokenFresh())
        requestToken();
    else if (queue_.front().tokenOnly)
        finishCurrent(ApiResult{true, 200, {}, {}, {}, 1});
    else
        dispatch();
}

void ApiClient::requestToken()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), settings_.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), secret_);
    form.addQueryItem(QStringLiteral("scope"), settings_.scope);
    QNetworkRequest request(settings_.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(options_.transferTimeoutMs);
    ++queue_.front().attempts;
    inFlight_ = manager_.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    const quint64 generation = generation_;
    QNetworkReply* reply = inFlight_;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation == generation_)
            onTokenReply(reply);
    });
}

void ApiClient::onTokenReply(QNetworkReply* reply)
{
    inFlight_ = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const std::optional<nlohmann::json> body = reply::parseBody(reply->readAll());
    const bool parsed = body.has_value() && !body->is_null(); // an empty answer is no token answer
    const nlohmann::json doc = body.value_or(nlohmann::json());
    if (status == 200) {
        if (const std::optional<reply::Token> token = reply::readToken(doc)) {
            token_ = token->accessToken;
            tokenLifetimeMs_ = token->lifetimeMs;
            tokenAge_.start();
            startCurrent();
            return;
        }
    }
    if (status == 0 || transientStatus(status) || (status == 200 && !parsed)) {
        retryLater(status == 0 ? ApiClientText::tr("Token request failed: %1").arg(reply->errorString())
                               : ApiClientText::tr("Token request answered %1").arg(status),
                   0);
        return;
    }
    ApiResult result;
    result.status = status;
    const std::string description = reply::tokenRefusal(doc);
    result.error = ApiClientText::tr("Sign-in refused (HTTP %1): %2")
                       .arg(status)
                       .arg(description.empty() ? ApiClientText::tr("check the tenant, client id and secret") : QString::fromStdString(description));
    finishCurrent(result);
}

void ApiClient::dispatch()
{
    Pending& call = queue_.front();
    const qint64 wait = limiter_.delayFor(call.request.bucket);
    if (wait > 0) {
        const quint64 generation = generation_;
        // Back through startCurrent(): the token may expire while the call waits for a slot.
        QTimer::singleShot(wait, this, [this, generation] {
            if (generation == generation_ && busy_)
                startCurrent();
        });
        return;
    }
    QString refused;
    const QUrl url = urlOf(call.request, &refused);
    if (url.isEmpty()) {
        ApiResult result;
        result.error = refused;
        finishCurrent(result);
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token_);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(options_.transferTimeoutMs);
    QByteArray body;
    if (!call.request.body.is_null()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = QByteArray::fromStdString(call.request.body.dump());
    }
    limiter_.record(call.request.bucket);
    ++call.attempts;
    ++requestsSent_;
    inFlight_ = manager_.sendCustomRequest(request, call.request.verb, body);
    const quint64 generation = generation_;
    QNetworkReply* reply = inFlight_;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation == generation_)
            onReply(reply);
    });
}

void ApiClient::onReply(QNetworkReply* reply)
{
    inFlight_ = nullptr;
    Pending& call = queue_.front();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray raw = reply->readAll();
    const std::optional<nlohmann::json> body = reply::parseBody(raw);
    const bool parsed = body.has_value();
    const nlohmann::json doc = body.value_or(nlohmann::json());
    if (status == 429) {
        ++tooManyRequests_;
        const int seconds = reply::retryAfterSeconds(reply->rawHeader("Retry-After"));
        limiter_.holdOff(call.request.bucket, qint64(seconds) * 1000);
        emit notice(ApiClientText::tr("The service asked to slow down; waiting %1 s as it said.").arg(seconds));
        --call.attempts; // waiting as told is not a failed attempt
        QTimer::singleShot(0, this, [this, generation = generation_] {
            if (generation == generation_ && busy_)
                dispatch();
        });
        return;
    }
    if (status == 401 && call.attempts < options_.maxAttempts) {
        token_.clear(); // expired or revoked early: one fresh token, then the same call
        startCurrent();
        return;
    }
    if (status == 0 || transientStatus(status) || (status >= 200 && status < 300 && !parsed)) {
        const QString why = status == 0 ? (reply->error() == QNetworkReply::OperationCanceledError
                                               ? ApiClientText::tr("no answer within %1 s").arg(options_.transferTimeoutMs / 1000.0)
                                               : reply->errorString())
                          : !parsed ? ApiClientText::tr("HTTP %1 with a malformed JSON body").arg(status)
                                    : ApiClientText::tr("HTTP %1").arg(status);
        retryLater(why, 0);
        return;
    }
    ApiResult result;
    result.status = status;
    result.body = doc;
    result.attempts = call.attempts;
    result.ok = status >= 200 && status < 300;
    if (!result.ok) {
        readServiceError(doc, result);
        result.error = ApiClientText::tr("%1 %2 refused (HTTP %3%4): %5")
                           .arg(QString::fromLatin1(call.request.verb), call.request.path)
                           .arg(status)
                           .arg(result.errorCode.isEmpty() ? QString() : QStringLiteral(" ") + result.errorCode,
                                result.error.isEmpty() ? ApiClientText::tr("no details") : result.error);
    }
    finishCurrent(result);
}

void ApiClient::retryLater(const QString& why, qint64 /*minimumMs*/)
{
    Pending& call = queue_.front();
    if (call.attempts >= options_.maxAttempts) {
        ApiResult result;
        result.attempts = call.attempts;
        result.error = ApiClientText::tr("%1 failed after %2 attempts: %3").arg(describe(call)).arg(call.attempts).arg(why);
        finishCurrent(result);
        return;
    }
    const qint64 delay = qint64(options_.backoffMs) << std::min(call.attempts - 1, 10);
    emit notice(ApiClientText::tr("%1: %2; retrying in %3 ms.").arg(describe(call), why).arg(delay));
    QTimer::singleShot(delay, this, [this, generation = generation_] {
        if (generation == generation_ && busy_)
            startCurrent();
    });
}

QUrl ApiClient::urlOf(const ApiRequest& request, QString* refused) const
{
    if (request.link.isEmpty()) {
        QUrl url = settings_.apiUrl(request.path);
        url.setQuery(request.query);
        return url;
    }
    const QUrl api = settings_.apiUrl(QStringLiteral("/"));
    const QUrl link = api.resolved(QUrl(request.link));
    const QString apiPath = api.path();
    if (!link.isValid() || link.scheme() != api.scheme() || link.host().compare(api.host(), Qt::CaseInsensitive) != 0
        || link.port(api.scheme() == u"https" ? 443 : 80) != api.port(api.scheme() == u"https" ? 443 : 80)
        || !link.path().startsWith(apiPath, Qt::CaseInsensitive)) {
        *refused = ApiClientText::tr("The service's next-page link leaves the service (%1 is not below %2); not followed.")
                       .arg(link.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), api.toString());
        return {};
    }
    return link;
}

QString ApiClient::describe(const Pending& call) const
{
    if (call.tokenOnly || token_.isEmpty())
        return ApiClientText::tr("Token request");
    return QString::fromLatin1(call.request.verb) + QLatin1Char(' ') + call.request.path;
}

void ApiClient::finishCurrent(ApiResult result)
{
    Pending call = std::move(queue_.front());
    queue_.pop_front();
    busy_ = false;
    if (result.attempts == 0)
        result.attempts = call.attempts;
    call.done(result);
    // Next call from the event loop, so `done` may queue more without recursion.
    QTimer::singleShot(0, this, [this] { pump(); });
}

} // namespace indicia
