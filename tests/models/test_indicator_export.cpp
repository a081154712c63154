// IndicatorExporter: what is selected (tab, everything, ids), expired and IP ranges left
// out of MDE CSV, formula neutralisation end to end, a round trip through a fresh
// workspace, and the sample CSV.

#include "models/io/indicator_export.h"
#include "models/io/sample_csv.h"
#include "models/store/indicator_record.h"

#include "test_store_support.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace indicia;
using namespace indicia::testing;

namespace {

constexpr std::int64_t kNow = 1'900'000'000; // 2030-03-17: a fixed clock for expiry

Indicator richIndicator()
{
    Indicator i = makeIndicator(IndicatorType::DomainName, "evil.example.com", {"Servers", "Laptops"}, Action::Warn);
    i.severity = Severity::High;
    i.generateAlert = true;
    i.title = "Phishing, \"urgent\" invoice";
    i.description = "Two lines:\nsecond line";
    i.recommendedActions = "Reset the password";
    i.category = "Phishing";
    i.mitreTechniques = {"T1566", "T1566.002"};
    i.expiration = fromUnixSeconds(kNow + 86400 * 30);
    return i;
}

// Every active indicator by its key (type, value, scope), for comparing workspaces.
std::map<std::string, Indicator> contentOf(const WorkspaceStore& store)
{
    std::map<std::string, Indicator> byKey;
    store.forEachActive(std::nullopt, [&byKey](const IndicatorRecord& r) {
        const Indicator& i = r.indicator;
        byKey[std::string(toString(i.type)) + '|' + i.value + '|' + scopeKeyOf(i.rbacGroups)] = i;
    });
    return byKey;
}

bool sameIndicators(const std::map<std::string, Indicator>& a, const std::map<std::string, Indicator>& b)
{
    if (a.size() != b.size())
        return false;
    for (const auto& [key, indicator] : a) {
        const auto other = b.find(key);
        IndicatorRecord left, right;
        left.indicator = indicator;
        if (other == b.end())
            return false;
        right.indicator = other->second;
        if (!left.sameContent(right))
            return false;
    }
    return true;
}

} // namespace

class TestIndicatorExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    WorkspaceStore store_;
    std::int64_t expiredId_ = 0;
    std::int64_t ipRangeId_ = 0;

    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

    std::int64_t add(const Indicator& indicator)
    {
        const auto result = store_.upsert(indicator);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().message));
        return result.ok() ? result->id : 0;
    }

    QByteArray exportToBuffer(const ExportSelection& selection, ExportResult* result = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto written = IndicatorExporter(store_, ExportFormat::MdeCsv).write(selection, buffer);
        if (result && written.ok())
            *result = *written;
        return buffer.data();
    }

