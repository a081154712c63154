// Real public clients of the Defender for Endpoint API, replayed against indicia-tenant with
// only their host changed (issue #17, "How this will be checked"). Each test sends the
// requests that client sends, in its order and with its bodies, and reads the replies the
// way that client reads them: a step that would make the client stop (a 404, a missing
// property, a reply it cannot parse) fails here. A second identical run must change nothing.
//
// The clients (read, not copied):
//  - OpenCTI's "Microsoft Defender Intel Synchronizer" stream connector: v2 token with
//    scope = base URL + "/.default"; a preflight (GET /api/indicators?$top=1, an empty
//    import, the device groups from GET /api/exposureScore/ByMachineGroups?$top=1000&$skip=0,
//    each item's rbacGroupId read as an int); the list read by following @odata.nextLink;
//    import batches carrying rbacGroupNames and integer rbacGroupIds, externalId,
//    application and the read-only lastUpdateTime; BatchDelete of string ids.
//  - Microsoft's own samples on the API pages (PowerShell and Python): a v1 token
//    (POST /{tenant}/oauth2/token with resource=...), a submit, the documented
//    $filter=action+eq+'AlertAndBlock', a delete by id.
//  - Importer scripts that check "already in Defender" with GET /api/indicators/ (trailing
//    slash) and $filter=indicatorValue eq '...' before importing only what is missing.

#include "tenant_fixture.h"

#include <QFile>
#include <QtTest>

#include <map>
#include <set>

using namespace tenant_test;

namespace {

const json kSeed = json::parse(R"({
  "machineGroups": [{"id": "101", "name": "Servers", "rank": 1}, {"id": "102", "name": "Laptops", "rank": 2},
                    {"id": "103", "name": "Finance", "rank": 3}],
  "machines": [{"id": "1111111111111111111111111111111111111111", "computerDnsName": "srv1", "osPlatform": "Windows11",
                "rbacGroupName": "Servers"},
               {"id": "2222222222222222222222222222222222222222", "computerDnsName": "lap1", "osPlatform": "Windows10",
                "rbacGroupName": "Laptops"}]
})");

QByteArray form(const std::map<QString, QString>& fields)
{
    QUrlQuery query;
    for (const auto& [key, value] : fields)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return query.toString(QUrl::FullyEncoded).toUtf8();
}

QString withQuery(const QString& url, const std::map<QString, QString>& params)
{
    QUrlQuery query;
    for (const auto& [key, value] : params)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return url + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

// The connector's payload for one observable (its _build_request_body).
json openCtiBody(const std::string& value, const std::vector<std::string>& names, const std::vector<int>& ids)
{
    json body{{"indicatorType", "IpAddress"},
              {"indicatorValue", value},
              {"application", "OpenCTI Microsoft Defender Intel Synchronizer"},
              {"action", "Block"},
              {"title", "Indicator " + value},
              {"description", "From OpenCTI"},
              {"externalId", "ipv4-addr--" + value},
              {"lastUpdateTime", "2026-11-30T10:00:00.000Z"},
              {"expirationTime", "2027-03-01T00:00:00Z"},
              {"severity", "High"},
              {"generateAlert", true}};
    if (!ids.empty()) {
        body["rbacGroupNames"] = names;
        body["rbacGroupIds"] = ids;
    }
    return body;
}

} // namespace

class TestPublicClients : public QObject {
    Q_OBJECT
    Tenant tenant_;

