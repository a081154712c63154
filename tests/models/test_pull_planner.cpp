// PullPlanner's decision about linked rows the service no longer lists: deleted by someone
// (removed here too), or deleted by the service because they expired (kept, greyed).

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
};

QTEST_GUILESS_MAIN(TestPullPlanner)
#include "test_pull_planner.moc"
