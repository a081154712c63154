#pragma once
// Decides what a complete pull means for the workspace (no I/O): link server indicators to
// local ones by server id, else by (type, value, scope); take remote changes where the local
// row is unchanged since the last sync; mark a conflict where both changed (or the service
// deleted a row edited here); remove rows the service deleted and nobody touched here.

#include "models/sync/sync_ledger.h"

#include <functional>
#include <optional>
#include <set>

namespace indicia {

struct PullSummary {
    int added = 0, updated = 0, removed = 0, conflicts = 0, unrepresentable = 0;
};

class PullPlanner {
public:
    // Whether `content` is a version local row `id` once had (its history): a remote copy
    // that matches one is our own push whose answer was lost, not someone else's change.
    using PastVersion = std::function<bool(std::int64_t id, const Indicator& content)>;

    PullPlanner(std::vector<LocalLink> locals, std::vector<PendingDelete> deletes, PastVersion pastVersion = {});

    // `remotes` must be the whole list the client can see; returns the plan and fills
    // `deletes` server ids that were unknown (resolved by key).
    PullPlan plan(const std::vector<RemoteIndicator>& remotes, PullSummary& summary);
    // The workspace's "now": a linked row that has expired by then and is missing from the
    // service was deleted for expiring (MDE does that), not by someone: it is kept, greyed,
    // until purged. Unset: every missing row counts as deleted.
    void setNow(TimePoint now) { now_ = now; }
    // The server id a pending delete (read after the pull was applied) must delete: empty
    // when its target is already gone from the service (just drop the outbox rows).
    std::string serverIdFor(const PendingDelete& pending) const;

private:
    void decide(const LocalLink& local, const RemoteIndicator& remote, PullPlan& plan, PullSummary& summary);
    bool claimedByDelete(const RemoteIndicator& remote);

    std::vector<LocalLink> locals_;
    std::vector<PendingDelete> deletes_;
    PastVersion pastVersion_;
    std::optional<TimePoint> now_;
    std::set<std::string> seen_;                        // every server id the pull listed
    std::map<std::string, std::string> resolvedByKey_; // unlinked deletes found by key
};

} // namespace indicia
