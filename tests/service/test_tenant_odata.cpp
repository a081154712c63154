// indicia-tenant's list options (issue #17, 3 and 4): server-driven paging with
// @odata.nextLink (--page-size), $orderby, $select, $count and the string functions of
// $filter on indicators and machines; anything else is a 400 ODataError that names it.

#include "tenant_fixture.h"

#include <QThread>
#include <QtTest>

#include <set>

using namespace tenant_test;

namespace {

QString withQuery(const QString& url, const QList<QPair<QString, QString>>& options)
{
    QStringList parts;
    for (const auto& [key, value] : options)
        parts << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return url + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

std::string messageOf(const Reply& reply)
{
    const json body = reply.parsed();
    return body.is_object() && body.contains("error") ? body["error"].value("message", "") : "";
}

json seedOfMachines(int count)
{
    json machines = json::array();
    for (int i = 0; i < count; ++i)
        machines.push_back({{"id", std::string(39, 'a') + char('0' + i)},
                            {"computerDnsName", "host" + std::to_string(i)},
                            {"rbacGroupName", i % 2 ? "Servers" : "Laptops"}});
    return {{"machineGroups", json::array({{{"id", "140"}, {"name", "Servers"}}, {{"id", "141"}, {"name", "Laptops"}}})},
            {"machines", machines}};
}

} // namespace

class TestTenantOData : public QObject {
    Q_OBJECT
    Tenant tenant_;
    QByteArray admin_;
    static constexpr int kIndicators = 8;

    // Follows @odata.nextLink from `url`; every page's rows in order, and the page count.
    json follow(QString url, int* pages)
    {
        json rows = json::array();
        *pages = 0;
        while (!url.isEmpty() && *pages < 50) {
            const Reply reply = tenant_.http.get(url, admin_);
            if (reply.status != 200)
                return json();
            const json body = reply.parsed();
            for (const json& row : body["value"])
                rows.push_back(row);
            ++*pages;
            url = body.contains("@odata.nextLink") ? QString::fromStdString(body["@odata.nextLink"].get<std::string>()) : QString();
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(tenant_.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--page-size"), QStringLiteral("3")}),
                 qPrintable(tenant_.error));
        admin_ = tenant_.token(QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QVERIFY(tenant_.seed(admin_, seedOfMachines(5)));
        const char* severities[] = {"Low", "High", "Medium", "Informational"};
        for (int i = 0; i < kIndicators; ++i) {
            json body = indicator("13.1.0." + std::to_string(i + 1));
            body["title"] = (i % 2 ? "needle " : "hay ") + std::to_string(i);
            body["severity"] = severities[i % 4];
            QCOMPARE(tenant_.http.post(tenant_.api(QStringLiteral("/indicators")), admin_, body).status, 200);
            QThread::msleep(3); // distinct creation times, so that a time order is visible
        }
    }

    void listPagesWithNextLink()
    {
        int pages = 0;
        const json rows = follow(tenant_.api(QStringLiteral("/indicators")), &pages);
        QCOMPARE(rows.size(), std::size_t(kIndicators));
        QCOMPARE(pages, 3); // 3 + 3 + 2
        std::set<std::string> ids;
        for (const json& row : rows)
            ids.insert(row["id"].get<std::string>());
        QCOMPARE(ids.size(), std::size_t(kIndicators));
        const json first = tenant_.http.get(tenant_.api(QStringLiteral("/indicators")), admin_).parsed();
        QCOMPARE(first["value"].size(), std::size_t(3));
        const std::string link = first["@odata.nextLink"].get<std::string>();
        QVERIFY2(link.starts_with(tenant_.base.toStdString() + "/api/indicators?"), link.c_str());
        // $top larger than the page size still gets one page and a link.
        const json big = tenant_.http.get(tenant_.api(QStringLiteral("/indicators?$top=5000")), admin_).parsed();
        QCOMPARE(big["value"].size(), std::size_t(3));
        QVERIFY(big.contains("@odata.nextLink"));
    }

    void nextLinkKeepsTheOptions()
    {
        int pages = 0;
        const json rows = follow(withQuery(tenant_.api(QStringLiteral("/indicators")),
                                           {{QStringLiteral("$filter"), QStringLiteral("startswith(title,'needle')")},
                                            {QStringLiteral("$orderby"), QStringLiteral("creationTimeDateTimeUtc desc")},
                                            {QStringLiteral("$select"), QStringLiteral("id,title,creationTimeDateTimeUtc")},
                                            {QStringLiteral("$top"), QStringLiteral("2")}}),
                                 &pages);
        QCOMPARE(rows.size(), std::size_t(kIndicators / 2));
        QCOMPARE(pages, 2);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), std::size_t(3));
            QVERIFY(rows[i]["title"].get<std::string>().starts_with("needle"));
            if (i > 0)
                QVERIFY(rows[i - 1]["creationTimeDateTimeUtc"].get<std::string>() > rows[i]["creationTimeDateTimeUtc"].get<std::string>());
        }
    }