    QString seedFile()
    {
        const QString path = tenant_.dir(QStringLiteral("seed.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray::fromStdString(kSeed.dump()));
        return path;
    }

    // The connector's get_indicators: the first page, then every @odata.nextLink.
    std::vector<json> listFollowingLinks(const QByteArray& token)
    {
        std::vector<json> out;
        Reply reply = tenant_.http.get(tenant_.api(QStringLiteral("/indicators")), token);
        for (int pages = 0; pages < 100; ++pages) {
            if (reply.status != 200)
                return out;
            const json doc = reply.parsed();
            if (!doc.is_object() || !doc.contains("value") || !doc["value"].is_array())
                return out;
            for (const json& item : doc["value"])
                out.push_back(item);
            if (!doc.contains("@odata.nextLink") || doc["@odata.nextLink"].is_null())
                break;
            reply = tenant_.http.get(QString::fromStdString(doc["@odata.nextLink"].get<std::string>()), token);
        }
        return out;
    }

    // The connector's fetch_rbac_name_id_map: $top/$skip pages until @odata.count (or a short page).
    std::map<std::string, int> groupIds(const QByteArray& token, int& status)
    {
        std::map<std::string, int> out;
        const int top = 1000;
        for (int skip = 0; skip < 10 * top; skip += top) {
            const Reply reply = tenant_.http.get(
                withQuery(tenant_.api(QStringLiteral("/exposureScore/ByMachineGroups")),
                          {{QStringLiteral("$top"), QString::number(top)}, {QStringLiteral("$skip"), QString::number(skip)}}),
                token);
            status = reply.status;
            if (reply.status != 200)
                return out;
            const json doc = reply.parsed();
            const json items = doc.value("value", json::array());
            for (const json& group : items) {
                const json& id = group.at("rbacGroupId");
                out[group.at("rbacGroupName").get<std::string>()] = id.is_string() ? std::stoi(id.get<std::string>()) : id.get<int>();
            }
            if (doc.contains("@odata.count") ? skip + top >= doc["@odata.count"].get<int>() : int(items.size()) < top)
                break;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(tenant_.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--seed"), seedFile(),
                                QStringLiteral("--page-size"), QStringLiteral("7")}),
                 qPrintable(tenant_.error));
    }

    void openCtiConnectorRunsTwiceToTheSameState()
    {
        // Token: v2 endpoint, scope = the configured base URL + "/.default".
        const Reply token = tenant_.http.send(
            "POST", tenant_.base + QStringLiteral("/contoso/oauth2/v2.0/token"), {},
            form({{QStringLiteral("client_id"), QStringLiteral("admin")},
                  {QStringLiteral("client_secret"), QStringLiteral("admin-secret")},
                  {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                  {QStringLiteral("scope"), tenant_.base + QStringLiteral("/.default")}}),
            "application/x-www-form-urlencoded");
        QCOMPARE(token.status, 200);
        const json tokenDoc = token.parsed();
        QVERIFY(tokenDoc.contains("expires_in"));
        const QByteArray bearer = QByteArray::fromStdString(tokenDoc.value("access_token", ""));
        QVERIFY(!bearer.isEmpty());

        // Preflight 1: read access.
        QCOMPARE(tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")), {{QStringLiteral("$top"), QStringLiteral("1")}}),
                                  bearer).status,
                 200);
        // Preflight 2: an empty import proves write access (200, or 400 for the empty body).
        const Reply empty = tenant_.http.post(tenant_.api(QStringLiteral("/indicators/import")), bearer, json{{"Indicators", json::array()}});
        QVERIFY2(empty.status == 200 || empty.status == 400, empty.body.constData());
        // Preflight 3: device group names to ids; the connector refuses to start without it.
        int status = 0;
        const std::map<std::string, int> ids = groupIds(bearer, status);
        QCOMPARE(status, 200);
        QCOMPARE(ids.size(), std::size_t(3));
        QVERIFY(ids.count("Servers") && ids.count("Finance"));

        const auto run = [&] {
            std::vector<json> batch;
            for (int i = 0; i < 20; ++i)
                batch.push_back(i % 2 ? openCtiBody(publicIp(500 + i), {"Servers"}, {ids.at("Servers")})
                                      : openCtiBody(publicIp(500 + i), {}, {}));
            const Reply imported = tenant_.http.post(tenant_.api(QStringLiteral("/indicators/import")), bearer,
                                                     json{{"Indicators", batch}});
            return imported;
        };
        const Reply first = run();
        QVERIFY2(first.status == 200, first.body.constData());
        std::set<std::string> firstIds;
        const json firstDoc = first.parsed();
        for (const json& item : firstDoc["value"]) {
            QVERIFY2(!item.value("isFailed", true), item.dump().c_str());
            firstIds.insert(item["id"].get<std::string>());
        }
        QVERIFY2(firstIds.size() == 20, first.body.constData());

        // The list, read by following nextLink at 7 a page, holds all 20 with their scope.
        std::vector<json> listed = listFollowingLinks(bearer);
        QCOMPARE(listed.size(), std::size_t(20));
        int scoped = 0;
        for (const json& item : listed)
            if (!item["rbacGroupIds"].empty()) {
                ++scoped;
                QCOMPARE(item["rbacGroupNames"], json::array({"Servers"}));
            }
        QCOMPARE(scoped, 10);

        // A second identical run updates the same indicators and creates none.
        const Reply second = run();
        QCOMPARE(second.status, 200);
        std::set<std::string> secondIds;
        const json secondDoc = second.parsed();
        for (const json& item : secondDoc["value"])
            secondIds.insert(item["id"].get<std::string>());
        QCOMPARE(secondIds, firstIds);
        QCOMPARE(listFollowingLinks(bearer).size(), std::size_t(20));

        // Clean-up as the connector does it: BatchDelete of string ids, 204 with no body.
        const Reply deleted = tenant_.http.post(tenant_.api(QStringLiteral("/indicators/BatchDelete")), bearer,
                                                json{{"IndicatorIds", std::vector<std::string>(firstIds.begin(), firstIds.end())}});
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.header("Content-Type").isEmpty());
        QCOMPARE(listFollowingLinks(bearer).size(), std::size_t(0));
    }

