#pragma once
// Precedence: which of the indicators that match one subject of an event decides, and why.
// This is docs/precedence.md, step for step:
//   1. candidates: active at the as-of time and scoped to the machine's device group
//   2. specificity: hash strength (files); URL > domain, longer path, subdomain > parent,
//      exact IP > range, longer prefix (network)
//   3. scope model: `seed` keeps all-devices indicators, `current` keeps group-scoped ones
//   4. action order: files and certificates BlockAndRemediate > Block > Warn > Audit >
//      Allowed; network Allowed > Warn > Block > Audit
//   5. ties: the most recently updated indicator
// The deciding rule is the last step that removed a candidate (or "only-candidate").

#include "engine/indicator.h"
#include "engine/match/outcome.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace indicia::match {

enum class ScopeModel : std::uint8_t { Seed, Current };
std::string_view toString(ScopeModel model); // "seed", "current"
std::optional<ScopeModel> parseScopeModel(std::string_view text);

enum class Rule : std::uint8_t {
    NoCandidate,          // nothing matched
    Expired,              // everything that matched had expired at the as-of time
    ScopeNotCovered,      // everything that matched is scoped to other device groups
    OnlyCandidate,
    HashStrength,
    UrlOverDomain,
    LongerPath,
    SubdomainOverParent,
    ExactIpOverRange,
    LongerPrefix,
    ScopeSeed,
    ScopeCurrent,
    ActionOrderFile,
    ActionOrderNetwork,
    MostRecentlyUpdated,
};
// Stable kebab-case codes, part of the CLI's --matches and --json contract: never rename.
std::string_view ruleCode(Rule rule);

// One matching indicator as precedence sees it.
struct Candidate {
    std::uint64_t id = 0;
    IndicatorType type = IndicatorType::FileSha256;
    Action action = Action::Block;
    bool generateAlert = false;
    bool allDevices = true;
    bool coversGroup = true; // scope contains the machine's device group (or all devices)
    bool active = true;      // not expired at the as-of time
    TimePoint updated{};
    int specificity = 0;     // domain labels, URL path length or IP prefix length
    std::string value;       // canonical, for the explanation
};

struct Decision {
    std::optional<std::size_t> winner; // index into the candidates
    Rule decidedBy = Rule::NoCandidate;
    // Per candidate: the step that set it aside; empty for the winner (and only for it).
    std::vector<std::optional<Rule>> setAsideBy;
    std::string explanation; // one or two sentences a user understands
    Outcome outcome;
};

struct DecisionContext {
    ScopeModel scopeModel = ScopeModel::Seed;
    std::string_view deviceGroup;    // for the explanation
    bool flaggedByAntivirus = false; // see outcomeFor()
};

Decision decide(std::span<const Candidate> candidates, const DecisionContext& context);

// Action rank for the family (higher wins): files/certs and network orders differ.
int actionRank(IndicatorFamily family, Action action);

} // namespace indicia::match