    void orderBy()
    {
        const json newest = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")),
                                                       {{QStringLiteral("$orderby"), QStringLiteral("creationTimeDateTimeUtc desc")}}),
                                             admin_).parsed();
        QCOMPARE(newest["value"][0]["indicatorValue"].get<std::string>(), "13.1.0." + std::to_string(kIndicators));
        const json bySeverity = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")),
                                                           {{QStringLiteral("$orderby"), QStringLiteral("severity desc,title")}}),
                                                 admin_).parsed();
        QCOMPARE(bySeverity["value"][0]["severity"].get<std::string>(), std::string("High"));
        QCOMPARE(bySeverity["value"][0]["title"].get<std::string>(), std::string("needle 1"));
        QCOMPARE(bySeverity["value"][1]["title"].get<std::string>(), std::string("needle 5"));
        const json byValue = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")),
                                                        {{QStringLiteral("$orderby"), QStringLiteral("indicatorValue asc")}}),
                                              admin_).parsed();
        QCOMPARE(byValue["value"][0]["indicatorValue"].get<std::string>(), std::string("13.1.0.1"));
        const Reply unknown = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")),
                                                         {{QStringLiteral("$orderby"), QStringLiteral("colour desc")}}),
                                               admin_);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorCode(), std::string("ODataError"));
        QVERIFY(messageOf(unknown).find("'colour'") != std::string::npos);
    }

    void selectAndCount()
    {
        const json selected = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")),
                                                         {{QStringLiteral("$select"), QStringLiteral("id,indicatorValue")}}),
                                               admin_).parsed();
        for (const json& row : selected["value"]) {
            QCOMPARE(row.size(), std::size_t(2));
            QVERIFY(row.contains("id") && row.contains("indicatorValue"));
        }
        const Reply unknown = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")),
                                                         {{QStringLiteral("$select"), QStringLiteral("id,colour")}}),
                                               admin_);
        QCOMPARE(unknown.errorCode(), std::string("ODataError"));
        QVERIFY(messageOf(unknown).find("'colour'") != std::string::npos);

        const json counted = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")),
                                                        {{QStringLiteral("$count"), QStringLiteral("true")},
                                                         {QStringLiteral("$top"), QStringLiteral("1")},
                                                         {QStringLiteral("$filter"), QStringLiteral("contains(title,'needle')")}}),
                                              admin_).parsed();
        QCOMPARE(counted["@odata.count"].get<int>(), kIndicators / 2);
        QCOMPARE(counted["value"].size(), std::size_t(1));
    }

    void unsupportedOptionsAndFunctionsAreNamed_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("$expand") << QStringLiteral("$expand") << QStringLiteral("rbacGroups") << QStringLiteral("$expand");
        QTest::newRow("$search") << QStringLiteral("$search") << QStringLiteral("x") << QStringLiteral("$search");
        QTest::newRow("$count=maybe") << QStringLiteral("$count") << QStringLiteral("maybe") << QStringLiteral("$count");
        QTest::newRow("tolower") << QStringLiteral("$filter") << QStringLiteral("tolower(title) eq 'x'")
                                 << QStringLiteral("The function 'tolower' is not supported.");
        QTest::newRow("substringof") << QStringLiteral("$filter") << QStringLiteral("substringof('x',title)")
                                     << QStringLiteral("The function 'substringof' is not supported.");
        QTest::newRow("contains on an enum") << QStringLiteral("$filter") << QStringLiteral("contains(severity,'Hi')")
                                             << QStringLiteral("'severity'");
    }

    void unsupportedOptionsAndFunctionsAreNamed()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, named);
        const Reply reply = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")), {{option, value}}), admin_);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), std::string("ODataError"));
        QVERIFY2(messageOf(reply).find(named.toStdString()) != std::string::npos, messageOf(reply).c_str());
    }

    void stringFunctions()
    {
        const auto count = [this](const QString& filter) {
            return tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/indicators")), {{QStringLiteral("$filter"), filter}}),
                                    admin_).parsed()["value"].size();
        };
        QCOMPARE(count(QStringLiteral("contains(title,'needle')")), std::size_t(3)); // one page of the four
        QCOMPARE(count(QStringLiteral("startswith(indicatorValue,'13.1.0.')")), std::size_t(3));
        QCOMPARE(count(QStringLiteral("endswith(title,' 7') and severity eq 'Informational'")), std::size_t(1));
        QCOMPARE(count(QStringLiteral("contains(title,'NEEDLE')")), std::size_t(0)); // case-sensitive, as OData's
        QCOMPARE(count(QStringLiteral("not contains(title,'needle') and startswith(title,'hay 0')")), std::size_t(1));
    }

    void machinesPageSortSelectAndCount()
    {
        int pages = 0;
        const json all = follow(tenant_.api(QStringLiteral("/machines")), &pages);
        QCOMPARE(all.size(), std::size_t(5));
        QCOMPARE(pages, 2);
        for (const json& machine : all) {
            QVERIFY(machine["rbacGroupName"].is_string());
            QVERIFY(machine["rbacGroupId"].is_number_integer());
        }
        const json sorted = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/machines")),
                                                       {{QStringLiteral("$orderby"), QStringLiteral("computerDnsName desc")},
                                                        {QStringLiteral("$select"), QStringLiteral("computerDnsName,rbacGroupId")},
                                                        {QStringLiteral("$count"), QStringLiteral("true")}}),
                                             admin_).parsed();
        QCOMPARE(sorted["value"][0]["computerDnsName"].get<std::string>(), std::string("host4"));
        QCOMPARE(sorted["value"][0].size(), std::size_t(2));
        QCOMPARE(sorted["@odata.count"].get<int>(), 5);
        for (const QString& filter : {QStringLiteral("rbacGroupId eq 140"), QStringLiteral("rbacGroupId eq '140'")}) {
            const json servers = tenant_.http.get(withQuery(tenant_.api(QStringLiteral("/machines")), {{QStringLiteral("$filter"), filter}}),
                                                  admin_).parsed();
            QCOMPARE(servers["value"].size(), std::size_t(2));
            for (const json& machine : servers["value"])
                QCOMPARE(machine["rbacGroupName"].get<std::string>(), std::string("Servers"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTenantOData)
#include "test_tenant_odata.moc"
