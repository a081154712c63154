// The lists a preview runs against, read from a real workspace file: the synced side is
// each indicator as the last sync left it, so an indicator edited or deleted here since
// is still on it as it was (issue 18: an Audit changed to Block read "none -> block").

#include "models/preview/preview_list.h"
#include "models/sync/sync_ledger.h"
#include "models/store/workspace_store.h"
#include "test_store_support.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace indicia;
using namespace indicia::testing;

namespace {

const TimePoint kAsOf = fromUnixSeconds(4102444800); // 2100-01-01: nothing here has expired

std::map<std::uint64_t, Indicator> listed(const WorkspaceStore& store, preview::ListChoice choice)
{
    QString error;
    std::map<std::uint64_t, Indicator> out;
    for (const match::ListedIndicator& item : preview::loadListed(store, choice, kAsOf, error))
        out[item.id] = item.indicator;
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return out;
}

// What a successful push records: the service's id, the row synced, the sent version as base.
bool push(WorkspaceStore& store, std::int64_t id, const std::string& serverId)
{
    const auto record = store.get(id);
    if (!record.ok())
        return false;
    PushOutcome outcome;
    outcome.sent = *record;
    outcome.serverId = serverId;
    SyncLedger ledger(store);
    return ledger.applyPush({outcome});
}

Indicator audited(const std::string& domain)
{
    Indicator audit = makeIndicator(IndicatorType::DomainName, domain, {}, Action::Audit);
    audit.generateAlert = true; // an Audit without its alert is refused
    return audit;
}

} // namespace

class TestPreviewList : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

private slots:
    void editedSinceSyncKeepsTheSyncedVersion()
    {
        WorkspaceStore store;
        QVERIFY(store.open(dir_.filePath(QStringLiteral("edited.indicia"))).ok());
        Indicator audit = audited("contoso-bad.com");
        const auto added = store.upsert(audit);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        const std::int64_t id = added->id;
        QVERIFY(push(store, id, "900"));
        QVERIFY(store.get(id)->syncState == SyncState::Synced);

        Indicator block = audit;
        block.action = Action::Block;
        QVERIFY(store.update(id, block).ok());
        QVERIFY(store.get(id)->syncState == SyncState::Pending);

        const auto synced = listed(store, preview::ListChoice::Synced);
        QCOMPARE(synced.size(), std::size_t(1));
        QVERIFY(synced.at(std::uint64_t(id)).action == Action::Audit); // what the service has
        QVERIFY(listed(store, preview::ListChoice::Draft).at(std::uint64_t(id)).action == Action::Block);

        // Once the edit is pushed, the synced side is the edit.
        QVERIFY(push(store, id, "900"));
        QVERIFY(listed(store, preview::ListChoice::Synced).at(std::uint64_t(id)).action == Action::Block);
    }

    void deletedBeforeTheDeleteIsSentStaysOnTheSyncedSide()
    {
        WorkspaceStore store;
        QVERIFY(store.open(dir_.filePath(QStringLiteral("deleted.indicia"))).ok());
        const auto kept = store.upsert(makeIndicator(IndicatorType::IpAddress, "52.1.2.3"));
        const auto gone = store.upsert(audited("fabrikam-bad.net"));
        QVERIFY(kept.ok() && gone.ok());
        QVERIFY(push(store, kept->id, "901"));
        QVERIFY(push(store, gone->id, "902"));
        // Edited, then deleted, before the next sync: the service still has the first version.
        Indicator edited = store.get(gone->id)->indicator;
        edited.action = Action::Block;
        QVERIFY(store.update(gone->id, edited).ok());
        QVERIFY(store.remove({gone->id}).ok());

        auto synced = listed(store, preview::ListChoice::Synced);
        QCOMPARE(synced.size(), std::size_t(2));
        QCOMPARE(synced.at(std::uint64_t(gone->id)).value, std::string("fabrikam-bad.net"));
        QVERIFY(synced.at(std::uint64_t(gone->id)).action == Action::Audit);
        QCOMPARE(listed(store, preview::ListChoice::Draft).size(), std::size_t(1));

        // The delete sent: the service no longer has it.
        SyncLedger ledger(store);
        std::vector<std::int64_t> outboxIds;
        for (const PendingDelete& pending : ledger.pendingDeletes())
            outboxIds.insert(outboxIds.end(), pending.outboxIds.begin(), pending.outboxIds.end());
        QCOMPARE(outboxIds.size(), std::size_t(1));
        QVERIFY(ledger.dropDeletes(outboxIds));
        synced = listed(store, preview::ListChoice::Synced);
        QCOMPARE(synced.size(), std::size_t(1));
        QVERIFY(synced.count(std::uint64_t(kept->id)));
    }

    void withoutABaseTheHistorySaysWhatWasSynced()
    {
        // A row marked synced with no sync base kept (a workspace from before sync_remote):
        // its history's last synced version stands in.
        WorkspaceStore store;
        QVERIFY(store.open(dir_.filePath(QStringLiteral("history.indicia"))).ok());
        Indicator audit = audited("tailspin-bad.org");
        const auto added = store.upsert(audit);
        QVERIFY(added.ok());
        QVERIFY(execOn(store, QStringLiteral("UPDATE indicators SET sync_state = 'synced', server_id = '77'")));
        Indicator block = audit;
        block.action = Action::Block;
        QVERIFY(store.update(added->id, block).ok());
        block.title = "edited twice";
        QVERIFY(store.update(added->id, block).ok());
        const auto synced = listed(store, preview::ListChoice::Synced);
        QCOMPARE(synced.size(), std::size_t(1));
        QVERIFY(synced.at(std::uint64_t(added->id)).action == Action::Audit);
    }

    void neverSyncedIsOnlyInTheDraft()
    {
        WorkspaceStore store;
        QVERIFY(store.open(dir_.filePath(QStringLiteral("new.indicia"))).ok());
        QVERIFY(store.upsert(sha256(1)).ok());
        QVERIFY(listed(store, preview::ListChoice::Synced).empty());
        QCOMPARE(listed(store, preview::ListChoice::Draft).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPreviewList)
#include "test_preview_list.moc"
