#pragma once
// Shared by the telemetry fuzz targets: opens the input as an in-memory telemetry source,
// scans it in the chunks split() picks and checks what any input must satisfy.

#include "engine/telemetry/telemetry_source.h"

#include <cstdlib>
#include <string>
#include <string_view>

namespace fuzz_telemetry {

// A small record limit keeps each run cheap and reaches the over-long-record paths.
inline void scanText(std::string_view text, std::size_t maxRecordBytes = 4096)
{
    using namespace indicia::telemetry;
    TelemetrySource source;
    source.setMaxRecordBytes(maxRecordBytes);
    std::string error;
    if (!source.openText("fuzz-input", text, error))
        return;
    ScanStats stats;
    std::size_t seen = 0;
    const EventSink sink = [&](const Event& event) {
        ++seen;
        if (event.record == 0) // records are numbered from 1
            std::abort();
    };
    if (source.givesMachineGroups()) {
        MachineGroups groups;
        source.loadMachineGroups(groups, stats);
        return;
    }
    const std::vector<std::size_t> bounds = source.split(3);
    for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
        if (bounds[i] > bounds[i + 1] || bounds[i + 1] > text.size())
            std::abort();
        ScanStats part;
        source.scan(bounds[i], bounds[i + 1], sink, part);
        stats.merge(part, stats.records);
    }
    if (stats.events != seen || stats.events > stats.records || stats.errors.size() > ScanStats::kMaxErrors)
        std::abort();
}

} // namespace fuzz_telemetry
