// Load: 50 concurrent clients, each with its own token and its own connection pool, list and
// import against one real indicia-tenant on loopback for a fixed time. The only refusals
// allowed are 429 TooManyRequests carrying Retry-After (clients wait as told, like the
// console does); requests per second and the 429 count are printed.
//
// INDICIA_LOAD_SECONDS (default 5; docs/RELIABILITY.md used 60) sets the duration and
// INDICIA_LOAD_TIME_SCALE (default 1: the documented limits) the tenant's --time-scale.
// Over a minute each client asks more than its 30 imports, so the 429 path is exercised
// under load too; a few seconds (CI) check throughput and that nothing else fails.

#include "tenant_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <map>

using namespace tenant_test;

namespace {

constexpr int kClients = 50;

struct Counters {
    std::map<int, int> byStatus;
    int missingRetryAfter = 0;
    int importedRows = 0;
    int failedItems = 0;
};

class LoadClient : public QObject {
public:
    LoadClient(int n, const Tenant& tenant, Counters& counters, qint64 deadlineMs, const QElapsedTimer& clock)
        : n_(n), tenant_(tenant), counters_(counters), deadline_(deadlineMs), clock_(clock)
    {
    }

    void start(const QByteArray& token)
    {
        token_ = token;
        next();
    }
    bool finished() const { return finished_; }

private:
    // Lists and imports have separate limits: while one waits out its Retry-After the client
    // goes on with the other, as the console's client does.
    void next()
    {
        const qint64 now = clock_.elapsed();
        if (now >= deadline_) {
            finished_ = true;
            return;
        }
        const bool listOpen = now >= listAllowedAt_, importOpen = now >= importAllowedAt_;
        if (!listOpen && !importOpen) {
            const qint64 wake = std::min(listAllowedAt_, importAllowedAt_);
            if (wake >= deadline_) {
                finished_ = true;
                return;
            }
            QTimer::singleShot(int(wake - now), this, [this] { next(); });
            return;
        }
        const bool import = importOpen && (!listOpen || step_ % 3 == 2); // two lists, one import of 10 rows
        ++step_;
        QNetworkRequest request;
        request.setRawHeader("Authorization", "Bearer " + token_);
        QNetworkReply* reply = nullptr;
        if (import) {
            json items = json::array();
            for (int i = 0; i < 10; ++i) {
                json item = indicator(publicIp(n_ * 300000 + sent_++ % 300000), "IpAddress", "Audit");
                item["generateAlert"] = true; // Audit without an alert is refused
                items.push_back(item);
            }
            request.setUrl(QUrl(tenant_.api(QStringLiteral("/indicators/import"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            reply = manager_.post(request, QByteArray::fromStdString(json{{"Indicators", items}}.dump()));
        } else {
            request.setUrl(QUrl(tenant_.api(QStringLiteral("/indicators?$top=50&$skip=%1").arg((step_ * 37) % 500))));
            reply = manager_.get(request);
        }
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, import] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++counters_.byStatus[status];
            if (status == 429) {
                const int seconds = reply->rawHeader("Retry-After").toInt();
                if (seconds < 1)
                    ++counters_.missingRetryAfter;
                (import ? importAllowedAt_ : listAllowedAt_) = clock_.elapsed() + std::max(1, seconds) * 1000;
            } else if (status == 200 && import) {
                const json doc = json::parse(reply->readAll().toStdString(), nullptr, false);
                for (const json& item : doc.value("value", json::array()))
                    ++(item.value("isFailed", true) ? counters_.failedItems : counters_.importedRows);
            }
            next();
        });
    }

    int n_;
    const Tenant& tenant_;
    Counters& counters_;
    qint64 deadline_;
    const QElapsedTimer& clock_;
    QNetworkAccessManager manager_;
    QByteArray token_;
    int step_ = 0;
    qint64 listAllowedAt_ = 0;
    qint64 importAllowedAt_ = 0;
    int sent_ = 0;
    bool finished_ = false;
};

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestTenantLoad : public QObject {
    Q_OBJECT
private slots:
    void fiftyClientsListAndImport()
    {
        const int seconds = envInt("INDICIA_LOAD_SECONDS", 5);
        const int timeScale = envInt("INDICIA_LOAD_TIME_SCALE", 1);
        Tenant tenant;
        json clients = json::array();
        for (int i = 0; i < kClients; ++i)
            clients.push_back({{"id", "load" + std::to_string(i)}, {"secret", "load-secret-" + std::to_string(i)}, {"role", "admin"}});
        QFile file(tenant.dir(QStringLiteral("clients.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(clients.dump()));
        file.close();
        QVERIFY2(tenant.start({QStringLiteral("--clients"), file.fileName(), QStringLiteral("--quota"), QStringLiteral("100000000"),
                               QStringLiteral("--time-scale"), QString::number(timeScale)}),
                 qPrintable(tenant.error));
        std::vector<QByteArray> tokens;
        for (int i = 0; i < kClients; ++i) {
            tokens.push_back(tenant.token(QStringLiteral("load%1").arg(i), QStringLiteral("load-secret-%1").arg(i)));
            QVERIFY(!tokens.back().isEmpty());
        }
        Counters counters;
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<LoadClient>> load;
        for (int i = 0; i < kClients; ++i) {
            load.push_back(std::make_unique<LoadClient>(i, tenant, counters, qint64(seconds) * 1000, clock));
            load.back()->start(tokens[std::size_t(i)]);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(load.begin(), load.end(), [](const auto& c) { return c->finished(); }),
                                 (seconds + 60) * 1000);
        const double elapsed = double(clock.elapsed()) / 1000.0;
        int total = 0;
        QString statuses;
        for (const auto& [status, count] : counters.byStatus) {
            total += count;
            statuses += QStringLiteral(" %1:%2").arg(status).arg(count);
        }
        qInfo().noquote() << QStringLiteral("load: %1 clients, %2 s, time scale %3: %4 requests, %5 req/s (answered 200 or 429),"
                                            " statuses%6, imported rows %7, failed items %8")
                                 .arg(kClients)
                                 .arg(elapsed, 0, 'f', 1)
                                 .arg(timeScale)
                                 .arg(total)
                                 .arg(double(total) / elapsed, 0, 'f', 0)
                                 .arg(statuses)
                                 .arg(counters.importedRows)
                                 .arg(counters.failedItems);
        QVERIFY(counters.byStatus[200] > kClients);
        for (const auto& [status, count] : counters.byStatus)
            QVERIFY2(status == 200 || status == 429, qPrintable(QStringLiteral("%1 answers with status %2").arg(count).arg(status)));
        QCOMPARE(counters.missingRetryAfter, 0);
        QCOMPARE(counters.failedItems, 0);
        // Still serving after the load (a client that took no part: the others may be held off).
        const QByteArray admin = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        const Reply list = tenant.http.get(tenant.api(QStringLiteral("/indicators?$top=1&$filter=action eq 'Audit'")), admin);
        QCOMPARE(list.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTenantLoad)
#include "test_tenant_load.moc"
