#pragma once
// Timestamps as indicators carry them: ISO 8601 in UTC (or with an offset), including the
// CSV template's "YYYY-MM-DDTHH:MM:SS.0Z" and 7-digit fractions. Second granularity.

#include "engine/indicator.h"

#include <optional>
#include <string>
#include <string_view>

namespace indicia {

std::optional<TimePoint> parseIsoTimestamp(std::string_view text);
// "2026-01-31T12:00:00Z"
std::string formatIsoTimestamp(TimePoint t);
// The MDE CSV form "2026-01-31T12:00:00.0Z".
std::string formatCsvTimestamp(TimePoint t);
TimePoint nowUtc();

} // namespace indicia
