// indicia-tenant's device groups and echo (issue #17, 5 and 6): the exposure score by device
// group that clients map group names to ids with, rbacGroupIds honoured on write, group
// names matched without case, unknown or disagreeing groups named in the refusal; legacy
// actions stored and echoed as sent (and found by $filter as sent); category one JSON type;
// educateUrl only where MDE takes it.

#include "tenant_fixture.h"

#include <QtTest>

using namespace tenant_test;

namespace {

const json kSeed = {
    {"machineGroups", json::array({{{"id", "11"}, {"name", "Servers"}, {"exposureScore", 41.5}},
                                   {{"id", "12"}, {"name", "DCs"}},
                                   {{"id", "13"}, {"name", "Laptops"}}})},
    {"machines", json::array({{{"id", std::string(40, 'a')}, {"computerDnsName", "web1"}, {"rbacGroupName", "Servers"}},
                              {{"id", std::string(40, 'b')}, {"computerDnsName", "dc1"}, {"rbacGroupId", "12"}}})}};

std::string messageOf(const Reply& reply)
{
    const json body = reply.parsed();
    return body.is_object() && body.contains("error") ? body["error"].value("message", "") : "";
}

QString filterUrl(const Tenant& tenant, const QByteArray& encodedFilter)
{
    return tenant.api(QStringLiteral("/indicators?$filter=")) + QString::fromLatin1(encodedFilter);
}

} // namespace

class TestTenantGroups : public QObject {
    Q_OBJECT
    Tenant tenant_;
    QByteArray admin_;
    QByteArray analyst_;

private slots:
    void initTestCase()
    {
        QVERIFY2(tenant_.start({QStringLiteral("--no-rate-limit")}), qPrintable(tenant_.error));
        admin_ = tenant_.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        analyst_ = tenant_.token(QStringLiteral("analyst"), QStringLiteral("analyst-secret"));
        QVERIFY(tenant_.seed(admin_, kSeed));
    }

    void exposureScoreByMachineGroups()
    {
        const Reply reply = tenant_.http.get(tenant_.api(QStringLiteral("/exposureScore/ByMachineGroups")), admin_);
        QCOMPARE(reply.status, 200);
        const json body = reply.parsed();
        QVERIFY(body["@odata.context"].get<std::string>().ends_with("/api/$metadata#ExposureScore"));
        QCOMPARE(body["value"].size(), std::size_t(3));
        for (const json& row : body["value"]) {
            QVERIFY(row["time"].is_string() && row["score"].is_number() && row["rbacGroupName"].is_string());
            QVERIFY(row["rbacGroupId"].is_number_integer());
            if (row["rbacGroupName"] == "Servers") {
                QCOMPARE(row["rbacGroupId"].get<int>(), 11);
                QCOMPARE(row["score"].get<double>(), 41.5);
            }
        }
        // Trimmed to the caller's device groups, as every list is.
        const json mine = tenant_.http.get(tenant_.api(QStringLiteral("/exposureScore/ByMachineGroups")), analyst_).parsed();
        QCOMPARE(mine["value"].size(), std::size_t(2));
    }

    void machinesCarryBothGroupFields()
    {
        const json machines = tenant_.http.get(tenant_.api(QStringLiteral("/machines")), admin_).parsed()["value"];
        QCOMPARE(machines.size(), std::size_t(2));
        QCOMPARE(machines[0]["rbacGroupId"], json(11));
        QCOMPARE(machines[1]["rbacGroupName"], json("DCs"));
    }

