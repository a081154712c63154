#include "engine/match/event_matcher.h"

#include <algorithm>

namespace indicia::match {

EventMatcher::EventMatcher(const Snapshot& snapshot, const telemetry::MachineGroups& groups, ScopeModel model)
    : snapshot_(snapshot), groups_(groups), model_(model)
{
    hits_.reserve(64);
}

bool EventMatcher::match(const telemetry::Event& event, std::vector<SubjectDecision>& out, std::string& deviceGroup)
{
    out.clear();
    hits_.clear();
    for (std::uint32_t i = 0; i < event.observableCount; ++i)
        snapshot_.match(event, i, hits_);
    if (hits_.empty())
        return false;

    deviceGroup = std::string(groups_.groupOf(event.machine));
    const int groupId = snapshot_.groupId(deviceGroup);
    for (int s = 0; s < telemetry::kSubjectCount; ++s) {
        const auto subject = telemetry::Subject(s);
        SubjectDecision decision;
        decision.subject = subject;
        for (const Hit& hit : hits_) {
            const telemetry::Observable& observable = event.observables[hit.observable];
            if (observable.subject != subject)
                continue;
            // One indicator found through two fields (QueryName and a host) counts once.
            const bool seen = std::any_of(decision.matched.begin(), decision.matched.end(),
                                          [&](const MatchedIndicator& m) { return m.indicator == hit.indicator; });
            if (seen)
                continue;
            const CompiledIndicator& compiled = snapshot_.indicators()[hit.indicator];
            Candidate candidate;
            candidate.id = compiled.id;
            candidate.type = compiled.type;
            candidate.action = compiled.action;
            candidate.generateAlert = compiled.generateAlert;
            candidate.allDevices = compiled.allDevices();
            candidate.coversGroup = groupId >= 0 ? snapshot_.covers(compiled, groupId) : compiled.allDevices();
            candidate.updated = compiled.updated();
            candidate.specificity = compiled.specificity;
            candidate.value = snapshot_.valueOf(hit.indicator);
            decision.candidates.push_back(std::move(candidate));
            decision.matched.push_back({hit.indicator, std::string(observable.field), std::string(observable.value)});
        }
        if (decision.candidates.empty())
            continue;
        DecisionContext context{model_, deviceGroup, event.flaggedByAntivirus};
        decision.decision = decide(decision.candidates, context);
        out.push_back(std::move(decision));
    }
    return true;
}

} // namespace indicia::match
