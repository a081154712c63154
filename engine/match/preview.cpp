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

    // Chunks: a few per thread per file, so threads stay busy and progress moves.
    std::vector<WorkUnit> units;
    std::uint64_t totalBytes = 0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (!sources[i])
            continue;
        const std::vector<std::size_t> bounds = sources[i]->split(threads > 1 ? std::size_t(threads) * 4 : 1);
        for (std::size_t k = 0; k + 1 < bounds.size(); ++k)
            units.push_back({std::uint32_t(i), bounds[k], bounds[k + 1], {}, {}});
        totalBytes += sources[i]->size();
    }

    std::atomic<std::size_t> nextUnit{0};
    std::atomic<std::uint64_t> bytesDone{0};
    std::atomic<unsigned> running{0};
    std::mutex mutex;
    std::condition_variable finished;
    {
        std::vector<std::jthread> workers;
        const unsigned count = std::min<unsigned>(threads, unsigned(std::max<std::size_t>(units.size(), 1)));
        running = count;
        for (unsigned t = 0; t < count; ++t) {
            workers.emplace_back([&] {
                EventMatcher matcher(snapshot, groups, options.scopeModel);
                for (std::size_t u; (u = nextUnit.fetch_add(1)) < units.size();) {
                    if (cancel && cancel->load())
                        break;
                    scanUnit(units[u], *sources[units[u].source], matcher, cancel);
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
                progress(bytesDone.load(), totalBytes);
                lock.lock();
            }
        }
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
