// indicia-tenant against Microsoft's documented examples (tests/contract/mde, see its
// SOURCES.md): for every fixture whose request the tenant serves, the equivalent request to
// a real tenant seeded with matching data answers the same status, and its body carries
// every property of the documented one with the same JSON type (objects recursively, arrays
// by their first element). The tenant may carry more properties than an example shows.
//
// Equivalent, not identical, where the example cannot be replayed as it is (each noted at
// its use): expiration dates in the past (2020-2021) move to 2099, since the service refuses
// an expired indicator; DELETE /api/indicators/995 deletes an indicator that exists.

#include "tenant_fixture.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace tenant_test;

namespace {

QString fixtureDir() { return QDir::cleanPath(QStringLiteral(INDICIA_TEST_DATA "/../../contract/mde")); }

json fixture(const char* name)
{
    QFile file(QDir(fixtureDir()).filePath(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return json();
    return json::parse(file.readAll().toStdString(), nullptr, false);
}

std::string typeName(const json& value)
{
    if (value.is_number())
        return "number"; // JSON has one number type: 140 and 41.38 are both numbers
    return value.type_name();
}

// Every property of `documented` is in `actual` with the same type; problems appended.
void compareShape(const json& documented, const json& actual, const std::string& where, QStringList& problems)
{
    if (documented.is_null())
        return; // a documented null says nothing about the type
    if (typeName(documented) != typeName(actual)) {
        problems << QString::fromStdString(where + ": documented " + typeName(documented) + ", served " + typeName(actual));
        return;
    }
    if (documented.is_object()) {
        for (const auto& [key, value] : documented.items()) {
            if (!actual.contains(key))
                problems << QString::fromStdString(where + "." + key + ": missing");
            else
                compareShape(value, actual[key], where + "." + key, problems);
        }
    } else if (documented.is_array() && !documented.empty() && !actual.empty()) {
        compareShape(documented[0], actual[0], where + "[0]", problems);
    }
}

// A submit/import body with its past expiration moved to the future (see the header).
json replayable(json body)
{
    if (body.is_object() && body.contains("expirationTime") && body["expirationTime"].is_string())
        body["expirationTime"] = "2099-12-12T00:00:00Z";
    if (body.is_object() && body.contains("Indicators") && body["Indicators"].is_array())
        for (json& item : body["Indicators"])
            item = replayable(item);
    return body;
}

QString queryOf(const json& request)
{
    if (!request.contains("query"))
        return {};
    QStringList parts;
    for (const auto& [key, value] : request["query"].items())
        parts << QString::fromStdString(key) + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(value.get<std::string>())));
    return QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

} // namespace

class TestContractShapes : public QObject {
    Q_OBJECT
    Tenant tenant_;
    QByteArray admin_;

    Reply replay(const json& request, const QByteArray& token)
    {
        const QByteArray method = QByteArray::fromStdString(request["method"].get<std::string>());
        const QString url = tenant_.base + QString::fromStdString(request["path"].get<std::string>()) + queryOf(request);
        const json& body = request["body"];
        if (body.is_string()) // a form, for the token endpoints
            return tenant_.http.send(method, url, {}, QByteArray::fromStdString(body.get<std::string>()),
                                     "application/x-www-form-urlencoded");
        return tenant_.http.send(method, url, token, body.is_null() ? QByteArray() : QByteArray::fromStdString(replayable(body).dump()));
    }

