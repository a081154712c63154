// indicia-tenant under attack, over raw HTTP against the real executable:
//  - every write endpoint (POST indicators, DELETE, BatchDelete, import, seed) tried by an
//    analyst outside its groups and by a reader: 403, and the tenant's content unchanged;
//  - SQL injection through $filter strings: 200 with only literal matches, or 400; the
//    database intact afterwards (integrity_check, tables, rows);
//  - oversized bodies 413, deeply nested JSON 400 on every JSON endpoint, the service alive;
//  - a flooding client gets 429 with Retry-After while another client is still served;
//  - no token or secret in the request log or the tenant's files;
//  - no listening on a wildcard address without --allow-remote.

#include "tenant_fixture.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace tenant_test;

namespace {

QString idPath(const Tenant& tenant, const json& entity)
{
    return tenant.api(QStringLiteral("/indicators/")) + QString::fromStdString(entity.value("id", std::string("0")));
}

const char* const kSeed = R"({"machineGroups":[{"id":"11","name":"Servers","rank":1},{"id":"12","name":"Finance","rank":2}],
 "machines":[{"id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","computerDnsName":"web1","osPlatform":"Windows11","rbacGroupName":"Servers","lastSeen":"2026-01-10T10:00:00Z","machineTags":["web"]}]})";