    void groupIdsAloneScopeTheIndicator()
    {
        json body = indicator("14.0.0.1");
        body.erase("rbacGroupNames");
        body["rbacGroupIds"] = json::array({"11"});
        const Reply reply = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), analyst_, body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.parsed()["rbacGroupNames"], json::array({"Servers"}));
        QCOMPARE(reply.parsed()["rbacGroupIds"], json::array({"11"}));
        // Numbers are ids too; names and ids together must agree.
        body["indicatorValue"] = "14.0.0.2";
        body["rbacGroupIds"] = json::array({12});
        body["rbacGroupNames"] = json::array({"dcs"});
        const json both = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, body).parsed();
        QCOMPARE(both["rbacGroupNames"], json::array({"DCs"}));
        const Reply found = tenant_.http.get(filterUrl(tenant_, "rbacGroupIds+eq+'11'+and+indicatorValue+eq+'14.0.0.1'"), admin_);
        QCOMPARE(found.parsed()["value"].size(), std::size_t(1));
    }

    void groupNamesMatchWithoutCase()
    {
        const json entity = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), analyst_,
                                              indicator("14.0.0.3", "IpAddress", "Block", json::array({"servers", "LAPTOPS"}))).parsed();
        // Stored in the tenant's canonical (sorted) group order, with the catalog's spelling.
        QCOMPARE(entity["rbacGroupNames"], json::array({"Laptops", "Servers"}));
        QCOMPARE(entity["rbacGroupIds"], json::array({"13", "11"}));
    }

    void unknownOrDisagreeingGroupsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        json unknownName = indicator("14.0.0.4", "IpAddress", "Block", json::array({"Nowhere"}));
        json unknownId = indicator("14.0.0.4");
        unknownId["rbacGroupIds"] = json::array({"99"});
        json disagree = indicator("14.0.0.4", "IpAddress", "Block", json::array({"Servers"}));
        disagree["rbacGroupIds"] = json::array({"12"});
        QTest::newRow("unknown name") << QByteArray::fromStdString(unknownName.dump()) << QStringLiteral("'Nowhere'");
        QTest::newRow("unknown id") << QByteArray::fromStdString(unknownId.dump()) << QStringLiteral("'99'");
        QTest::newRow("names and ids disagree") << QByteArray::fromStdString(disagree.dump()) << QStringLiteral("rbacGroupIds");
    }

    void unknownOrDisagreeingGroupsAreNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        const Reply submitted = tenant_.http.send("POST", tenant_.api(QStringLiteral("/indicators")), admin_, body);
        QCOMPARE(submitted.status, 400);
        QCOMPARE(submitted.errorCode(), std::string("InvalidInput"));
        QVERIFY2(messageOf(submitted).find(named.toStdString()) != std::string::npos, messageOf(submitted).c_str());
        // In an import the item fails on its own and names the problem; the rest go in.
        const json items = json::array({json::parse(body.toStdString()), indicator("14.0.0.5")});
        const json results = tenant_.http.post(tenant_.api(QStringLiteral("/indicators/import")), admin_, {{"Indicators", items}})
                                 .parsed()["value"];
        QCOMPARE(results[0]["isFailed"], json(true));
        QVERIFY(results[0]["failureReason"].get<std::string>().find(named.toStdString()) != std::string::npos);
        QCOMPARE(results[1]["isFailed"], json(false));
        QCOMPARE(tenant_.http.get(filterUrl(tenant_, "indicatorValue+eq+'14.0.0.4'"), admin_).parsed()["value"].size(), std::size_t(0));
    }

    void legacyActionsEchoedAndFilteredAsSent()
    {
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        const json alert = tenant_.http.post(url, admin_, indicator("14.0.1.1", "IpAddress", "Alert")).parsed();
        QCOMPARE(alert["action"], json("Alert"));
        QCOMPARE(alert["generateAlert"], json(true));
        const json block = tenant_.http.post(url, admin_, indicator("220e7d15b011d7fac48f2bd61114db1022197f7f", "FileSha1", "AlertAndBlock")).parsed();
        QCOMPARE(block["action"], json("AlertAndBlock"));
        const json modern = tenant_.http.post(url, admin_, indicator("111e7d15b0b3d7fac48f2bd61114db1022197f7f", "FileSha1", "BlockAndRemediate")).parsed();
        QCOMPARE(modern["action"], json("BlockAndRemediate"));
        const QString one = url + QLatin1Char('/') + QString::fromStdString(block["id"].get<std::string>());
        QCOMPARE(tenant_.http.get(one, admin_).parsed()["action"], json("AlertAndBlock"));
        // The documented example, '+' for spaces: it finds what was sent as AlertAndBlock only.
        const json found = tenant_.http.get(filterUrl(tenant_, "action+eq+'AlertAndBlock'"), admin_).parsed()["value"];
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0]["id"], block["id"]);
        const json renamed = tenant_.http.get(filterUrl(tenant_, "action+eq+'BlockAndRemediate'"), admin_).parsed()["value"];
        QCOMPARE(renamed.size(), std::size_t(1));
        QCOMPARE(renamed[0]["id"], modern["id"]);
        const json imported = tenant_.http.post(url + QStringLiteral("/import"), admin_,
                                                {{"Indicators", json::array({indicator("14.0.1.2", "IpAddress", "Alert")})}}).parsed();
        const QString importedUrl = url + QLatin1Char('/') + QString::fromStdString(imported["value"][0]["id"].get<std::string>());
        QCOMPARE(tenant_.http.get(importedUrl, admin_).parsed()["action"], json("Alert"));
    }

    void categoryIsAlwaysANumber()
    {
        const QString url = tenant_.api(QStringLiteral("/indicators"));
        json named = indicator("14.0.2.1");
        named["category"] = "Malware";
        QCOMPARE(tenant_.http.post(url, admin_, named).parsed()["category"], json(1));
        json numbered = indicator("14.0.2.2");
        numbered["category"] = 4;
        QCOMPARE(tenant_.http.post(url, admin_, numbered).parsed()["category"], json(4));
        json bogus = indicator("14.0.2.3");
        bogus["category"] = "Bogus";
        const Reply refused = tenant_.http.post(url, admin_, bogus);
        QCOMPARE(refused.errorCode(), std::string("InvalidInput"));
        QVERIFY(messageOf(refused).find("category") != std::string::npos);
    }

    void educateUrlOnlyOnUrlBlockOrWarn_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("status");
        QTest::newRow("url block") << "Url" << "https://edu-1.example/x" << "Block" << 200;
        QTest::newRow("url warn") << "Url" << "https://edu-2.example/x" << "Warn" << 200;
        QTest::newRow("domain warn") << "DomainName" << "edu-3.example" << "Warn" << 200;
        QTest::newRow("url audit") << "Url" << "https://edu-4.example/x" << "Audit" << 400;
        QTest::newRow("ip block") << "IpAddress" << "14.0.3.1" << "Block" << 400;
        QTest::newRow("file block") << "FileSha256" << QString(64, QLatin1Char('e')) << "Block" << 400;
    }

    void educateUrlOnlyOnUrlBlockOrWarn()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, action);
        QFETCH(int, status);
        json body = indicator(value.toStdString(), type.toStdString(), action.toStdString());
        body["generateAlert"] = true;
        body["educateUrl"] = "https://intranet.example/blocked";
        const Reply reply = tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, body);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.parsed()["educateUrl"], json("https://intranet.example/blocked"));
        } else {
            QCOMPARE(reply.errorCode(), std::string("InvalidInput"));
            QVERIFY2(messageOf(reply).find("educateUrl") != std::string::npos, messageOf(reply).c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestTenantGroups)
#include "test_tenant_groups.moc"
