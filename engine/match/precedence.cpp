#include "engine/match/precedence.h"

#include "engine/text_util.h"

#include <algorithm>
#include <limits>

namespace indicia::match {

namespace {

bool isNetwork(IndicatorType type) { return familyOf(type) == IndicatorFamily::Network; }

// The pool of candidates still in the running, and the step that last narrowed it.
class Pool {
public:
    Pool(std::span<const Candidate> candidates, Decision& decision)
        : candidates_(candidates), decision_(decision)
    {
        decision_.setAsideBy.assign(candidates.size(), std::nullopt);
        for (std::size_t i = 0; i < candidates.size(); ++i)
            members_.push_back(i);
    }

    // Sets aside every member for which `keep` is false, unless that would empty the pool.
    template <typename Keep> void narrow(Rule rule, Keep keep)
    {
        const auto kept = std::count_if(members_.begin(), members_.end(), [&](std::size_t i) { return keep(candidates_[i]); });
        if (kept == 0 || std::size_t(kept) == members_.size())
            return;
        std::erase_if(members_, [&](std::size_t i) {
            if (keep(candidates_[i]))
                return false;
            decision_.setAsideBy[i] = rule;
            return true;
        });
        lastRule_ = rule;
    }
    // Sets aside members for which `applies` is true, even if the pool ends up empty
    // (expiry and scope are filters, not preferences).
    template <typename Applies> void filter(Rule rule, Applies applies)
    {
        std::erase_if(members_, [&](std::size_t i) {
            if (!applies(candidates_[i]))
                return false;
            decision_.setAsideBy[i] = rule;
            return true;
        });
    }
    // Among the members for which `inGroup` holds, keeps those whose `key` is largest;
    // members outside the group are untouched.
    template <typename InGroup, typename Key> void keepBest(Rule rule, InGroup inGroup, Key key)
    {
        long long best = std::numeric_limits<long long>::min();
        for (std::size_t i : members_)
            if (inGroup(candidates_[i]))
                best = std::max<long long>(best, key(candidates_[i]));
        narrow(rule, [&](const Candidate& c) { return !inGroup(c) || key(c) == best; });
    }
    template <typename Pred> bool any(Pred pred) const
    {
        return std::any_of(members_.begin(), members_.end(), [&](std::size_t i) { return pred(candidates_[i]); });
    }

