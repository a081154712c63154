#include "engine/match/preview_diff.h"

#include <map>
#include <tuple>

namespace indicia::match {

namespace {

struct Verdict {
    std::string outcome = "none";
    std::string indicator;
    std::string rule;
    const PreviewEvent* event = nullptr;
};

using Key = std::tuple<std::uint32_t, std::uint64_t, int>; // source, record, subject

std::map<Key, Verdict> verdictsOf(const PreviewResult& result)
{
    std::map<Key, Verdict> verdicts;
    for (const PreviewEvent& event : result.events) {
        for (const SubjectDecision& subject : event.subjects) {
            const Decision& d = subject.decision;
            Verdict v;
            v.outcome = outcomeCode(d.outcome, d.winner.has_value());
            if (d.winner) {
                const Candidate& w = subject.candidates[*d.winner];
                v.indicator = std::string(toString(w.type)) + ":" + w.value;
            }
            v.rule = ruleCode(d.decidedBy);
            v.event = &event;
            verdicts[{event.source, event.record, int(subject.subject)}] = std::move(v);
        }
    }
    return verdicts;
}

} // namespace

PreviewDiff diffPreviews(const PreviewResult& before, const PreviewResult& after)
{
    const std::map<Key, Verdict> was = verdictsOf(before);
    const std::map<Key, Verdict> now = verdictsOf(after);
    std::map<Key, std::pair<const Verdict*, const Verdict*>> joined;
    for (const auto& [key, v] : was)
        joined[key].first = &v;
    for (const auto& [key, v] : now)
        joined[key].second = &v;

    PreviewDiff diff;
    const Verdict none;
    std::set<std::pair<std::uint32_t, std::uint64_t>> events;
    for (const auto& [key, pair] : joined) {
        const Verdict& b = pair.first ? *pair.first : none;
        const Verdict& a = pair.second ? *pair.second : none;
        if (a.outcome == b.outcome)
            continue;
        const PreviewEvent& event = a.event ? *a.event : *b.event;
        OutcomeChange change;
        change.source = std::get<0>(key);
        change.record = std::get<1>(key);
        change.machine = event.machine;
        change.deviceGroup = event.deviceGroup;
        change.subject = telemetry::toString(telemetry::Subject(std::get<2>(key)));
        change.before = b.outcome;
        change.after = a.outcome;
        change.beforeIndicator = b.indicator;
        change.afterIndicator = a.indicator;
        change.afterRule = a.rule;
        diff.machinesChanged.insert(event.machine);
        events.insert({change.source, change.record});
        diff.changes.push_back(std::move(change));
    }
    diff.eventsChanged = events.size();
    return diff;
}

} // namespace indicia::match
