#pragma once
// The telemetry fields the matcher reads, by the names Advanced Hunting and Sysmon give
// them, and the two builders that turn a record's field values into an Event.
// A reader (CSV or JSON) only has to fill a FieldValues: columns are found by name, so
// column order and extra columns do not matter.

#include "engine/telemetry/event.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace indicia::telemetry {

enum class Field : std::uint8_t {
    // Advanced Hunting (all tables)
    Timestamp, DeviceName, ActionType, MachineGroup, AdditionalFields,
    Sha1, Sha256, Md5,
    InitiatingProcessSha1, InitiatingProcessSha256, InitiatingProcessMd5,
    RemoteIp, RemoteUrl, FileOriginUrl, FileOriginIp, SignerHash, IssuerHash,
    // Sysmon
    EventId, Hostname, Computer, Channel, SourceName, UtcTime, TimeCreated, AtTimestamp,
    Hashes, Hash, Initiated, DestinationIp, DestinationHostname, SourceIp, SourceHostname, QueryName,
    Count
};
inline constexpr std::size_t kFieldCount = std::size_t(Field::Count);

// The field a column / JSON key names (exact, case-sensitive as the exports write them).
std::optional<Field> fieldByName(std::string_view name);

// One record's values, as text (unescaped), empty when absent.
struct FieldValues {
    std::array<std::string_view, kFieldCount> values{};
    std::string_view& operator[](Field f) { return values[std::size_t(f)]; }
    std::string_view operator[](Field f) const { return values[std::size_t(f)]; }
    void clear() { values.fill({}); }
};

enum class BuildResult { Event, Ignored };

// Advanced Hunting row (any of the Device* event tables, or DeviceFileCertificateInfo).
// `scratch` receives unescaped text from AdditionalFields; the event may point into it.
BuildResult buildHuntingEvent(const FieldValues& values, Event& event, std::string& scratch);
// Sysmon record: events 1, 3, 6, 7, 15, 22, 23, 26, 29; anything else is ignored.
BuildResult buildSysmonEvent(const FieldValues& values, Event& event);

} // namespace indicia::telemetry
