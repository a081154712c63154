#include "engine/telemetry/fields.h"

#include "engine/telemetry/json_scan.h"

#include <algorithm>
#include <utility>

namespace indicia::telemetry {

namespace {

struct NamedField {
    std::string_view name;
    Field field;
};

// Sorted by name for binary search.
constexpr std::array kNames = {
    NamedField{"@timestamp", Field::AtTimestamp},
    NamedField{"ActionType", Field::ActionType},
    NamedField{"AdditionalFields", Field::AdditionalFields},
    NamedField{"Channel", Field::Channel},
    NamedField{"Computer", Field::Computer},
    NamedField{"DestinationHostname", Field::DestinationHostname},
    NamedField{"DestinationIp", Field::DestinationIp},
    NamedField{"DeviceName", Field::DeviceName},
    NamedField{"EventID", Field::EventId},
    NamedField{"FileOriginIP", Field::FileOriginIp},
    NamedField{"FileOriginUrl", Field::FileOriginUrl},
    NamedField{"Hash", Field::Hash},
    NamedField{"Hashes", Field::Hashes},
    NamedField{"Hostname", Field::Hostname},
    NamedField{"Initiated", Field::Initiated},
    NamedField{"InitiatingProcessMD5", Field::InitiatingProcessMd5},
    NamedField{"InitiatingProcessSHA1", Field::InitiatingProcessSha1},
    NamedField{"InitiatingProcessSHA256", Field::InitiatingProcessSha256},
    NamedField{"IssuerHash", Field::IssuerHash},
    NamedField{"MD5", Field::Md5},
    NamedField{"MachineGroup", Field::MachineGroup},
    NamedField{"QueryName", Field::QueryName},
    NamedField{"RemoteIP", Field::RemoteIp},
    NamedField{"RemoteUrl", Field::RemoteUrl},
    NamedField{"SHA1", Field::Sha1},
    NamedField{"SHA256", Field::Sha256},
    NamedField{"SignerHash", Field::SignerHash},
    NamedField{"SourceHostname", Field::SourceHostname},
    NamedField{"SourceIp", Field::SourceIp},
    NamedField{"SourceName", Field::SourceName},
    NamedField{"TimeCreated", Field::TimeCreated},
    NamedField{"Timestamp", Field::Timestamp},
    NamedField{"UtcTime", Field::UtcTime},
};

std::string_view firstOf(const FieldValues& v, std::initializer_list<Field> fields)
{
    for (const Field f : fields)
        if (!v[f].empty())
            return v[f];
    return {};
}

// DnsConnectionInspected and friends carry the name only inside AdditionalFields
// ({"query": ...}, {"host": ...}, {"server_name": ...}).
void addInspectedHost(std::string_view additional, Event& event, std::string& scratch)
{
    JsonObjectScanner scanner(additional);
    JsonMember member;
    while (scanner.next(member)) {
        if (!member.isString)
            continue;
        std::string_view field;
        if (member.key == "query")
            field = "AdditionalFields.query";
        else if (member.key == "host")
            field = "AdditionalFields.host";
        else if (member.key == "server_name")
            field = "AdditionalFields.server_name";
        else
            continue;
        std::string_view value = member.value;
        if (member.hasEscapes && !unescapeJson(member.value, scratch, value))
            continue;
        event.add(ValueKind::Host, Subject::Remote, field, value);
    }
}

// "SHA1=..,MD5=..,SHA256=..,IMPHASH=.." (Sysmon writes whichever algorithms it was told to).
void addSysmonHashes(std::string_view text, std::string_view fieldName, Event& event)
{
    const bool plural = fieldName == "Hashes";
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        const std::string_view item = text.substr(0, comma);
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
        const std::size_t equals = item.find('=');
        if (equals == std::string_view::npos)
            continue;
        const std::string_view algorithm = item.substr(0, equals);
        const std::string_view value = item.substr(equals + 1);
        if (algorithm == "SHA1")
            event.add(ValueKind::Sha1, Subject::Target, plural ? "Hashes.SHA1" : "Hash.SHA1", value);
        else if (algorithm == "SHA256")
            event.add(ValueKind::Sha256, Subject::Target, plural ? "Hashes.SHA256" : "Hash.SHA256", value);
        else if (algorithm == "MD5")
            event.add(ValueKind::Md5, Subject::Target, plural ? "Hashes.MD5" : "Hash.MD5", value);
    }
}

std::string_view sysmonKind(int id)
{
    switch (id) {
    case 1: return "sysmon-1";
    case 3: return "sysmon-3";
    case 6: return "sysmon-6";
    case 7: return "sysmon-7";
    case 15: return "sysmon-15";
    case 22: return "sysmon-22";
    case 23: return "sysmon-23";
    case 26: return "sysmon-26";
    case 29: return "sysmon-29";
    default: return {};
    }
}

int parseEventId(std::string_view text)
{
    int id = 0;
    if (text.empty() || text.size() > 6)
        return -1;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        id = id * 10 + (c - '0');
    }
    return id;
}

} // namespace

