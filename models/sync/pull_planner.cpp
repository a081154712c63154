#include "models/sync/pull_planner.h"

#include <unordered_map>

namespace indicia {

PullPlanner::PullPlanner(std::vector<LocalLink> locals, std::vector<PendingDelete> deletes, PastVersion pastVersion)
    : locals_(std::move(locals)), deletes_(std::move(deletes)), pastVersion_(std::move(pastVersion))
{
}

bool PullPlanner::claimedByDelete(const RemoteIndicator& remote)
{
    const std::string key = identityKey(remote.indicator);
    for (PendingDelete& pending : deletes_) {
        if (pending.serverId == remote.id)
            return true;
        if (pending.serverId.empty() && pending.key == key) {
            pending.serverId = remote.id; // never linked here, but pushed before the crash
            resolvedByKey_[key] = remote.id;
            return true;
        }
    }
    return false;
}

void PullPlanner::decide(const LocalLink& local, const RemoteIndicator& remote, PullPlan& plan, PullSummary& summary)
{
    const bool localChanged = local.state == SyncState::Pending || local.state == SyncState::Failed;
    const bool same = sameIndicatorContent(local.indicator, remote.indicator);
    if (local.state == SyncState::Conflict) {
        plan.conflicts.emplace_back(local.id, remote); // keep the newest remote version
        return;
    }
    // Without a base (a first link, or a push whose answer a crash lost) there is no "since
    // the last sync": a remote copy equal to a version this row once had is our own earlier
    // push (not a change there); anything else is a change made there.
    const bool ours = !local.base && pastVersion_ && pastVersion_(local.id, remote.indicator);
    const bool remoteChanged = local.base ? !sameIndicatorContent(*local.base, remote.indicator) : !ours;
    if (same) { // nothing to push or take; a pending row whose push result was lost is done
        (localChanged ? plan.links : plan.rebase).emplace_back(local.id, remote);
        return;
    }
    if (!remoteChanged) {
        plan.rebase.emplace_back(local.id, remote); // ours to push; remember the link
        return;
    }
    if (localChanged) {
        plan.conflicts.emplace_back(local.id, remote);
        ++summary.conflicts;
        return;
    }
    plan.takes.emplace_back(local.id, remote);
    ++summary.updated;
}

PullPlan PullPlanner::plan(const std::vector<RemoteIndicator>& remotes, PullSummary& summary)
{
    PullPlan out;
    std::unordered_map<std::string, std::size_t> byServer;
    std::unordered_map<std::string, std::size_t> byKey;
    for (std::size_t i = 0; i < locals_.size(); ++i) {
        if (!locals_[i].serverId.empty())
            byServer.emplace(locals_[i].serverId, i);
        byKey.emplace(identityKey(locals_[i].indicator), i);
    }
    // Our own push of a changed action, whose result a crash lost: the service made a new
    // indicator (its upsert key has the action) and still has the old one, which this row
    // is linked to. Link the new one and retire the old one before anything is matched:
    // whichever of the two the service lists first, both then count for this row.
    std::set<std::string> retired;
    for (const RemoteIndicator& remote : remotes) {
        if (byServer.count(remote.id) != 0)
            continue;
        const auto byIdentity = byKey.find(identityKey(remote.indicator));
        if (byIdentity == byKey.end())
            continue;
        LocalLink& local = locals_[byIdentity->second];
        if (local.serverId.empty() || local.state != SyncState::Pending
            || !sameIndicatorContent(local.indicator, remote.indicator))
            continue;
        out.extraDeletes.push_back({{}, local.serverId, identityKey(local.indicator)});
        retired.insert(local.serverId);
        byServer.erase(local.serverId);
        local.serverId = remote.id;
        byServer.emplace(remote.id, byIdentity->second);
    }
    std::set<std::string>& seen = seen_;
    std::set<std::size_t> matched;
    for (const RemoteIndicator& remote : remotes) {
        seen.insert(remote.id);
        if (retired.count(remote.id) != 0 || claimedByDelete(remote))
            continue;
        auto linked = byServer.find(remote.id);
        std::optional<std::size_t> index;
        if (linked != byServer.end()) {
            index = linked->second;
        } else if (auto byIdentity = byKey.find(identityKey(remote.indicator)); byIdentity != byKey.end()) {
            if (locals_[byIdentity->second].serverId.empty())
                index = byIdentity->second;
        }
        if (!index) {
            if (byKey.count(identityKey(remote.indicator)) != 0) {
                ++summary.unrepresentable; // same value and scope, another action: one local row per key
                continue;
            }
            out.inserts.push_back(remote);
            ++summary.added;
            continue;
        }
        if (!matched.insert(*index).second) {
            ++summary.unrepresentable;
            continue;
        }
        decide(locals_[*index], remote, out, summary);
    }
    // Linked rows the service no longer has.
    for (std::size_t i = 0; i < locals_.size(); ++i) {
        const LocalLink& local = locals_[i];
        if (local.serverId.empty() || matched.count(i) != 0 || seen.count(local.serverId) != 0)
            continue;
        if (now_ && local.indicator.isExpiredAt(*now_))
            continue; // expired: the service deleted it on its own
        if (local.state == SyncState::Synced) {
            out.removals.push_back(local.id);
            ++summary.removed;
        } else {
            out.conflicts.emplace_back(local.id, std::nullopt);
            if (local.state != SyncState::Conflict)
                ++summary.conflicts;
        }
    }
    return out;
}

std::string PullPlanner::serverIdFor(const PendingDelete& pending) const
{
    std::string id = pending.serverId;
    if (id.empty()) {
        const auto resolved = resolvedByKey_.find(pending.key);
        id = resolved == resolvedByKey_.end() ? std::string() : resolved->second;
    }
    return seen_.count(id) != 0 ? id : std::string();
}

} // namespace indicia
