#pragma once
// The preview's two machine-readable outputs: the --matches CSV (one row per event and
// matching indicator) and the --json summary.

#include "engine/match/preview.h"

#include <ostream>
#include <string>

namespace indicia::match {

// Header: source,record,timestamp,machine,device_group,event_kind,field,indicator_type,
// indicator_value,action,winner,decided_by,outcome. Cells are quoted when needed and
// cells that a spreadsheet would run as a formula are neutralised (telemetry is untrusted).
inline constexpr std::string_view kMatchesCsvHeader =
    "source,record,timestamp,machine,device_group,event_kind,field,indicator_type,indicator_value,action,winner,"
    "decided_by,outcome";
void writeMatchesCsv(std::ostream& out, const PreviewResult& result);

// {"eventsScanned":..,"eventsMatched":..,"machinesAffected":..,"perOutcome":{..},...}
std::string summaryJson(const PreviewResult& result);

// JSON string literal (quotes included) for `text`.
std::string jsonString(std::string_view text);

} // namespace indicia::match
