#pragma once
// EventMatcher: looks every observable of a telemetry event up in a snapshot and, for each
// subject that matched, lets precedence decide. One per worker thread: it reuses its
// buffers, so events that match nothing (nearly all of them) allocate nothing.

#include "engine/match/precedence.h"
#include "engine/match/snapshot.h"
#include "engine/telemetry/event.h"
#include "engine/telemetry/machine_groups.h"

#include <string>
#include <vector>

namespace indicia::match {

// One matching indicator of a subject, with the field that matched it.
struct MatchedIndicator {
    std::uint32_t indicator = 0;  // index into the snapshot's indicators()
    std::string field;            // telemetry field ("SHA1", "Hashes.SHA256", "QueryName")
    std::string observedValue;    // the value as the telemetry wrote it
};

struct SubjectDecision {
    telemetry::Subject subject = telemetry::Subject::Target;
    std::vector<MatchedIndicator> matched; // parallel to candidates
    std::vector<Candidate> candidates;
    Decision decision;
};

class EventMatcher {
public:
    EventMatcher(const Snapshot& snapshot, const telemetry::MachineGroups& groups, ScopeModel model);

    // Fills `out` with one decision per subject that matched; false (and `out` empty)
    // when nothing matched. `deviceGroup` receives the machine's group when it matched.
    bool match(const telemetry::Event& event, std::vector<SubjectDecision>& out, std::string& deviceGroup);

private:
    const Snapshot& snapshot_;
    const telemetry::MachineGroups& groups_;
    ScopeModel model_;
    std::vector<Hit> hits_;
};

} // namespace indicia::match