private slots:
    void initTestCase()
    {
        store_.setClock([] { return kNow - 7200; }); // two hours earlier, to add "soon"
        QVERIFY(store_.open(path("source.indicia")).ok());
        QVERIFY(add(sha256(1)));
        QVERIFY(add(sha256(2, {"Servers"})));
        QVERIFY(add(richIndicator()));
        QVERIFY(add(makeIndicator(IndicatorType::IpAddress, "192.175.48.1", {}, Action::Block)));
        ipRangeId_ = add(makeIndicator(IndicatorType::IpRange, "192.175.48.0/24", {}, Action::Block));
        QVERIFY(ipRangeId_);
        Indicator soon = sha256(3);
        soon.expiration = fromUnixSeconds(kNow - 3600); // in the future now, expired at kNow
        expiredId_ = add(soon);
        QVERIFY(expiredId_);
        store_.setClock([] { return kNow; });
    }

    void surveyCountsWhatWouldBeWritten()
    {
        IndicatorExporter exporter(store_, ExportFormat::MdeCsv);
        const ExportSurvey all = exporter.survey({});
        QCOMPARE(all.active, 5); // the expired one is not active
        QCOMPARE(all.refused, 1); // MDE has no IP ranges
        QCOMPARE(all.toWrite(), 4);
        const ExportSurvey ipTab = exporter.survey({TabKind::IpAddresses, {}});
        QCOMPARE(ipTab.active, 2);
        QCOMPARE(ipTab.refused, 1);
        const ExportSurvey ids = exporter.survey({std::nullopt, {expiredId_, ipRangeId_}});
        QCOMPARE(ids.expired, 1);
        QCOMPARE(ids.refused, 1);
        QCOMPARE(ids.toWrite(), 0);
        QVERIFY(!IndicatorExporter::accepts(ExportFormat::MdeCsv, IndicatorType::IpRange));
    }

    void exportsTheSelection()
    {
        ExportResult result;
        const QByteArray all = exportToBuffer({}, &result);
        QCOMPARE(result.written, 4);
        QCOMPARE(result.skipped, 1);
        QVERIFY(all.startsWith("IndicatorType,IndicatorValue,ExpirationTime,Action,"));
        QCOMPARE(all.count("\r\n"), 5); // header + 4 rows (the inner newline stays LF, quoted)
        QVERIFY(!all.contains("192.175.48.0/24"));

        const QByteArray files = exportToBuffer({TabKind::FileHashes, {}}, &result);
        QCOMPARE(result.written, 2);
        QVERIFY(!files.contains("evil.example.com"));

        const QByteArray chosen = exportToBuffer({std::nullopt, {expiredId_, ipRangeId_}}, &result);
        QCOMPARE(result.written, 0);
        QCOMPARE(result.skipped, 2);
    }

    void formulasAreNeutralisedEndToEnd()
    {
        WorkspaceStore store;
        QVERIFY(store.open(path("formula.indicia")).ok());
        Indicator evil = sha256(9);
        evil.title = "=cmd|' /C calc'!A0";
        evil.description = "+SUM(1,2)";
        evil.recommendedActions = "@HYPERLINK(\"http://x\")";
        QVERIFY(store.upsert(evil).ok());
        const QString file = path("formula.csv");
        QVERIFY(IndicatorExporter(store, ExportFormat::MdeCsv).writeFile({}, file).ok());
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray csv = read.readAll();
        QVERIFY2(csv.contains(",'=cmd|' /C calc'!A0,"), csv.constData());
        QVERIFY(csv.contains("\"'+SUM(1,2)\""));
        QVERIFY(csv.contains("\"'@HYPERLINK(\"\"http://x\"\")\""));
        QVERIFY(!csv.contains(",=") && !csv.contains(",+") && !csv.contains(",@"));
    }

    void roundTripThroughAFreshWorkspace()
    {
        const QString file = path("round.csv");
        QVERIFY(IndicatorExporter(store_, ExportFormat::MdeCsv).writeFile({}, file).ok());
        WorkspaceStore fresh;
        fresh.setClock([] { return kNow; });
        QVERIFY(fresh.open(path("fresh.indicia")).ok());
        const auto report = fresh.importFile(file, {});
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->invalid, 0);
        QCOMPARE(report->added, 4);
        auto expected = contentOf(store_);
        std::erase_if(expected, [](const auto& entry) { return entry.second.type == IndicatorType::IpRange; });
        QVERIFY(sameIndicators(contentOf(fresh), expected));
    }

    void unwritableDestinationIsAnError()
    {
        const auto result = IndicatorExporter(store_, ExportFormat::MdeCsv)
                                .writeFile({}, path("no-such-dir/out.csv"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("no-such-dir")));
    }

    void sampleCsvImportsCleanly()
    {
        const QString file = path("sample.csv");
        QVERIFY(saveSampleCsv(file).isEmpty());
        WorkspaceStore store;
        QVERIFY(store.open(path("sample.indicia")).ok());
        ImportOptions dryRun;
        dryRun.dryRun = true;
        const auto report = store.importFile(file, dryRun);
        QVERIFY(report.ok());
        QCOMPARE(report->format, std::string("mde-csv"));
        QCOMPARE(report->invalid, 0);
        QCOMPARE(report->rows, 7);
        QVERIFY(!saveSampleCsv(path("no-such-dir/sample.csv")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorExport)
#include "test_indicator_export.moc"