QByteArray allBytesUnder(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestTenantSecurity : public QObject {
    Q_OBJECT
    Tenant tenant_;
    QByteArray admin_, analyst_, reader_;
    json finance_, everywhere_, servers_;

    // What an admin sees: every indicator and machine group, as text.
    std::string snapshot()
    {
        const json list = tenant_.http.get(tenant_.api(QStringLiteral("/indicators")), admin_).parsed();
        const json groups = tenant_.http.get(tenant_.api(QStringLiteral("/machinegroups")), admin_).parsed();
        return list.value("value", json()).dump() + groups.value("value", json()).dump();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(tenant_.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--max-body"), QStringLiteral("1000000"),
                                QStringLiteral("--request-log"), tenant_.dir(QStringLiteral("requests.jsonl"))}),
                 qPrintable(tenant_.error));
        admin_ = tenant_.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        analyst_ = tenant_.token(QStringLiteral("analyst"), QStringLiteral("analyst-secret"));
        reader_ = tenant_.token(QStringLiteral("reader"), QStringLiteral("reader-secret"));
        QVERIFY(!admin_.isEmpty() && !analyst_.isEmpty() && !reader_.isEmpty());
        QCOMPARE(tenant_.http.send("POST", tenant_.api(QStringLiteral("/indicia/seed")), admin_, kSeed).status, 200);
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        finance_ = tenant_.http.post(url, admin_, indicator("30.0.0.1", "IpAddress", "Block", json::array({"Finance"}))).parsed();
        everywhere_ = tenant_.http.post(url, admin_, indicator("30.0.0.2")).parsed();
        servers_ = tenant_.http.post(url, admin_, indicator("30.0.0.3", "IpAddress", "Block", json::array({"Servers"}))).parsed();
        QVERIFY(finance_.contains("id") && everywhere_.contains("id") && servers_.contains("id"));
    }

    void writeEndpointsRefuseScopedAndReaderClients()
    {
        const std::string before = snapshot();
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        struct Attempt {
            const char* what;
            QByteArray verb;
            QString url;
            json body;
        };
        auto item = [](const char* value, json groups) { return indicator(value, "IpAddress", "Block", std::move(groups)); };
        json financeUpdate = item("30.0.0.1", json::array({"Finance"}));
        financeUpdate["title"] = "taken over";
        const std::vector<Attempt> analystAttempts = {
            {"create outside groups", "POST", url, item("30.0.1.1", json::array({"Finance"}))},
            {"create all devices", "POST", url, item("30.0.1.2", json::array())},
            {"create half outside", "POST", url, item("30.0.1.3", json::array({"Servers", "Finance"}))},
            {"update outside groups", "POST", url, financeUpdate},
            {"delete outside groups", "DELETE", idPath(tenant_, finance_), {}},
            {"delete all devices", "DELETE", idPath(tenant_, everywhere_), {}},
            {"batch delete with one outside", "POST", url + QStringLiteral("/BatchDelete"),
             {{"IndicatorIds", json::array({servers_["id"], finance_["id"]})}}},
            {"batch delete all devices (numeric id)", "POST", url + QStringLiteral("/BatchDelete"),
             {{"IndicatorIds", json::array({std::stoll(everywhere_["id"].get<std::string>())})}}},
            {"import with one outside", "POST", url + QStringLiteral("/import"),
             {{"Indicators", json::array({item("30.0.1.4", json::array({"Servers"})), item("30.0.1.5", json::array({"Finance"}))})}}},
            {"seed", "POST", tenant_.api(QStringLiteral("/indicia/seed")), json::parse(kSeed)},
        };
        for (const Attempt& attempt : analystAttempts) {
            const QByteArray body = attempt.body.is_null() ? QByteArray() : QByteArray::fromStdString(attempt.body.dump());
            const Reply reply = tenant_.http.send(attempt.verb, attempt.url, analyst_, body);
            QVERIFY2(reply.status == 403, (std::string("analyst: ") + attempt.what + " -> " + std::to_string(reply.status)).c_str());
        }
        const std::vector<Attempt> readerAttempts = {
            {"create", "POST", url, item("30.0.2.1", json::array())},
            {"create scoped", "POST", url, item("30.0.2.2", json::array({"Servers"}))},
            {"update", "POST", url, financeUpdate},
            {"delete", "DELETE", idPath(tenant_, servers_), {}},
            {"batch delete", "POST", url + QStringLiteral("/BatchDelete"), {{"IndicatorIds", json::array({servers_["id"]})}}},
            {"import", "POST", url + QStringLiteral("/import"), {{"Indicators", json::array({item("30.0.2.3", json::array())})}}},
            {"seed", "POST", tenant_.api(QStringLiteral("/indicia/seed")), json::parse(kSeed)},
        };
        for (const Attempt& attempt : readerAttempts) {
            const QByteArray body = attempt.body.is_null() ? QByteArray() : QByteArray::fromStdString(attempt.body.dump());
            const Reply reply = tenant_.http.send(attempt.verb, attempt.url, reader_, body);
            QVERIFY2(reply.status == 403, (std::string("reader: ") + attempt.what + " -> " + std::to_string(reply.status)).c_str());
            QCOMPARE(reply.errorCode(), std::string("Forbidden"));
        }
        QCOMPARE(snapshot(), before);
        // Without a token, or with a forged one, nothing is even read.
        QCOMPARE(tenant_.http.post(url, {}, item("30.0.3.1", json::array())).status, 401);
        QCOMPARE(tenant_.http.post(url, admin_.left(admin_.size() - 2) + "xx", item("30.0.3.2", json::array())).status, 401);
        QCOMPARE(snapshot(), before);
    }

    void filterInjectionIsOnlyText()
    {
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        json trap = indicator("30.0.4.1");
        trap["title"] = "x'; DROP TABLE indicators; --";
        QCOMPARE(tenant_.http.post(url, admin_, trap).status, 200);
        const std::string before = snapshot();
        const std::size_t total = json::parse(before.substr(0, before.find("][") + 1), nullptr, false).size();
        const char* const attempts[] = {
            "title eq '' or 1 eq 1",
            "title eq 'x' or '1' eq '1'",
            "title eq 'x'' OR ''1''=''1'",
            "title eq 'x''; DROP TABLE indicators; --'",
            "title eq 'a') OR (1=1",
            "title eq 'a'; DELETE FROM indicators; --",
            "title eq 'a' UNION SELECT * FROM tokens",
            "1 eq 1",
            "i.title eq 'x'",
            "title eq \"x\"",
            "title) or (title eq 'x'",
            "indicatorValue eq '30.0.4.1'' --'",
            "(SELECT 1) eq 1",
            "title eq 'x' -- ",
            "title eq 'x' /* */ or 1 eq 1",
            "severity eq 'High'' OR 1=1 --'",
            "expirationTime gt 0 or 1 eq 1",
            "rbacGroupNames eq 'x'') OR 1=1 --'",
            "createdBy eq null or 1",
            "title eq 'x\\' or 1 eq 1 --'",
            "$x eq 1",                // fuzz_odata_filter: a '$' made the lexer loop without end
            "title eq 'a' an$ title eq 'b'",
        };
        for (const char* attempt : attempts) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("$filter"), QString::fromUtf8(attempt));
            const Reply reply = tenant_.http.get(url + QLatin1Char('?') + query.toString(QUrl::FullyEncoded), admin_);
            QVERIFY2(reply.status == 200 || reply.status == 400, (std::string(attempt) + " -> " + std::to_string(reply.status)).c_str());
            if (reply.status == 200) {
                const json value = reply.parsed().value("value", json::array());
                QVERIFY2(value.size() <= 1, attempt); // at most the one literal title match
                QVERIFY2(value.size() < total, attempt);
            } else {
                QCOMPARE(reply.errorCode(), std::string("ODataError"));
            }
        }
        // The literal title is found as text, exactly once.
        QUrlQuery exact;
        exact.addQueryItem(QStringLiteral("$filter"), QStringLiteral("title eq 'x''; DROP TABLE indicators; --'"));
        const json found = tenant_.http.get(url + QLatin1Char('?') + exact.toString(QUrl::FullyEncoded), admin_).parsed();
        QCOMPARE(found.value("value", json::array()).size(), std::size_t(1));
        QCOMPARE(snapshot(), before);
    }

    void oversizedAndDeeplyNestedBodies()
    {
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        const QStringList endpoints{url, url + QStringLiteral("/import"), url + QStringLiteral("/BatchDelete"),
                                    tenant_.api(QStringLiteral("/indicia/seed"))};
        const std::string before = snapshot();
        const QByteArray huge = "{\"Indicators\":[\"" + QByteArray(1200000, 'a') + "\"]}";
        const QByteArray brackets(100000, '[');
        QByteArray objects;
        for (int i = 0; i < 50000; ++i)
            objects += "{\"a\":";
        const QByteArray closed = QByteArray(5000, '[') + QByteArray(5000, ']');
        for (const QString& endpoint : endpoints) {
            QCOMPARE(tenant_.http.send("POST", endpoint, admin_, huge).status, 413);
            for (const QByteArray& body : {brackets, objects, closed}) {
                const Reply reply = tenant_.http.send("POST", endpoint, admin_, body);
                QVERIFY2(reply.status == 400, qPrintable(endpoint + QStringLiteral(" -> %1").arg(reply.status)));
                QCOMPARE(reply.errorCode(), std::string("InvalidRequestBody"));
            }
            // Not JSON at all, and not UTF-8.
            QCOMPARE(tenant_.http.send("POST", endpoint, admin_, QByteArray("{\"x\":\"\xff\xfe\"}")).status, 400);
        }
        // The token endpoint takes a form: a huge one is refused too, and it still works.
        const Reply bigForm = tenant_.http.send("POST", tenant_.base + QStringLiteral("/contoso/oauth2/v2.0/token"), {},
                                                "client_id=" + QByteArray(1200000, 'a'), "application/x-www-form-urlencoded");
        QCOMPARE(bigForm.status, 413);
        QCOMPARE(tenant_.http.get(url, admin_).status, 200);
        QCOMPARE(snapshot(), before);
    }

    void floodingClientIsLimitedOthersServed()
    {
        Tenant tenant;
        QVERIFY2(tenant.start(), qPrintable(tenant.error)); // documented limits: 100 per minute
        const QByteArray admin = tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        const QByteArray reader = tenant.token(QStringLiteral("reader"), QStringLiteral("reader-secret"));
        const QString url = tenant.api(QStringLiteral("/indicators?$top=1"));
        // 150 requests in flight at once from the flooder.
        QNetworkAccessManager flood;
        int done = 0, ok = 0, limited = 0, other = 0;
        bool retryAfterOk = true;
        for (int i = 0; i < 150; ++i) {
            QNetworkRequest request{QUrl(url)};
            request.setRawHeader("Authorization", "Bearer " + admin);
            QNetworkReply* reply = flood.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 200) {
                    ++ok;
                } else if (status == 429) {
                    ++limited;
                    retryAfterOk = retryAfterOk && reply->rawHeader("Retry-After").toInt() >= 1;
                } else {
                    ++other;
                }
                ++done;
                reply->deleteLater();
            });
        }
        // Meanwhile another client is served.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(tenant.http.get(url, reader).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(done, 150, 60000);
        QCOMPARE(other, 0);
        QCOMPARE(ok, 100);
        QCOMPARE(limited, 50);
        QVERIFY(retryAfterOk);
        QCOMPARE(tenant.http.get(url, reader).status, 200);
    }

    void noSecretsInLogsOrFiles()
    {
        // A wrong secret and a token in the query string must not be written either.
        tenant_.tokenRequest(QStringLiteral("admin"), QStringLiteral("wrong-secret-XYZ"));
        tenant_.http.get(tenant_.api(QStringLiteral("/indicators?access_token=")) + QString::fromLatin1(admin_), {});
        tenant_.stop();
        QFile log(tenant_.dir(QStringLiteral("requests.jsonl")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY(logged.contains("/oauth2/"));
        const QByteArray stored = allBytesUnder(tenant_.dataDir());
        QVERIFY(!stored.isEmpty());
        for (const QByteArray& secret : {QByteArray("admin-secret"), QByteArray("analyst-secret"), QByteArray("reader-secret"),
                                         QByteArray("wrong-secret-XYZ"), admin_, analyst_, reader_}) {
            QVERIFY2(!logged.contains(secret), secret.constData());
            QVERIFY2(!stored.contains(secret), secret.constData());
        }
    }

    void databaseIntactAfterAll()
    {
        tenant_.stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(tenant_.dataDir() + QStringLiteral("/tenant.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM indicators")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 4);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM tokens")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 3);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void noWildcardListenWithoutAllowRemote()
    {
        for (const char* listen : {"0.0.0.0:0", "[::]:0", ":::0", "0:0:0:0:0:0:0:0:0"}) {
            QTemporaryDir dir;
            QProcess process;
            process.start(tenantBinary(), {QStringLiteral("--listen"), QLatin1String(listen), QStringLiteral("--data"), dir.path(),
                                           QStringLiteral("--client"), QStringLiteral("a:b:admin")});
            QVERIFY(process.waitForFinished(10000));
            QVERIFY2(process.exitCode() != 0, listen);
            QVERIFY2(!process.readAllStandardOutput().contains("listening on"), listen);
        }
    }
};

QTEST_GUILESS_MAIN(TestTenantSecurity)
#include "test_tenant_security.moc"
