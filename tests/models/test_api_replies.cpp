// What the sync client makes of odd service answers (models/sync/reply_reading), and the
// client's transport rules: plain HTTP only to loopback, no redirect that would carry the
// secret or a token elsewhere. Regressions from fuzz_api_json: a non-string error code,
// a non-boolean isFailed and an expires_in beyond int used to throw or overflow.
//
// The "service" is a QTcpServer on 127.0.0.1 answering canned HTTP; an application HTTP
// proxy, also on 127.0.0.1, catches any request meant for another host (Qt sends loopback
// requests directly), so nothing ever leaves the machine and every attempt is seen.

#include "models/sync/api_client.h"
#include "models/sync/reply_reading.h"

#include "canned_server.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace indicia;
using nlohmann::json;

namespace {

ApiResult call(ApiClient& client, ApiRequest request)
{
    ApiResult out;
    bool done = false;
    client.send(std::move(request), [&](const ApiResult& result) {
        out = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        out.error = QStringLiteral("no answer from the client within 20 s");
    return out;
}

ConnectionSettings loopback(quint16 port)
{
    ConnectionSettings settings;
    settings.serviceUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    settings.tenant = QStringLiteral("contoso");
    settings.clientId = QStringLiteral("client");
    return settings;
}

const QByteArray kSecret = "s3cret-VALUE-never-elsewhere";
const QByteArray kToken = "tok-ABCDEF-0123456789";

} // namespace

class TestApiReplies : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        catcher_.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&catcher_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = catcher_.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { caught_ += socket->readAll(); });
                ++caughtConnections_;
            }
        });
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), catcher_.serverPort()));
    }

    void init()
    {
        caught_.clear();
        caughtConnections_ = 0;
    }

    void oddlyTypedDocumentsAreReadNotThrown()
    {
        // Each of these threw nlohmann::json::type_error (or overflowed) before.
        const reply::ServiceError error = reply::readServiceError(json::parse(R"({"error":{"code":5,"message":["a"]}})"));
        QVERIFY(error.code.isEmpty());
        QVERIFY(error.message.isEmpty());
        QCOMPARE(reply::readServiceError(json::parse(R"({"error":{"code":"BadRequest","message":"m"}})")).code,
                 QStringLiteral("BadRequest"));
        QCOMPARE(reply::readServiceError(json::parse(R"({"error":"x"})")).code, QString());

        const auto items = reply::readImportResults(
            json::parse(R"({"value":[{"id":"1","isFailed":"no"},{"id":"2","isFailed":false},{"id":3,"isFailed":false},7]})"), 5);
        QCOMPARE(items.size(), std::size_t(5));
        QVERIFY(items[0].failed); // a non-boolean isFailed is no success
        QVERIFY(!items[1].failed);
        QCOMPARE(items[1].serverId, std::string("2"));
        QVERIFY(items[2].failed); // numeric id
        QVERIFY(items[3].failed);
        QVERIFY(items[4].failed); // missing from the answer

        for (const char* text : {R"({"access_token":"t","expires_in":1e300})", R"({"access_token":"t","expires_in":-1e300})",
                                 R"({"access_token":"t","expires_in":18446744073709551615})"}) {
            const auto token = reply::readToken(json::parse(text));
            QVERIFY2(token.has_value(), text);
            QVERIFY(token->lifetimeMs >= 1000 && token->lifetimeMs <= 366LL * 24 * 3600 * 1000);
        }
        QVERIFY(!reply::readToken(json::parse(R"({"access_token":5})")));
        QVERIFY(!reply::readToken(json::parse(R"(["access_token"])")));
        QCOMPARE(reply::retryAfterSeconds("99999999999999"), 24 * 3600);
        QCOMPARE(reply::retryAfterSeconds("-5"), 1);
        QCOMPARE(reply::retryAfterSeconds("soon"), 1);

        QVERIFY(!reply::parseBody("{\"value\":[").has_value());
        QVERIFY(reply::parseBody(QByteArray()).value().is_null());
        QVERIFY(!reply::readIndicatorPage(json::parse(R"({"value":{}})")));
        const auto page = reply::readIndicatorPage(json::parse(
            R"({"value":[{"id":"1","indicatorValue":"9.9.9.9","indicatorType":"IpAddress","action":"Block","generateAlert":"yes"},)"
            R"({"id":2,"indicatorValue":"x","indicatorType":"WebCategory","action":"Block"}]})"));
        QVERIFY(page);
        QCOMPARE(page->entities, std::size_t(2));
        QCOMPARE(page->indicators.size(), std::size_t(1));
        QCOMPARE(page->skipped, std::size_t(1)); // a type this console does not know: left out, counted
        QVERIFY(!page->indicators[0].indicator.generateAlert);
        // An item that is no indicator fails the page, naming what was wrong.
        QString problem;
        QVERIFY(!reply::readIndicatorPage(json::parse(R"({"value":[{"x":1}]})"), &problem));
        QVERIFY2(problem.contains(QStringLiteral("item 1")) && problem.contains(QStringLiteral("id")), qPrintable(problem));
        QVERIFY(!reply::readIndicatorPage(json::parse(R"({"value":[3]})"), &problem));
        QVERIFY2(problem.contains(QStringLiteral("not an object")), qPrintable(problem));
    }

    // End to end through the client: the same answers must end the call with an error (or
    // a result), not terminate the program from inside a Qt slot.
    void clientSurvivesOddAnswers()
    {
        CannedServer server([](const QByteArray& request) {
            if (request.contains("/oauth2/"))
                return http(200, R"({"access_token":")" + kToken + R"(","expires_in":1e300})");
            if (request.startsWith("POST /api/indicators/import"))
                return http(200, R"({"value":[{"id":"1","isFailed":"no"}]})");
            return http(400, R"({"error":{"code":5,"message":{"text":"m"}}})");
        });
        ApiClient client(loopback(server.port()), QString::fromLatin1(kSecret), ApiClientOptions{1000, 5000, 1, 10});
        ApiRequest list;
        list.path = QStringLiteral("/indicators");
        const ApiResult refused = call(client, list);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.errorCode.isEmpty());
        ApiRequest import;
        import.verb = "POST";
        import.path = QStringLiteral("/indicators/import");
        import.body = {{"Indicators", json::array()}};
        import.bucket = ApiBucket::Import;
        const ApiResult imported = call(client, import);
        QVERIFY(imported.ok);
        QVERIFY(reply::readImportResults(imported.body, 1)[0].failed);
        QCOMPARE(caughtConnections_, 0);
    }

    void plainHttpToAnotherHostIsRefusedBeforeSending()
    {
        for (const char* url : {"http://indicia-remote.invalid", "http://127.0.0.1.indicia.invalid", "http://localhost.indicia.invalid",
                                "http://[::ffff:7f00:1].indicia.invalid", "ftp://127.0.0.1", "http://0.0.0.0:8080"}) {
            ConnectionSettings settings = loopback(1);
            settings.serviceUrl = QString::fromLatin1(url);
            QVERIFY2(!UrlPolicy::check(QUrl(settings.serviceUrl)).isEmpty(), url);
            ApiClient client(settings, QString::fromLatin1(kSecret), ApiClientOptions{1000, 2000, 1, 10});
            ApiRequest request;
            request.path = QStringLiteral("/indicators");
            const ApiResult result = call(client, request);
            QVERIFY2(!result.ok, url);
            QVERIFY2(!result.error.isEmpty(), url);
            QCOMPARE(client.requestsSent(), 0);
        }
        // Loopback in every spelling is allowed, https anywhere.
        for (const char* url : {"http://127.0.0.1:1", "http://127.8.9.10", "http://[::1]:1", "http://LOCALHOST:1", "https://api.example"})
            QVERIFY2(UrlPolicy::check(QUrl(QString::fromLatin1(url))).isEmpty(), url);
        // A login endpoint in plain HTTP elsewhere is refused too, even with a loopback API.
        ConnectionSettings settings = loopback(1);
        settings.loginUrl = QStringLiteral("http://login.indicia.invalid");
        ApiClient client(settings, QString::fromLatin1(kSecret), ApiClientOptions{1000, 2000, 1, 10});
        QVERIFY(!call(client, ApiRequest{}).ok);
        QCOMPARE(caughtConnections_, 0);
        QVERIFY(!caught_.contains(kSecret));
    }

    // A loopback service answering with a redirect elsewhere must not get the client to
    // send the secret (token POST) or the bearer token (API call) to that host.
    void redirectsAreNotFollowed()
    {
        for (int status : {301, 302, 307, 308}) {
            for (const bool onToken : {true, false}) {
                CannedServer server([&](const QByteArray& request) {
                    if (request.contains("/oauth2/") && !onToken)
                        return http(200, R"({"access_token":")" + kToken + R"(","expires_in":3599})");
                    return http(status, "{}", "Location: http://collector.indicia.invalid/steal\r\n");
                });
                ApiClient client(loopback(server.port()), QString::fromLatin1(kSecret), ApiClientOptions{1000, 3000, 1, 10});
                ApiRequest request;
                request.verb = "POST";
                request.path = QStringLiteral("/indicators");
                request.body = {{"indicatorValue", "9.9.9.9"}};
                const ApiResult result = call(client, request);
                QVERIFY(!result.ok);
                QVERIFY2(caughtConnections_ == 0, qPrintable(QStringLiteral("followed a %1 redirect").arg(status)));
                QVERIFY(!caught_.contains(kSecret));
                QVERIFY(!caught_.contains(kToken));
            }
        }
    }

private:
    QTcpServer catcher_;
    QByteArray caught_;
    int caughtConnections_ = 0;
};

QTEST_GUILESS_MAIN(TestApiReplies)
#include "test_api_replies.moc"
