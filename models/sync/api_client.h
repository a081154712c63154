#pragma once
// The Indicators API over ONE QNetworkAccessManager: OAuth2 client-credentials token
// (cached in memory, refreshed before it expires), the client-side rate limiter, and
// retries with exponential backoff on 5xx, timeouts, dropped connections and malformed
// JSON. Calls run one at a time, in order: sync is a sequence of steps and the limits are
// per client anyway. Neither the secret nor the token is ever logged or put in an error.

#include "models/sync/connection_settings.h"
#include "models/sync/rate_limiter.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <deque>
#include <functional>

class QNetworkReply;

namespace indicia {

struct ApiClientOptions {
    double rateScale = 1.0;        // see ClientRateLimiter; 1 = documented limits
    int transferTimeoutMs = 30000; // per attempt
    int maxAttempts = 6;           // per call, counting the first
    int backoffMs = 1000;          // first retry delay; doubles each time
};

struct ApiRequest {
    QByteArray verb = "GET";
    QString path; // below /api, e.g. "/indicators/import"
    QUrlQuery query;
    // A next-page link the service gave (@odata.nextLink): used as is instead of path and
    // query. Relative links resolve against the service URL; a link to another scheme,
    // host, port or outside the service's /api is refused (the token goes with it).
    QString link;
    nlohmann::json body; // sent when not null
    ApiBucket bucket = ApiBucket::Standard;
};

struct ApiResult {
    bool ok = false;
    int status = 0;        // last HTTP status (0: no answer)
    nlohmann::json body;   // parsed answer (null for 204)
    QString errorCode;     // the service's error.code, when it gave one
    QString error;         // a sentence for people; empty when ok
    int attempts = 0;
};

class ApiClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const ApiResult&)>;

    ApiClient(ConnectionSettings settings, QString secret, ApiClientOptions options = {},
              QObject* parent = nullptr);

    // Queues a call; `done` runs on this thread when it succeeded or gave up.
    void send(ApiRequest request, Done done);
    // Drops every queued call (their `done` gets "Cancelled") and aborts the one in flight.
    void cancel();
    // Requests a token now (the "Test connection" button).
    void testConnection(Done done);

    // The current access token (empty before the first call or after a failure), for the
    // few readers that talk to the service on their own (the file page's lookup).
    QByteArray accessToken() const { return token_; }

    int requestsSent() const { return requestsSent_; }
    int tooManyRequests() const { return tooManyRequests_; }

signals:
    // Human-readable notes on what the client is doing about trouble (retry, wait).
    void notice(const QString& text);

private:
    struct Pending {
        ApiRequest request;
        Done done;
        int attempts = 0;
        bool tokenOnly = false;
    };

    void pump();
    void startCurrent();
    void requestToken();
    void onTokenReply(QNetworkReply* reply);
    void dispatch();
    void onReply(QNetworkReply* reply);
    void retryLater(const QString& why, qint64 delayMs);
    void finishCurrent(ApiResult result);
    bool tokenFresh() const;
    QString describe(const Pending& call) const;
    QUrl urlOf(const ApiRequest& request, QString* refused) const;

    ConnectionSettings settings_;
    QString secret_;
    ApiClientOptions options_;
    QNetworkAccessManager manager_;
    ClientRateLimiter limiter_;
    std::deque<Pending> queue_;
    bool busy_ = false;
    QPointer<QNetworkReply> inFlight_;
    QByteArray token_;
    QElapsedTimer tokenAge_;
    qint64 tokenLifetimeMs_ = 0;
    int requestsSent_ = 0;
    int tooManyRequests_ = 0;
    quint64 generation_ = 0; // bumped by cancel(): stale timers and replies are ignored
};

} // namespace indicia
