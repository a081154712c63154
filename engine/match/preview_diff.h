#pragma once
// What changes between two previews of the same telemetry: typically the synced list
// (before) against the draft (after). An event changes when one of its subjects gets a
// different outcome, or a different deciding indicator with the same outcome is ignored.

#include "engine/match/preview.h"

#include <set>
#include <string>
#include <vector>

namespace indicia::match {

struct OutcomeChange {
    std::uint32_t source = 0;
    std::uint64_t record = 0;
    std::string machine;
    std::string deviceGroup;
    std::string subject;      // "target", "remote", ...
    std::string before, after; // outcome codes ("none" when nothing decided)
    std::string beforeIndicator, afterIndicator; // "Type:value" of the winner, or empty
    std::string afterRule;     // rule code that decides in `after`
};

struct PreviewDiff {
    std::vector<OutcomeChange> changes;
    std::uint64_t eventsChanged = 0;
    std::set<std::string> machinesChanged;
};

// Both results must come from the same telemetry paths in the same order.
PreviewDiff diffPreviews(const PreviewResult& before, const PreviewResult& after);

} // namespace indicia::match
