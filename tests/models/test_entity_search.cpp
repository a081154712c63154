// Ctrl+K's search over what exists: the telemetry index built from the shared samples (a
// real MDE export and Mordor Sysmon), the workspace's indicators and machines on a real
// SQLite file, and the asynchronous EntitySearch that joins them on reader threads.

#include "models/async/workspace_reader.h"
#include "models/search/entity_search.h"
#include "models/search/telemetry_index.h"
#include "models/search/workspace_lookup.h"
#include "models/store/workspace_store.h"
#include "test_store_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

namespace {

const QString kMsMpEngSha256 = QStringLiteral("d5bad8fd7460dc44c94cc0e9639274a9a69b0ed631d15c86986324901b5044aa");
const QString kCmdMd5 = QStringLiteral("e7a6b1f51efb405287a8048cfa4690f4");

QStringList telemetryFiles()
{
    return {QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mde/advanced_hunting_export.csv"),
            QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/eid1_process_create.jsonl"),
            QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/eid7_image_load.jsonl")};
}

SearchHits ofKind(const SearchHits& hits, SearchHitKind kind)
{
    SearchHits out;
    for (const SearchHit& hit : hits)
        if (hit.kind == kind)
            out << hit;
    return out;
}

} // namespace

class TestEntitySearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        index_ = TelemetryIndex::build(telemetryFiles());
        QVERIFY(index_->errors().isEmpty());
        QVERIFY(index_->fileCount() > 10);
    }

    void aPartialFileNameFindsTheFileByItsStrongestHash()
    {
        const SearchHits files = ofKind(index_->search(QStringLiteral("msmpe"), 8), SearchHitKind::File);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().text.toLower(), QStringLiteral("msmpeng.exe"));
        QCOMPARE(files.first().target, kMsMpEngSha256);
        QCOMPARE(files.first().rank, 1); // a prefix
    }

    void aHashOfOneExportJoinsTheOthers()
    {
        // cmd.exe's MD5 is in a Sysmon Hashes field next to its SHA-1 and SHA-256.
        const SearchHits hits = index_->search(kCmdMd5.toUpper(), 8);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().kind == SearchHitKind::Hash);
        QCOMPARE(hits.first().target, kCmdMd5);
        QVERIFY2(hits.first().detail.contains(QStringLiteral("cmd.exe"), Qt::CaseInsensitive),
                 qPrintable(hits.first().detail));
        const SearchHits byName = ofKind(index_->search(QStringLiteral("cmd.exe"), 8), SearchHitKind::File);
        QVERIFY(!byName.isEmpty());
        QCOMPARE(byName.first().rank, 0);
        QCOMPARE(byName.first().target.size(), 64); // opened on its SHA-256
    }

    void aHashPrefixFindsTheFullHash()
    {
        const SearchHits hits = ofKind(index_->search(QStringLiteral("D5BAD8FD74"), 8), SearchHitKind::Hash);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().text, kMsMpEngSha256);
    }

    void machinesByNameOrFirstLabel()
    {
        const SearchHits exact = ofKind(index_->search(QStringLiteral("test-hostname"), 8), SearchHitKind::Machine);
        QCOMPARE(exact.size(), 1);
        QCOMPARE(exact.first().target, QStringLiteral("test-hostname"));
        QCOMPARE(exact.first().rank, 0);
        // Sysmon names the machine by its FQDN; its first label is the machine.
        const SearchHits label = ofKind(index_->search(QStringLiteral("workstation5"), 8), SearchHitKind::Machine);
        QCOMPARE(label.size(), 1);
        QVERIFY(label.first().text.startsWith(QStringLiteral("WORKSTATION5"), Qt::CaseInsensitive));
        QCOMPARE(label.first().rank, 0);
    }

    void unknownTextFindsNothingButACompleteHashIsAPivot()
    {
        QVERIFY(index_->search(QStringLiteral("no-such-thing-anywhere"), 8).isEmpty());
        // A partial hash that matches nothing: nothing (no invented file).
        QVERIFY(index_->search(QStringLiteral("abcdef0123"), 8).isEmpty());
        const QString unseen(64, u'7');
        const SearchHits hits = index_->search(unseen, 8);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().kind == SearchHitKind::Hash);
        QCOMPARE(hits.first().target, unseen);
        QVERIFY(hits.first().detail.contains(QStringLiteral("not seen")));
    }

    void workspaceIndicatorsByValueOrTitleAndItsMachines()
    {
        QTemporaryDir dir;
        WorkspaceStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("ws.indicia"))).ok());
        Indicator dropper = testing::makeIndicator(IndicatorType::FileSha256, kMsMpEngSha256.toStdString());
        dropper.title = "Finance dropper";
        QVERIFY(store.upsert(dropper).ok());
        QVERIFY(store.upsert(testing::makeIndicator(IndicatorType::DomainName, "dropper-c2.example.net")).ok());
        QVERIFY(store.replaceOrganisation({{QStringLiteral("Finance"), 1, {}}},
                                          {{QStringLiteral("m1"), QStringLiteral("fin-ws-042.contoso.local"),
                                            QStringLiteral("Finance"), QStringLiteral("Windows11"), std::nullopt}})
                    .ok());

        QString error;
        const SearchHits hits = WorkspaceLookup::search(store.database(), QStringLiteral("dropper"), 8, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const SearchHits indicators = ofKind(hits, SearchHitKind::Indicator);
        QCOMPARE(indicators.size(), 2);
        const auto titled = std::find_if(indicators.begin(), indicators.end(),
                                         [](const SearchHit& h) { return h.text == kMsMpEngSha256; });
        QVERIFY(titled != indicators.end());
        QVERIFY(titled->indicatorId > 0);
        QVERIFY(titled->detail.contains(QStringLiteral("Finance dropper")));

        // A defanged domain finds the stored one; the organisation's machines are found too.
        QCOMPARE(ofKind(WorkspaceLookup::search(store.database(), QStringLiteral("dropper-c2[.]example"), 8, error),
                        SearchHitKind::Indicator)
                     .size(),
                 1);
        const SearchHits machines =
            ofKind(WorkspaceLookup::search(store.database(), QStringLiteral("FIN-WS"), 8, error), SearchHitKind::Machine);
        QCOMPARE(machines.size(), 1);
        QCOMPARE(machines.first().target, QStringLiteral("fin-ws-042.contoso.local"));
        QVERIFY(machines.first().detail.contains(QStringLiteral("Finance")));
        QVERIFY(WorkspaceLookup::search(store.database(), QStringLiteral("nothing-like-it"), 8, error).isEmpty());
    }

    void entitySearchAnswersOffTheGuiThreadWithBothSources()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.indicia"));
        WorkspaceStore store;
        QVERIFY(store.open(path).ok());
        Indicator indicator = testing::makeIndicator(IndicatorType::FileSha1,
                                                     "003f4160fc1bc322f0e3ba95b1d540ac955d081e", {}, Action::Audit);
        indicator.title = "Defender engine (msmpeng) audit";
        indicator.generateAlert = true; // Audit must alert
        const auto saved = store.upsert(indicator);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        WorkspaceReader reader(path);

        EntitySearch search;
        QSignalSpy busy(&search, &EntitySearch::busyChanged);
        QSignalSpy finished(&search, &EntitySearch::finished);
        search.setTelemetry(telemetryFiles());
        QVERIFY(search.isIndexing());
        search.search(QStringLiteral("msmpeng"), &reader);
        QVERIFY(search.isBusy()); // the answer comes from the worker threads
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(busy.size(), 2);
        QVERIFY(!search.isBusy());
        const SearchHits hits = finished.first().at(1).value<SearchHits>();
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("msmpeng"));
        QCOMPARE(ofKind(hits, SearchHitKind::File).size(), 1);
        QCOMPARE(ofKind(hits, SearchHitKind::Indicator).size(), 1);
        QVERIFY(hits.first().rank <= hits.last().rank);

        // The same files: no new build. A newer search supersedes an older one.
        search.setTelemetry(telemetryFiles());
        QVERIFY(!search.isIndexing());
        search.search(QStringLiteral("cmd"), &reader);
        search.search(QStringLiteral("no-such-thing-anywhere"), &reader);
        QVERIFY(finished.wait(30000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("no-such-thing-anywhere"));
        QVERIFY(finished.last().at(1).value<SearchHits>().isEmpty());
    }

private:
    std::shared_ptr<const TelemetryIndex> index_;
};

QTEST_GUILESS_MAIN(TestEntitySearch)
#include "test_entity_search.moc"