    void microsoftSampleWithV1Token()
    {
        // The samples' v1 token: resource, not scope.
        const Reply token = tenant_.http.send(
            "POST", tenant_.base + QStringLiteral("/contoso/oauth2/token"), {},
            form({{QStringLiteral("resource"), QStringLiteral("https://api.securitycenter.microsoft.com")},
                  {QStringLiteral("client_id"), QStringLiteral("admin")},
                  {QStringLiteral("client_secret"), QStringLiteral("admin-secret")},
                  {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}),
            "application/x-www-form-urlencoded");
        QCOMPARE(token.status, 200);
        const QByteArray bearer = QByteArray::fromStdString(token.parsed().value("access_token", ""));
        QVERIFY(!bearer.isEmpty());

        // Submit with the legacy action the documented filter example looks for.
        // (a file hash: the legacy AlertAndBlock, like BlockAndRemediate, is for files)
        json body = indicator("4a3b9a6f4e2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d", "FileSha1", "AlertAndBlock");
        const Reply submitted = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), bearer, body);
        QCOMPARE(submitted.status, 200);
        const std::string id = submitted.parsed()["id"].get<std::string>();

        const Reply filtered = tenant_.http.get(
            tenant_.api(QStringLiteral("/indicators")) + QStringLiteral("?$filter=action+eq+'AlertAndBlock'"), bearer);
        QCOMPARE(filtered.status, 200);
        const json value = filtered.parsed()["value"];
        QCOMPARE(value.size(), std::size_t(1));
        QCOMPARE(value[0]["id"].get<std::string>(), id);
        QCOMPARE(value[0]["action"].get<std::string>(), std::string("AlertAndBlock"));

        const Reply removed = tenant_.http.del(tenant_.api(QStringLiteral("/indicators/")) + QString::fromStdString(id), bearer);
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.header("Content-Type").isEmpty());
    }

    void alreadyInDefenderCheckThroughTrailingSlash()
    {
        const QByteArray bearer = tenant_.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        const std::vector<std::string> values{"13.0.0.1", "13.0.0.2", "13.0.0.3"};
        const auto present = [&](const std::string& value) {
            const Reply reply = tenant_.http.get(
                withQuery(tenant_.api(QStringLiteral("/indicators/")),
                          {{QStringLiteral("$filter"), QStringLiteral("indicatorValue eq '%1'").arg(QString::fromStdString(value))}}),
                bearer);
            return reply.status == 200 && !reply.parsed()["value"].empty() ? 1 : reply.status == 200 ? 0 : -reply.status;
        };
        const auto run = [&] {
            json missing = json::array();
            for (const std::string& value : values) {
                const int found = present(value);
                if (found < 0)
                    return found; // the check itself failed (a 404 before the fix)
                if (found == 0)
                    missing.push_back(indicator(value));
            }
            if (missing.empty())
                return 0;
            const Reply imported = tenant_.http.post(tenant_.api(QStringLiteral("/indicators/import")), bearer,
                                                     json{{"Indicators", missing}});
            return imported.status == 200 ? int(missing.size()) : -imported.status;
        };
        QCOMPARE(run(), 3); // first run: all three are new
        QCOMPARE(run(), 0); // second run: the check finds them all, nothing is imported again
    }
};

QTEST_GUILESS_MAIN(TestPublicClients)
#include "test_public_clients.moc"
