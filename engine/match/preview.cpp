#include "engine/match/preview.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

namespace indicia::match {

namespace {

using telemetry::ScanStats;
using telemetry::TelemetrySource;

// Work units of about 8 MiB: two threads finish within a unit of each other, and each
// unit's pages are mapped in, read and dropped again while the kernel's data about them
// is still in cache.
constexpr std::size_t kUnitBytes = std::size_t(8) << 20;

// One chunk of one file, and what scanning it produced.
struct WorkUnit {
    std::uint32_t source = 0;
    std::size_t begin = 0, end = 0;
    ScanStats stats;
    std::vector<PreviewEvent> events;
};

PreviewEvent toPreviewEvent(const telemetry::Event& event, std::uint32_t source, std::string group,
                            std::vector<SubjectDecision>&& subjects)
{
    PreviewEvent out;
    out.source = source;
    out.record = event.record;
    out.timestamp = event.timestamp;
    out.machine = event.machine;
    out.deviceGroup = std::move(group);
    out.kind = event.kind;
    out.subjects = std::move(subjects);
    return out;
}

void scanUnit(WorkUnit& unit, const TelemetrySource& source, EventMatcher& matcher, const std::atomic<bool>* cancel)
{
    std::vector<SubjectDecision> subjects;
    std::string group;
    source.scan(unit.begin, unit.end,
                [&](const telemetry::Event& event) {
                    if (matcher.match(event, subjects, group))
                        unit.events.push_back(toPreviewEvent(event, unit.source, group, std::move(subjects)));
                },
                unit.stats, cancel);
}

std::string indicatorKey(const Candidate& c) { return std::string(toString(c.type)) + ":" + c.value; }

void summarise(PreviewResult& result)
{
    PreviewSummary& s = result.summary;
    std::set<std::string> machines;
    for (const PreviewEvent& event : result.events) {
        std::set<std::string> indicators; // count each indicator once per event
        for (const SubjectDecision& subject : event.subjects) {
            const Decision& d = subject.decision;
            ++s.perOutcome[std::string(outcomeCode(d.outcome, d.winner.has_value()))];
            for (const Candidate& c : subject.candidates)
                indicators.insert(indicatorKey(c));
            if (!d.winner)
                continue;
            ++s.perAction[std::string(toString(subject.candidates[*d.winner].action))];
            s.alerts += d.outcome.alert == CloudAlert::Alert;
            s.allowsOverridingDetection += d.outcome.suppressesDetection;
        }
        for (const std::string& key : indicators)
            ++s.perIndicator[key];
        if (!event.hasWinner())
            continue;
        ++s.eventsMatched;
        ++s.perDeviceGroup[event.deviceGroup.empty() ? "(no group)" : event.deviceGroup];
        ++s.perMachine[event.machine];
        machines.insert(event.machine);
    }
    s.machinesAffected = machines.size();
}

struct ScanContext {
    const Snapshot& snapshot;
    const std::vector<std::unique_ptr<TelemetrySource>>& sources;
    const telemetry::MachineGroups& groups;
    ScopeModel model;
    unsigned threads;
    const std::atomic<bool>* cancel;
};

void addUnits(std::vector<WorkUnit>& units, std::uint32_t source, const std::vector<std::size_t>& bounds)
{
    for (std::size_t k = 0; k + 1 < bounds.size(); ++k)
        units.push_back({source, bounds[k], bounds[k + 1], {}, {}});
}

// Scans every unit on a pool of threads (each with its own matcher) taking units from a
// shared counter; progress is reported on the calling thread.
void scanUnits(std::vector<WorkUnit>& units, const ScanContext& c, std::atomic<std::uint64_t>& bytesDone,
               std::uint64_t totalBytes, const ProgressCallback& progress)
{
    std::atomic<std::size_t> nextUnit{0};
    std::atomic<unsigned> running{0};
    std::mutex mutex;
    std::condition_variable finished;
    std::vector<std::jthread> workers;
    const unsigned count = std::min<unsigned>(c.threads, unsigned(std::max<std::size_t>(units.size(), 1)));
    running = count;
    for (unsigned t = 0; t < count; ++t) {
        workers.emplace_back([&] {
            EventMatcher matcher(c.snapshot, c.groups, c.model);
            for (std::size_t u; (u = nextUnit.fetch_add(1)) < units.size();) {
                if (c.cancel && c.cancel->load())
                    break;
                const TelemetrySource& source = *c.sources[units[u].source];
                scanUnit(units[u], source, matcher, c.cancel);
                source.release(units[u].begin, units[u].end);
                bytesDone += units[u].end - units[u].begin;
            }
            std::lock_guard lock(mutex);
            --running;
            finished.notify_all();
        });
    }
    std::unique_lock lock(mutex);
    while (running > 0) {
        finished.wait_for(lock, std::chrono::milliseconds(100));
        if (progress) {
            lock.unlock();
            progress(std::min(bytesDone.load(), totalBytes), totalBytes);
            lock.lock();
        }
    }
}

// Sources where a chunk other than the last ended inside quotes: its guessed boundary cut
// a quoted cell (a cell holding a line break) in two.
std::vector<std::uint32_t> wronglySplit(const std::vector<WorkUnit>& units)
{
    std::vector<std::uint32_t> wrong;
    for (std::size_t u = 0; u + 1 < units.size(); ++u)
        if (units[u].stats.endsInsideQuotes && units[u + 1].source == units[u].source &&
            (wrong.empty() || wrong.back() != units[u].source))
            wrong.push_back(units[u].source);
    return wrong;
}

} // namespace

bool PreviewEvent::hasWinner() const
{
    return std::any_of(subjects.begin(), subjects.end(), [](const SubjectDecision& s) { return s.decision.winner.has_value(); });
}

PreviewResult runPreview(const Snapshot& snapshot, const std::vector<std::string>& paths, telemetry::MachineGroups groups,
                         const PreviewOptions& options, const ProgressCallback& progress, const std::atomic<bool>* cancel)
{
    PreviewResult result;
    result.sources = paths;
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

    // Open everything; machine-group sources first, since every event needs its group.
    std::vector<std::unique_ptr<TelemetrySource>> sources(paths.size());
    ScanStats totals;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        auto source = std::make_unique<TelemetrySource>();
        source->setMaxRecordBytes(options.maxRecordBytes);
        std::string error;
        if (!source->open(paths[i], error)) {
            result.errors.push_back({paths[i], 0, error});
            continue;
        }
        if (source->givesMachineGroups()) {
            ScanStats stats;
            source->loadMachineGroups(groups, stats);
            totals.merge(stats, 0);
            continue;
        }
        sources[i] = std::move(source);
    }

