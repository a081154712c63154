#pragma once
// Preview: scan telemetry files against a compiled snapshot, on all cores, and say for
// every event that matched which indicators matched, which one decided, by which rule,
// and what each enforcement means would do. Aggregates feed the summary cards and charts.
//
// Threads: files are split into chunks at record boundaries (CSV and JSON lines); worker
// threads take chunks from a shared counter, each with its own EventMatcher, and only
// matched events are kept. Progress is reported on the calling thread; `cancel` stops
// the workers at their next check (every 4,096 records).

#include "engine/match/event_matcher.h"
#include "engine/match/precedence.h"
#include "engine/match/snapshot.h"
#include "engine/telemetry/machine_groups.h"
#include "engine/telemetry/telemetry_source.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace indicia::match {

struct PreviewOptions {
    ScopeModel scopeModel = ScopeModel::Seed;
    unsigned threads = 0; // 0: every hardware thread
    std::size_t maxRecordBytes = telemetry::TelemetrySource::kDefaultMaxRecordBytes;
};

// One event that matched at least one indicator (winner or not).
struct PreviewEvent {
    std::uint32_t source = 0; // index into PreviewResult::sources
    std::uint64_t record = 0; // 1-based: line (JSON lines), data row (CSV), object (JSON array)
    std::string timestamp;
    std::string machine;
    std::string deviceGroup;
    std::string kind;
    std::vector<SubjectDecision> subjects;
    bool hasWinner() const;
};

struct PreviewSummary {
    std::uint64_t recordsRead = 0;
    std::uint64_t eventsScanned = 0;
    std::uint64_t eventsMatched = 0; // at least one subject with a deciding indicator
    std::uint64_t recordsIgnored = 0;
    std::uint64_t badRecordsSkipped = 0;
    std::uint64_t machinesAffected = 0;
    std::uint64_t alerts = 0;                  // decisions that raise a cloud detection alert
    std::uint64_t allowsOverridingDetection = 0; // Allowed files the antivirus had flagged
    // Decisions (event x subject) per outcome code, winners per action; events per device
    // group and machine; per indicator ("FileSha256:<value>") the events it matched.
    std::map<std::string, std::uint64_t> perOutcome, perAction, perDeviceGroup, perMachine, perIndicator;
};

struct PreviewResult {
    std::vector<std::string> sources; // telemetry paths as given
    std::vector<PreviewEvent> events; // in file order
    PreviewSummary summary;
    std::vector<telemetry::RecordError> errors; // first few per file, and files not read
    bool cancelled = false;
};

using ProgressCallback = std::function<void(std::uint64_t bytesDone, std::uint64_t bytesTotal)>;

// `groups` holds any mapping the caller loaded (a --machine-groups file, a default group);
// DeviceInfo and machine,group files among `paths` are added to it before the scan.
PreviewResult runPreview(const Snapshot& snapshot, const std::vector<std::string>& paths,
                         telemetry::MachineGroups groups, const PreviewOptions& options = {},
                         const ProgressCallback& progress = {}, const std::atomic<bool>* cancel = nullptr);

} // namespace indicia::match
