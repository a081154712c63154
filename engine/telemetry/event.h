#pragma once
// One telemetry event as the readers hand it to the matcher: views into the reader's
// buffer, valid only until the reader moves on. Nothing here allocates, so a scan of
// millions of records allocates nothing per record.
//
// An event can describe several things ("subjects"): a process event names the process
// file and the process that started it; a network event names the remote end and the
// initiating process. Precedence decides per subject, because hash strength and URL
// specificity only make sense between values that describe the same thing.

#include <array>
#include <cstdint>
#include <string_view>

namespace indicia::telemetry {

// What kind of value a field carries, which decides the snapshot table it is looked up in.
enum class ValueKind : std::uint8_t { Sha1, Sha256, Md5, CertificateThumbprint, Ip, Host, Url };

enum class Subject : std::uint8_t {
    Target,            // the file of the event (process image, created file, loaded image)
    InitiatingProcess, // the process that caused the event
    Remote,            // the remote end of a connection or the name queried
    FileOrigin,        // where a file came from (FileOriginUrl / FileOriginIP)
};
inline constexpr int kSubjectCount = 4;
std::string_view toString(Subject subject); // "target", "initiating-process", ...

struct Observable {
    ValueKind kind = ValueKind::Sha1;
    Subject subject = Subject::Target;
    std::string_view field; // column or JSON key it came from ("SHA1", "Hashes.SHA256", ...)
    std::string_view value; // as written (hex in any case, IP text, host name, URL)
};

struct Event {
    static constexpr std::size_t kMaxObservables = 24;

    std::uint64_t record = 0;     // 1-based: line (JSON lines), data row (CSV), object (JSON array)
    std::string_view timestamp;   // as written
    std::string_view machine;     // DeviceName, Sysmon Hostname / Computer
    std::string_view kind;        // ActionType, or "sysmon-<EventID>"
    bool flaggedByAntivirus = false; // the event itself is an AV detection
    std::array<Observable, kMaxObservables> observables{};
    std::size_t observableCount = 0;

    void clear()
    {
        record = 0;
        timestamp = machine = kind = {};
        flaggedByAntivirus = false;
        observableCount = 0;
    }
    // Empty values and the "-" Sysmon writes for "none" are ignored.
    void add(ValueKind kind_, Subject subject, std::string_view field, std::string_view value)
    {
        if (value.empty() || value == "-" || observableCount == kMaxObservables)
            return;
        observables[observableCount++] = Observable{kind_, subject, field, value};
    }
};

} // namespace indicia::telemetry