    // Chunks: a few per thread per file, so threads stay busy and progress moves. The CSV
    // boundaries are guessed (no pass over the file first); a wrong guess shows as a chunk
    // that ends inside quotes, and that file is scanned again with exact boundaries.
    // Chunks of at most about kUnitBytes, and a few per thread for small files.
    const std::size_t minParts = threads > 1 ? std::size_t(threads) * 4 : 1;
    std::vector<WorkUnit> units;
    std::uint64_t totalBytes = 0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (!sources[i])
            continue;
        const std::size_t parts = std::max(minParts, sources[i]->size() / kUnitBytes);
        addUnits(units, std::uint32_t(i), sources[i]->splitFast(parts));
        totalBytes += sources[i]->size();
    }
    std::atomic<std::uint64_t> bytesDone{0};
    const ScanContext context{snapshot, sources, groups, options.scopeModel, threads, cancel};
    scanUnits(units, context, bytesDone, totalBytes, progress);
    if (const std::vector<std::uint32_t> wrong = wronglySplit(units); !wrong.empty()) {
        std::vector<WorkUnit> again;
        for (const std::uint32_t i : wrong) {
            std::erase_if(units, [i](const WorkUnit& unit) { return unit.source == i; });
            addUnits(again, i, sources[i]->split(minParts)); // rare: larger chunks, fewer quote-counting threads
        }
        scanUnits(again, context, bytesDone, totalBytes, progress);
        units.insert(units.end(), std::make_move_iterator(again.begin()), std::make_move_iterator(again.end()));
        std::stable_sort(units.begin(), units.end(), [](const WorkUnit& a, const WorkUnit& b) {
            return a.source != b.source ? a.source < b.source : a.begin < b.begin;
        });
    }
    result.cancelled = cancel && cancel->load();

    // Chunk-local record numbers become file record numbers.
    std::vector<std::uint64_t> recordsSoFar(paths.size(), 0);
    for (WorkUnit& unit : units) {
        const std::uint64_t offset = recordsSoFar[unit.source];
        for (PreviewEvent& event : unit.events) {
            event.record += offset;
            result.events.push_back(std::move(event));
        }
        totals.merge(unit.stats, offset);
        recordsSoFar[unit.source] += unit.stats.records;
    }
    result.errors.insert(result.errors.end(), totals.errors.begin(), totals.errors.end());
    result.summary.recordsRead = totals.records;
    result.summary.eventsScanned = totals.events;
    result.summary.recordsIgnored = totals.ignored;
    result.summary.badRecordsSkipped = totals.bad;
    summarise(result);
    if (progress)
        progress(totalBytes, totalBytes);
    return result;
}

} // namespace indicia::match
