// PullPlanner's decision about linked rows the service no longer lists: deleted by someone
// (removed here too), or deleted by the service because they expired (kept, greyed); and
// a push of a changed action whose answer a crash lost, whichever copy comes first.

#include "models/sync/pull_planner.h"

#include <QtTest>

using namespace indicia;

namespace {

LocalLink linked(std::int64_t id, const std::string& serverId, std::optional<TimePoint> expiration)
{
    LocalLink link;
    link.id = id;
    link.serverId = serverId;
    link.state = SyncState::Synced;
    link.indicator.type = IndicatorType::DomainName;
    link.indicator.value = "gone" + std::to_string(id) + ".example";
    link.indicator.expiration = expiration;
    return link;
}

} // namespace

class TestPullPlanner : public QObject {
    Q_OBJECT
private slots:
    void missingRowsAreRemovedUnlessTheyExpired()
    {
        const TimePoint now{std::chrono::seconds(1'800'000'000)};
        const TimePoint past = now - std::chrono::hours(1);
        const TimePoint future = now + std::chrono::hours(1);
        PullPlanner planner({linked(1, "11", std::nullopt), linked(2, "12", past), linked(3, "13", future)}, {});
        planner.setNow(now);
        PullSummary summary;
        const PullPlan plan = planner.plan({}, summary);
        QCOMPARE(plan.removals, (std::vector<std::int64_t>{1, 3}));
        QCOMPARE(summary.removed, 2);
    }

    void withoutANowEveryMissingRowIsRemoved()
    {
        const TimePoint past{std::chrono::seconds(1'000'000'000)};
        PullPlanner planner({linked(1, "11", past)}, {});
        PullSummary summary;
        QCOMPARE(planner.plan({}, summary).removals, (std::vector<std::int64_t>{1}));
    }

    void aLostPushOfAChangedActionIsLinkedInEitherOrder_data()
    {
        QTest::addColumn<bool>("newFirst");
        QTest::newRow("old copy listed first") << false;
        QTest::newRow("new copy listed first") << true;
    }

    void aLostPushOfAChangedActionIsLinkedInEitherOrder()
    {
        // The row was linked to "11" (Audit) and is pending as Block. Its push reached the
        // service, which made "12" (its upsert key has the action), but the answer was lost.
        // The row must end linked to 12, with 11 retired, not counted unrepresentable.
        QFETCH(bool, newFirst);
        LocalLink local = linked(1, "11", std::nullopt);
        local.state = SyncState::Pending;
        local.indicator.action = Action::Block;
        local.base = local.indicator;
        local.base->action = Action::Audit;
        RemoteIndicator oldCopy;
        oldCopy.id = "11";
        oldCopy.indicator = *local.base;
        RemoteIndicator newCopy;
        newCopy.id = "12";
        newCopy.indicator = local.indicator;
        PullPlanner planner({local}, {});
        PullSummary summary;
        const PullPlan plan = planner.plan(newFirst ? std::vector<RemoteIndicator>{newCopy, oldCopy}
                                                    : std::vector<RemoteIndicator>{oldCopy, newCopy},
                                           summary);
        QCOMPARE(summary.unrepresentable, 0);
        QCOMPARE(plan.extraDeletes.size(), std::size_t(1));
        QCOMPARE(plan.extraDeletes[0].serverId, std::string("11"));
        QCOMPARE(plan.links.size(), std::size_t(1));
        QCOMPARE(plan.links[0].first, std::int64_t(1));
        QCOMPARE(plan.links[0].second.id, std::string("12"));
        QVERIFY(plan.rebase.empty() && plan.conflicts.empty() && plan.inserts.empty() && plan.removals.empty());
    }
};

QTEST_GUILESS_MAIN(TestPullPlanner)
#include "test_pull_planner.moc"
