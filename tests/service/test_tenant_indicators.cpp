// indicia-tenant's indicator endpoints over raw HTTP: submit as an upsert, get, delete,
// import, BatchDelete, validation codes, OData filters and paging, expiry, quota, restart.

#include "tenant_fixture.h"

#include <QRegularExpression>
#include <QThread>
#include <QtTest>

#include <set>

using namespace tenant_test;

namespace {

bool isEntityTime(const json& value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z$"));
    return value.is_string() && pattern.match(QString::fromStdString(value.get<std::string>())).hasMatch();
}

QString filterUrl(const Tenant& tenant, const QString& filter)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"), filter);
    return tenant.api(QStringLiteral("/indicators?")) + query.toString(QUrl::FullyEncoded);
}

std::vector<std::string> titles(const Reply& reply)
{
    std::vector<std::string> out;
    const json doc = reply.parsed();
    for (const json& item : doc["value"])
        out.push_back(item["title"].get<std::string>());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestTenantIndicators : public QObject {
    Q_OBJECT
    Tenant tenant_;
    QByteArray admin_;

private slots:
    void initTestCase()
    {
        QVERIFY2(tenant_.start({QStringLiteral("--no-rate-limit")}), qPrintable(tenant_.error));
        admin_ = tenant_.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QVERIFY(!admin_.isEmpty());
    }

    void submitCreatesThenUpdates()
    {
        const Reply created = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, indicator("12.0.0.1"));
        QCOMPARE(created.status, 200);
        QCOMPARE(created.header("OData-Version"), QByteArray("4.0"));
        QVERIFY(created.header("Content-Type").startsWith("application/json; odata.metadata=minimal"));
        const json entity = created.parsed();
        QVERIFY(entity["@odata.context"].get<std::string>().ends_with("/api/$metadata#Indicators/$entity"));
        const std::string id = entity["id"].get<std::string>();
        QVERIFY(!id.empty() && std::all_of(id.begin(), id.end(), ::isdigit));
        QCOMPARE(entity["createdBy"].get<std::string>(), std::string("admin"));
        QCOMPARE(entity["createdBySource"].get<std::string>(), std::string("PublicApi"));
        QVERIFY(isEntityTime(entity["creationTimeDateTimeUtc"]));
        QVERIFY(isEntityTime(entity["lastUpdateTime"]));
        QVERIFY(entity["rbacGroupNames"].is_array());

        json changed = indicator("12.0.0.1");
        changed["title"] = "renamed";
        const json updated = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, changed).parsed();
        QCOMPARE(updated["id"].get<std::string>(), id); // same type, value, action and scope: an update
        QCOMPARE(updated["title"].get<std::string>(), std::string("renamed"));
        QVERIFY(updated["lastUpdateTime"].get<std::string>() > entity["lastUpdateTime"].get<std::string>());
        QCOMPARE(updated["lastUpdatedBy"].get<std::string>(), std::string("admin"));

        // Another action is another indicator (the default upsert key includes it).
        const json allowed = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_,
                                               indicator("12.0.0.1", "IpAddress", "Allowed")).parsed();
        QVERIFY(allowed["id"].get<std::string>() != id);
    }

    void legacyActionsAreEchoedAsSent()
    {
        const json entity = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_,
                                              indicator("12.0.0.2", "IpAddress", "Alert")).parsed();
        QCOMPARE(entity["action"].get<std::string>(), std::string("Alert"));
        QCOMPARE(entity["generateAlert"].get<bool>(), true);
    }

    void getOneAndDelete()
    {
        const json entity = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, indicator("12.0.0.3")).parsed();
        const QString path = QStringLiteral("/indicators/") + QString::fromStdString(entity["id"].get<std::string>());
        const Reply one = tenant_.http.get(tenant_.api(path), admin_);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.parsed()["indicatorValue"].get<std::string>(), std::string("12.0.0.3"));
        QCOMPARE(tenant_.http.del(tenant_.api(path), admin_).status, 204);
        const Reply again = tenant_.http.del(tenant_.api(path), admin_);
        QCOMPARE(again.status, 404);
        QCOMPARE(again.errorCode(), std::string("ResourceNotFound"));
        QCOMPARE(tenant_.http.get(tenant_.api(path), admin_).status, 404);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        const auto with = [](json body, const char* key, const json& value) {
            body[key] = value;
            return QByteArray::fromStdString(body.dump());
        };
        const json base = indicator("12.0.0.9");
        QTest::newRow("short sha1") << with(indicator("abcd", "FileSha1"), "action", "Block") << "InvalidHashValue";
        QTest::newRow("bad domain") << with(indicator("exa mple.com", "DomainName"), "action", "Block") << "InvalidDomainName";
        QTest::newRow("private ip") << with(base, "indicatorValue", "192.168.1.1") << "InvalidIpAddress";
        QTest::newRow("cidr") << with(base, "indicatorValue", "12.0.0.0/8") << "InvalidIpAddress";
        QTest::newRow("bad url") << with(indicator("https://", "Url"), "action", "Block") << "InvalidUrl";
        json noTitle = base;
        noTitle.erase("title");
        QTest::newRow("missing title") << QByteArray::fromStdString(noTitle.dump()) << "MissingRequiredParameter";
        QTest::newRow("blank title") << with(base, "title", "  ") << "MissingRequiredParameter";
        json wrongCase = base;
        wrongCase.erase("indicatorValue");
        wrongCase["IndicatorValue"] = "12.0.0.9";
        QTest::newRow("wrong case") << QByteArray::fromStdString(wrongCase.dump()) << "InvalidRequestBody";
        QTest::newRow("unknown property") << with(base, "colour", "red") << "InvalidRequestBody";
        QTest::newRow("audit without alert") << with(base, "action", "Audit") << "InvalidInput";
        QTest::newRow("action not for type") << with(base, "action", "BlockAndRemediate") << "InvalidInput";
        QTest::newRow("unknown type") << with(base, "indicatorType", "Hostname") << "InvalidInput";
        QTest::newRow("ip range type") << with(base, "indicatorType", "IpRange") << "InvalidInput";
        QTest::newRow("expired") << with(base, "expirationTime", "2001-01-01T00:00:00Z") << "InvalidInput";
        QTest::newRow("title not string") << with(base, "title", 5) << "InvalidRequestBody";
        QTest::newRow("malformed json") << QByteArray("{\"indicatorValue\": ") << "InvalidRequestBody";
        QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']') << "InvalidRequestBody";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "InvalidRequestBody";
    }

    void validationErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const Reply reply = tenant_.http.send("POST", tenant_.api(QStringLiteral("/indicators")), admin_, body);
        QCOMPARE(reply.status, 400);
        const json error = reply.parsed()["error"];
        QCOMPARE(QString::fromStdString(error["code"].get<std::string>()), code);
        QVERIFY(!error["message"].get<std::string>().empty());
        QCOMPARE(error["target"].get<std::string>().size(), std::size_t(36)); // a correlation GUID
    }

    void importOf500AndRefusalOf501()
    {
        json items = json::array();
        for (int i = 0; i < 500; ++i)
            items.push_back(indicator(publicIp(1000 + i)));
        items[7]["indicatorValue"] = "10.1.2.3"; // private: this one fails, the rest go in
        const Reply reply = tenant_.http.post(tenant_.api(QStringLiteral("/indicators/import")), admin_, {{"Indicators", items}});
        QCOMPARE(reply.status, 200);
        const json results = reply.parsed()["value"];
        QCOMPARE(results.size(), std::size_t(500));
        QCOMPARE(results[0]["isFailed"].get<bool>(), false);
        QVERIFY(results[0]["id"].is_string());
        QCOMPARE(results[0]["indicator"].get<std::string>(), publicIp(1000));
        QVERIFY(results[0]["failureReason"].is_null());
        QCOMPARE(results[7]["isFailed"].get<bool>(), true);
        QVERIFY(results[7]["id"].is_null());
        QVERIFY(results[7]["failureReason"].get<std::string>().find("private") != std::string::npos);

        items.push_back(indicator(publicIp(1500)));
        const Reply tooMany = tenant_.http.post(tenant_.api(QStringLiteral("/indicators/import")), admin_, {{"Indicators", items}});
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.errorCode(), std::string("MaximumBatchSizeExceeded"));
        QCOMPARE(tooMany.parsed()["error"]["message"].get<std::string>(), std::string("Received: 501, allowed: 500"));

        const Reply wrongCase = tenant_.http.post(tenant_.api(QStringLiteral("/indicators/import")), admin_, {{"indicators", json::array()}});
        QCOMPARE(wrongCase.errorCode(), std::string("InvalidRequestBody"));
        const Reply missing = tenant_.http.post(tenant_.api(QStringLiteral("/indicators/import")), admin_, json::object());
        QCOMPARE(missing.errorCode(), std::string("MissingRequiredParameter"));
    }

    void batchDeleteRules()
    {
        const auto create = [this](int n) {
            return tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, indicator(publicIp(5000 + n))).parsed()["id"];
        };
        const json a = create(1), b = create(2);
        const QString url = tenant_.api(QStringLiteral("/indicators/BatchDelete"));
        QCOMPARE(tenant_.http.post(url, admin_, {{"IndicatorIds", json::array()}}).status, 400);
        json many = json::array();
        for (int i = 1; i <= 501; ++i)
            many.push_back(std::to_string(i));
        QCOMPARE(tenant_.http.post(url, admin_, {{"IndicatorIds", many}}).errorCode(), std::string("MaximumBatchSizeExceeded"));
        QCOMPARE(tenant_.http.post(url, admin_, {{"IndicatorIds", json::array({a, "abc"})}}).errorCode(), std::string("InvalidInput"));
        const Reply missing = tenant_.http.post(url, admin_, {{"IndicatorIds", json::array({a, "999999"})}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(tenant_.http.get(tenant_.api(QStringLiteral("/indicators/")) + QString::fromStdString(a.get<std::string>()), admin_).status,
                 200); // all or nothing: a is still there
        QCOMPARE(tenant_.http.post(url, admin_, {{"IndicatorIds", json::array({a, b})}}).status, 204);
        QCOMPARE(tenant_.http.get(tenant_.api(QStringLiteral("/indicators/")) + QString::fromStdString(b.get<std::string>()), admin_).status,
                 404);
    }

    void odataFilters()
    {
        const QString post = tenant_.api(QStringLiteral("/indicators"));
        json x1 = indicator("filter-one.example", "DomainName", "Warn", json::array({"Servers"}));
        x1["title"] = "F one";
        json x2 = indicator("filter-two.example", "DomainName", "Block");
        x2["title"] = "F two";
        x2["severity"] = "High";
        json x3 = indicator("13.0.0.1", "IpAddress", "Audit");
        x3["title"] = "F three";
        x3["generateAlert"] = true;
        x3["expirationTime"] = "2099-01-01T00:00:00Z";
        for (const json& body : {x1, x2, x3})
            QCOMPARE(tenant_.http.post(post, admin_, body).status, 200);
        using Titles = std::vector<std::string>;
        const auto run = [this](const char* filter) { return tenant_.http.get(filterUrl(tenant_, QLatin1String(filter)), admin_); };
        QCOMPARE(titles(run("indicatorType eq 'DomainName' and (title eq 'F one' or title eq 'F two')")), (Titles{"F one", "F two"}));
        QCOMPARE(titles(run("title eq 'F one' or title eq 'F three'")), (Titles{"F one", "F three"}));
        QCOMPARE(titles(run("action eq 'Warn' and title ge 'F' and title lt 'G'")), (Titles{"F one"}));
        QCOMPARE(titles(run("severity eq 'High' and title ne 'x'")), (Titles{"F two"}));
        QCOMPARE(titles(run("generateAlert eq true and title ge 'F' and title lt 'G'")), (Titles{"F three"}));
        QCOMPARE(titles(run("expirationTime gt 2098-12-31T00:00:00Z")), (Titles{"F three"}));
        QCOMPARE(titles(run("rbacGroupNames eq 'Servers' and title eq 'F one'")), (Titles{"F one"}));
        QCOMPARE(titles(run("indicatorValue eq 'FILTER-TWO.example'")), (Titles{"F two"}));
        QCOMPARE(titles(run("creationTimeDateTimeUtc gt 2000-01-01T00:00:00Z and not (title ne 'F two')")), (Titles{"F two"}));
        QCOMPARE(titles(run("action eq 'AlertAndBlock'")).size(), std::size_t(0)); // legacy name, none stored as it

        // An injection attempt is just a string that matches nothing.
        const Reply injection = run("title eq 'x'' OR 1=1 --'");
        QCOMPARE(injection.status, 200);
        QCOMPARE(injection.parsed()["value"].size(), std::size_t(0));
        QCOMPARE(run("title eq 'x'; DROP TABLE indicators").status, 400);
        QCOMPARE(run("title eq 'F one'").parsed()["value"].size(), std::size_t(1)); // still there

        for (const char* bad : {"startsWithF eq 1", "Title eq 'F one'", "title eq", "(title eq 'a'", "title eq 'a' and",
                                "action eq 'Explode'", "generateAlert gt true", "title eq 5 eq 6", "title like 'a'"}) {
            const Reply reply = run(bad);
            QVERIFY2(reply.status == 400 && reply.errorCode() == "ODataError", bad);
        }
        // Deep parentheses are refused, not recursed into.
        QCOMPARE(run(QByteArray(QByteArray(200, '(') + "title eq 'a'" + QByteArray(200, ')')).constData()).status, 400);
    }

    void paging()
    {
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        const std::size_t total = tenant_.http.get(url, admin_).parsed()["value"].size();
        QVERIFY(total > 500);
        std::set<std::string> seen;
        for (int skip = 0; skip < int(total); skip += 200) {
            const json page = tenant_.http.get(url + QStringLiteral("?$top=200&$skip=%1").arg(skip), admin_).parsed()["value"];
            QVERIFY(page.size() <= 200);
            for (const json& item : page)
                QVERIFY(seen.insert(item["id"].get<std::string>()).second);
        }
        QCOMPARE(seen.size(), total);
        QCOMPARE(tenant_.http.get(url + QStringLiteral("?$top=10001"), admin_).errorCode(), std::string("ODataError"));
        QCOMPARE(tenant_.http.get(url + QStringLiteral("?$skip=-1"), admin_).status, 400);
        QCOMPARE(tenant_.http.get(url + QStringLiteral("?$top=10000&$count=true&$orderby=id"), admin_).status, 200);
        QCOMPARE(tenant_.http.get(tenant_.base + QStringLiteral("/api/v1.0/indicators?$top=1"), admin_).parsed()["value"].size(),
                 std::size_t(1));
    }

    void expiredIndicatorsAreDeleted()
    {
        json soon = indicator("14.0.0.1");
        soon["expirationTime"] = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate).toStdString();
        const json entity = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, soon).parsed();
        const QString path = tenant_.api(QStringLiteral("/indicators/")) + QString::fromStdString(entity["id"].get<std::string>());
        QCOMPARE(tenant_.http.get(path, admin_).status, 200);
        QThread::msleep(3100);
        QCOMPARE(tenant_.http.get(path, admin_).status, 404);
        QCOMPARE(tenant_.http.get(filterUrl(tenant_, QStringLiteral("indicatorValue eq '14.0.0.1'")), admin_).parsed()["value"].size(),
                 std::size_t(0));
    }

    void quotaAndItsConfigurableError()
    {
        Tenant small;
        QVERIFY2(small.start({QStringLiteral("--quota"), QStringLiteral("2"), QStringLiteral("--quota-error"),
                              QStringLiteral("403:DisallowedOperation")}),
                 qPrintable(small.error));
        const QByteArray token = small.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QCOMPARE(small.http.post(small.api(QStringLiteral("/indicators")), token, indicator("15.0.0.1")).status, 200);
        QCOMPARE(small.http.post(small.api(QStringLiteral("/indicators")), token, indicator("15.0.0.2")).status, 200);
        const Reply over = small.http.post(small.api(QStringLiteral("/indicators")), token, indicator("15.0.0.3"));
        QCOMPARE(over.status, 403);
        QCOMPARE(over.errorCode(), std::string("DisallowedOperation"));
        // Updating an existing one is not a new indicator: still allowed at the quota.
        QCOMPARE(small.http.post(small.api(QStringLiteral("/indicators")), token, indicator("15.0.0.1")).status, 200);
        const json results = small.http.post(small.api(QStringLiteral("/indicators/import")), token,
                                             {{"Indicators", json::array({indicator("15.0.0.4")})}}).parsed()["value"];
        QCOMPARE(results[0]["isFailed"].get<bool>(), true);
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("tenant"));
        QByteArray token;
        std::string id;
        {
            Tenant first(data);
            QVERIFY2(first.start(), qPrintable(first.error));
            token = first.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
            id = first.http.post(first.api(QStringLiteral("/indicators")), token, indicator("16.0.0.1")).parsed()["id"];
        }
        Tenant second(data);
        QVERIFY2(second.start(), qPrintable(second.error));
        // The token issued before the restart is still good (only its hash is stored).
        const Reply reply = second.http.get(second.api(QStringLiteral("/indicators/")) + QString::fromStdString(id), token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.parsed()["indicatorValue"].get<std::string>(), std::string("16.0.0.1"));
        const json next = second.http.post(second.api(QStringLiteral("/indicators")), token, indicator("16.0.0.2")).parsed();
        QVERIFY(std::stoll(next["id"].get<std::string>()) > std::stoll(id)); // ids never reused
    }
};

QTEST_GUILESS_MAIN(TestTenantIndicators)
#include "test_tenant_indicators.moc"
