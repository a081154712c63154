#pragma once
// Reason codes raised by the import codecs (CSV template, plain lists), beside the value and
// record codes in engine/issue_codes.h. Same contract: stable kebab-case, never renamed.

#include <string_view>

namespace indicia::codes {

// ---- File and record structure -----------------------------------------------------------
inline constexpr std::string_view kCsvHeader = "csv-header";             // header unusable
inline constexpr std::string_view kCsvRecord = "csv-record";             // quote left open, record too long
inline constexpr std::string_view kCsvColumnCount = "csv-column-count";  // more cells than the header
inline constexpr std::string_view kInvalidUtf8 = "invalid-utf8";         // a cell is not UTF-8

// ---- Cells of the MDE template ---------------------------------------------------------------
inline constexpr std::string_view kTypeRequired = "type-required";
inline constexpr std::string_view kActionRequired = "action-required";
inline constexpr std::string_view kActionUnknown = "action-unknown";
inline constexpr std::string_view kSeverityUnknown = "severity-unknown";
inline constexpr std::string_view kGenerateAlertInvalid = "generate-alert-invalid";
inline constexpr std::string_view kExpirationInvalid = "expiration-invalid";
// Warning: a 2019 action name (Alert, AlertAndBlock) was mapped to today's.
inline constexpr std::string_view kActionLegacy = "action-legacy";

// ---- Plain lists ----------------------------------------------------------------------------
// The line holds words separated by spaces: prose, not a single indicator.
inline constexpr std::string_view kNotAnIndicator = "not-an-indicator";

} // namespace indicia::codes