std::optional<Field> fieldByName(std::string_view name)
{
    const auto found = std::lower_bound(kNames.begin(), kNames.end(), name,
                                        [](const NamedField& f, std::string_view n) { return f.name < n; });
    if (found == kNames.end() || found->name != name)
        return std::nullopt;
    return found->field;
}

BuildResult buildHuntingEvent(const FieldValues& v, Event& event, std::string& scratch)
{
    event.timestamp = v[Field::Timestamp];
    event.machine = v[Field::DeviceName];
    event.kind = v[Field::ActionType].empty() ? std::string_view("event") : v[Field::ActionType];
    event.flaggedByAntivirus = event.kind == "AntivirusDetection";
    event.add(ValueKind::Sha1, Subject::Target, "SHA1", v[Field::Sha1]);
    event.add(ValueKind::Sha256, Subject::Target, "SHA256", v[Field::Sha256]);
    event.add(ValueKind::Md5, Subject::Target, "MD5", v[Field::Md5]);
    // DeviceFileCertificateInfo: the file and the certificates that signed it share a chain.
    event.add(ValueKind::CertificateThumbprint, Subject::Target, "SignerHash", v[Field::SignerHash]);
    event.add(ValueKind::CertificateThumbprint, Subject::Target, "IssuerHash", v[Field::IssuerHash]);
    event.add(ValueKind::Sha1, Subject::InitiatingProcess, "InitiatingProcessSHA1", v[Field::InitiatingProcessSha1]);
    event.add(ValueKind::Sha256, Subject::InitiatingProcess, "InitiatingProcessSHA256", v[Field::InitiatingProcessSha256]);
    event.add(ValueKind::Md5, Subject::InitiatingProcess, "InitiatingProcessMD5", v[Field::InitiatingProcessMd5]);
    event.add(ValueKind::Ip, Subject::Remote, "RemoteIP", v[Field::RemoteIp]);
    event.add(ValueKind::Url, Subject::Remote, "RemoteUrl", v[Field::RemoteUrl]);
    event.add(ValueKind::Url, Subject::FileOrigin, "FileOriginUrl", v[Field::FileOriginUrl]);
    event.add(ValueKind::Ip, Subject::FileOrigin, "FileOriginIP", v[Field::FileOriginIp]);
    if (event.kind.ends_with("ConnectionInspected") && v[Field::AdditionalFields].starts_with('{'))
        addInspectedHost(v[Field::AdditionalFields], event, scratch);
    return BuildResult::Event;
}

BuildResult buildSysmonEvent(const FieldValues& v, Event& event)
{
    // Raw event logs mix channels; only Sysmon's events are ours.
    const std::string_view channel = firstOf(v, {Field::Channel, Field::SourceName});
    if (!channel.empty() && channel.find("Sysmon") == std::string_view::npos)
        return BuildResult::Ignored;
    const int id = parseEventId(v[Field::EventId]);
    event.kind = sysmonKind(id);
    if (event.kind.empty())
        return BuildResult::Ignored;
    event.machine = firstOf(v, {Field::Hostname, Field::Computer});
    event.timestamp = firstOf(v, {Field::UtcTime, Field::AtTimestamp, Field::TimeCreated});
    switch (id) {
    case 3: {
        // The remote side: the destination when this machine initiated the connection.
        const bool initiated = v[Field::Initiated] == "true" || v[Field::Initiated] == "True";
        event.add(ValueKind::Ip, Subject::Remote, initiated ? "DestinationIp" : "SourceIp",
                  v[initiated ? Field::DestinationIp : Field::SourceIp]);
        event.add(ValueKind::Host, Subject::Remote, initiated ? "DestinationHostname" : "SourceHostname",
                  v[initiated ? Field::DestinationHostname : Field::SourceHostname]);
        break;
    }
    case 22: event.add(ValueKind::Host, Subject::Remote, "QueryName", v[Field::QueryName]); break;
    case 15: addSysmonHashes(v[Field::Hash].empty() ? v[Field::Hashes] : v[Field::Hash], v[Field::Hash].empty() ? "Hashes" : "Hash", event); break;
    default: addSysmonHashes(v[Field::Hashes].empty() ? v[Field::Hash] : v[Field::Hashes], v[Field::Hashes].empty() ? "Hash" : "Hashes", event); break;
    }
    return BuildResult::Event;
}

} // namespace indicia::telemetry