    const std::vector<std::size_t>& members() const { return members_; }
    Rule lastRule() const { return lastRule_; }

private:
    std::span<const Candidate> candidates_;
    Decision& decision_;
    std::vector<std::size_t> members_;
    Rule lastRule_ = Rule::OnlyCandidate;
};

void applySpecificity(Pool& pool)
{
    // Files: the strongest hash type present; certificates stay in the pool.
    pool.keepBest(Rule::HashStrength, [](const Candidate& c) { return isHashType(c.type); },
                  [](const Candidate& c) { return hashStrength(c.type); });
    // Network names: a URL beats a domain, then the longest path / the deepest subdomain.
    if (pool.any([](const Candidate& c) { return c.type == IndicatorType::Url; }))
        pool.narrow(Rule::UrlOverDomain, [](const Candidate& c) { return c.type != IndicatorType::DomainName; });
    pool.keepBest(Rule::LongerPath, [](const Candidate& c) { return c.type == IndicatorType::Url; },
                  [](const Candidate& c) { return c.specificity; });
    pool.keepBest(Rule::SubdomainOverParent, [](const Candidate& c) { return c.type == IndicatorType::DomainName; },
                  [](const Candidate& c) { return c.specificity; });
    // Addresses: an exact IP beats a range, then the longest prefix. Names and addresses
    // are different evidence; neither is more specific, so both stay for the action step.
    if (pool.any([](const Candidate& c) { return c.type == IndicatorType::IpAddress; }))
        pool.narrow(Rule::ExactIpOverRange, [](const Candidate& c) { return c.type != IndicatorType::IpRange; });
    pool.keepBest(Rule::LongerPrefix, [](const Candidate& c) { return c.type == IndicatorType::IpRange; },
                  [](const Candidate& c) { return c.specificity; });
}

void applyScopeModel(Pool& pool, ScopeModel model)
{
    if (model == ScopeModel::Seed)
        pool.narrow(Rule::ScopeSeed, [](const Candidate& c) { return c.allDevices; });
    else
        pool.narrow(Rule::ScopeCurrent, [](const Candidate& c) { return !c.allDevices; });
}

std::string describe(const Candidate& c)
{
    return std::string(displayName(c.type)) + " " + c.value + " (" + std::string(displayName(c.action)) + ", " +
           (c.allDevices ? "all devices" : "device-group scope") + ")";
}

std::string reason(Rule rule)
{
    switch (rule) {
    case Rule::OnlyCandidate: return "it is the only indicator that applies to this event.";
    case Rule::HashStrength:
        return "indicators name the same file by different hashes, and the strongest hash type wins "
               "(SHA-256 > SHA-1 > MD5), whatever their device groups.";
    case Rule::UrlOverDomain: return "a URL indicator is more specific than a domain indicator for the same host.";
    case Rule::LongerPath: return "of the URL indicators that cover the address, the one with the longer path is more specific.";
    case Rule::SubdomainOverParent: return "an indicator for a subdomain is more specific than one for its parent domain.";
    case Rule::ExactIpOverRange: return "an exact IP address indicator is more specific than a range that contains it.";
    case Rule::LongerPrefix: return "of the ranges that contain the address, the one with the longer prefix is more specific.";
    case Rule::ScopeSeed:
        return "indicators for all devices take precedence and cannot be overridden for a device group "
               "(scope model 'seed').";
    case Rule::ScopeCurrent:
        return "an indicator scoped to device groups beats an indicator for all devices (scope model "
               "'current', as MDE does today).";
    case Rule::ActionOrderFile:
        return "for files and certificates, block and warn win over allow "
               "(BlockAndRemediate > Block > Warn > Audit > Allowed).";
    case Rule::ActionOrderNetwork:
        return "for IP addresses, URLs and domains, allow wins over warn and block (Allowed > Warn > Block > Audit).";
    case Rule::MostRecentlyUpdated:
        return "several indicators with the same action apply; the most recently updated one is reported.";
    default: return {};
    }
}

std::string noWinnerExplanation(Rule rule, std::size_t matched, std::string_view group)
{
    const std::string count = std::to_string(matched) + (matched == 1 ? " indicator matches" : " indicators match");
    switch (rule) {
    case Rule::ScopeNotCovered:
        return "No indicator applies: " + count + " this event, but none is scoped to device group '" +
               std::string(group) + "' or to all devices.";
    case Rule::Expired: return "No indicator applies: " + count + " this event, but expired before the as-of time.";
    default: return "No indicator matches this event.";
    }
}

} // namespace

std::string_view toString(ScopeModel model) { return model == ScopeModel::Seed ? "seed" : "current"; }

std::optional<ScopeModel> parseScopeModel(std::string_view text)
{
    text = text::trimWhitespace(text);
    if (text::equalsIgnoreCase(text, "seed"))
        return ScopeModel::Seed;
    if (text::equalsIgnoreCase(text, "current"))
        return ScopeModel::Current;
    return std::nullopt;
}

std::string_view ruleCode(Rule rule)
{
    switch (rule) {
    case Rule::NoCandidate: return "no-candidate";
    case Rule::Expired: return "expired";
    case Rule::ScopeNotCovered: return "scope-not-covered";
    case Rule::OnlyCandidate: return "only-candidate";
    case Rule::HashStrength: return "hash-strength";
    case Rule::UrlOverDomain: return "url-over-domain";
    case Rule::LongerPath: return "longer-path";
    case Rule::SubdomainOverParent: return "subdomain-over-parent";
    case Rule::ExactIpOverRange: return "exact-ip-over-range";
    case Rule::LongerPrefix: return "longer-prefix";
    case Rule::ScopeSeed: return "scope-seed";
    case Rule::ScopeCurrent: return "scope-current";
    case Rule::ActionOrderFile: return "action-order-file";
    case Rule::ActionOrderNetwork: return "action-order-network";
    case Rule::MostRecentlyUpdated: return "most-recently-updated";
    }
    return {};
}

int actionRank(IndicatorFamily family, Action action)
{
    if (family == IndicatorFamily::Network) {
        switch (action) {
        case Action::Allowed: return 4;
        case Action::Warn: return 3;
        case Action::Block: return 2;
        case Action::Audit: return 1;
        case Action::BlockAndRemediate: return 0; // not valid for network indicators
        }
    }
    switch (action) {
    case Action::BlockAndRemediate: return 4;
    case Action::Block: return 3;
    case Action::Warn: return 2;
    case Action::Audit: return 1;
    case Action::Allowed: return 0;
    }
    return 0;
}

Decision decide(std::span<const Candidate> candidates, const DecisionContext& context)
{
    Decision decision;
    Pool pool(candidates, decision);
    pool.filter(Rule::Expired, [](const Candidate& c) { return !c.active; });
    pool.filter(Rule::ScopeNotCovered, [](const Candidate& c) { return !c.coversGroup; });
    if (pool.members().empty()) {
        const bool anyScoped = std::any_of(decision.setAsideBy.begin(), decision.setAsideBy.end(),
                                           [](const auto& r) { return r == Rule::ScopeNotCovered; });
        decision.decidedBy = candidates.empty() ? Rule::NoCandidate : anyScoped ? Rule::ScopeNotCovered : Rule::Expired;
        decision.explanation = noWinnerExplanation(decision.decidedBy, candidates.size(), context.deviceGroup);
        return decision;
    }

    applySpecificity(pool);
    applyScopeModel(pool, context.scopeModel);
    const bool network = pool.any([](const Candidate& c) { return isNetwork(c.type); });
    const IndicatorFamily family = network ? IndicatorFamily::Network : IndicatorFamily::File;
    pool.keepBest(network ? Rule::ActionOrderNetwork : Rule::ActionOrderFile, [](const Candidate&) { return true; },
                  [&](const Candidate& c) { return actionRank(family, c.action); });
    pool.keepBest(Rule::MostRecentlyUpdated, [](const Candidate&) { return true; },
                  [](const Candidate& c) { return c.updated.time_since_epoch().count(); });
    // Still a tie (same action, same update second): the first listed wins, deterministically.
    const std::size_t winner = pool.members().front();
    for (std::size_t i : pool.members())
        if (i != winner)
            decision.setAsideBy[i] = Rule::MostRecentlyUpdated;

    const Candidate& w = candidates[winner];
    decision.winner = winner;
    decision.decidedBy = pool.lastRule();
    decision.explanation = describe(w) + " decides: " + reason(decision.decidedBy);
    decision.outcome = outcomeFor(w.type, w.action, w.generateAlert, context.flaggedByAntivirus);
    return decision;
}

} // namespace indicia::match