    void check(const char* name, const Reply& reply)
    {
        const json doc = fixture(name);
        QVERIFY2(doc.is_object(), name);
        const json& response = doc["response"];
        QCOMPARE(reply.status, response["status"].get<int>());
        QStringList problems;
        if (response["body"].is_null())
            QVERIFY2(reply.body.isEmpty() || response["status"].get<int>() != 204, name);
        else
            compareShape(response["body"], reply.parsed(), name, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; ")) + QStringLiteral(" in ") + QString::fromUtf8(reply.body)));
    }

    void replayAndCheck(const char* name, const QByteArray& token)
    {
        const json doc = fixture(name);
        QVERIFY2(doc.is_object(), name);
        check(name, replay(doc["request"], token));
    }

    // The documented indicators, submitted with their writable fields, then once more so that
    // lastUpdatedBy is set as in the examples.
    void submitDocumented(const json& items)
    {
        for (const json& item : items) {
            json body;
            for (const char* key : {"indicatorValue", "indicatorType", "action", "title", "description", "application",
                                    "severity", "recommendedActions", "rbacGroupNames", "expirationTime"})
                if (item.contains(key) && !item[key].is_null())
                    body[key] = item[key];
            body = replayable(body);
            for (int i = 0; i < 2; ++i)
                QCOMPARE(tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, body).status, 200);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QDir(fixtureDir()).filePath(QStringLiteral("SOURCES.md"))), qPrintable(fixtureDir()));
        // The token fixtures' own sample application and secret.
        QVERIFY2(tenant_.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--client"),
                                QStringLiteral("11111111-1111-1111-1111-111111111111:22222222-2222-2222-2222-222222222222:admin")}),
                 qPrintable(tenant_.error));
        admin_ = tenant_.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        // The device groups and machines the examples name.
        const json machines = fixture("machines_list.json")["response"]["body"]["value"];
        json seed{{"machineGroups", json::array({{{"id", "140"}, {"name", "The-A-Team"}},
                                                 {{"id", "1"}, {"name", "Group1"}},
                                                 {{"id", "2"}, {"name", "Group2"}},
                                                 {{"id", "3"}, {"name", "GroupOne"}, {"exposureScore", 41.38041766305988}},
                                                 {{"id", "4"}, {"name", "GroupTwo"}, {"exposureScore", 37.403726933165366}}})},
                  {"machines", machines}};
        seed["machines"].push_back(fixture("machine_get.json")["response"]["body"]);
        seed["machines"].back().erase("@odata.context");
        QVERIFY(tenant_.seed(admin_, seed));
        submitDocumented(fixture("indicators_list.json")["response"]["body"]["value"]);
        submitDocumented(fixture("indicators_list_filter.json")["response"]["body"]["value"]);
    }

    void tokens()
    {
        replayAndCheck("token_v1.json", {});
        replayAndCheck("token_v2.json", {});
        replayAndCheck("token_error.json", {});
    }

    void indicators()
    {
        replayAndCheck("indicators_list.json", admin_);
        replayAndCheck("indicators_list_filter.json", admin_);
        replayAndCheck("indicator_submit.json", admin_);
        replayAndCheck("indicators_import.json", admin_);
        // The entity representation: what GET /api/indicators/{id} answers for a stored one.
        const json first = tenant_.http.get(tenant_.api(QStringLiteral("/indicators?$top=1")), admin_).parsed()["value"][0];
        check("indicator_entity.json",
              tenant_.http.get(tenant_.api(QStringLiteral("/indicators/")) + QString::fromStdString(first["id"].get<std::string>()), admin_));
    }

    void deletes()
    {
        // A fresh tenant, so that the ids of the BatchDelete example (1, 2, 5) exist.
        Tenant fresh;
        QVERIFY2(fresh.start({QStringLiteral("--no-rate-limit")}), qPrintable(fresh.error));
        const QByteArray admin = fresh.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        for (int i = 1; i <= 6; ++i)
            QCOMPARE(fresh.http.post(fresh.api(QStringLiteral("/indicators")), admin, indicator(publicIp(i))).parsed()["id"],
                     json(std::to_string(i)));
        const json batch = fixture("indicators_batch_delete.json");
        const Reply batchReply = fresh.http.post(fresh.base + QString::fromStdString(batch["request"]["path"].get<std::string>()),
                                                 admin, batch["request"]["body"]);
        QCOMPARE(batchReply.status, batch["response"]["status"].get<int>());
        QVERIFY(batchReply.body.isEmpty());
        // DELETE /api/indicators/995 of the example, on an id that exists here (3).
        const json single = fixture("indicator_delete.json");
        QString path = QString::fromStdString(single["request"]["path"].get<std::string>());
        path.replace(QStringLiteral("/995"), QStringLiteral("/3"));
        const Reply deleted = fresh.http.del(fresh.base + path, admin);
        QCOMPARE(deleted.status, single["response"]["status"].get<int>());
        QVERIFY(deleted.body.isEmpty());
    }

    void machinesAndScores()
    {
        replayAndCheck("machines_list.json", admin_);
        replayAndCheck("machine_get.json", admin_);
        replayAndCheck("exposure_score_by_machine_groups.json", admin_);
    }

    void errors()
    {
        replayAndCheck("error_resource_not_found.json", admin_);
        replayAndCheck("error_invalid_request_body.json", admin_);
        for (const char* name : {"error_resource_not_found.json", "error_invalid_request_body.json"}) {
            const json doc = fixture(name);
            QCOMPARE(replay(doc["request"], admin_).errorCode(), doc["response"]["body"]["error"]["code"].get<std::string>());
        }
    }
};

QTEST_GUILESS_MAIN(TestContractShapes)
#include "test_contract_shapes.moc"
