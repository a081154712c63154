#include "engine/match/preview_output.h"

#include "engine/codec/mde_csv.h"

#include <cstdio>

namespace indicia::match {

namespace {

void writeCell(std::ostream& out, std::string_view raw)
{
    const std::string cell = neutraliseFormula(raw);
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        out << cell;
        return;
    }
    out << '"';
    for (const char c : cell) {
        if (c == '"')
            out << '"';
        out << c;
    }
    out << '"';
}

void writeCounts(std::string& json, std::string_view name, const std::map<std::string, std::uint64_t>& counts)
{
    json += jsonString(name) + ":{";
    bool first = true;
    for (const auto& [key, count] : counts) {
        json += (first ? "" : ",") + jsonString(key) + ":" + std::to_string(count);
        first = false;
    }
    json += "}";
}

} // namespace

void writeMatchesCsv(std::ostream& out, const PreviewResult& result)
{
    out << kMatchesCsvHeader << "\n";
    for (const PreviewEvent& event : result.events) {
        const std::string record = std::to_string(event.record);
        for (const SubjectDecision& subject : event.subjects) {
            const Decision& d = subject.decision;
            const std::string_view outcome = outcomeCode(d.outcome, d.winner.has_value());
            for (std::size_t i = 0; i < subject.candidates.size(); ++i) {
                const Candidate& c = subject.candidates[i];
                const bool winner = d.winner == i;
                const std::string_view decidedBy = ruleCode(winner || !d.winner ? d.decidedBy : *d.setAsideBy[i]);
                const std::string_view cells[] = {result.sources[event.source], record,
                                                  event.timestamp, event.machine, event.deviceGroup, event.kind,
                                                  subject.matched[i].field, toString(c.type), c.value,
                                                  toString(c.action), winner ? "true" : "false", decidedBy, outcome};
                for (std::size_t k = 0; k < std::size(cells); ++k) {
                    if (k)
                        out << ',';
                    writeCell(out, cells[k]);
                }
                out << '\n';
            }
        }
    }
}

std::string jsonString(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string summaryJson(const PreviewResult& result)
{
    const PreviewSummary& s = result.summary;
    std::string json = "{";
    auto number = [&](std::string_view name, std::uint64_t value) {
        json += jsonString(name) + ":" + std::to_string(value) + ",";
    };
    number("recordsRead", s.recordsRead);
    number("eventsScanned", s.eventsScanned);
    number("eventsMatched", s.eventsMatched);
    number("machinesAffected", s.machinesAffected);
    number("alerts", s.alerts);
    number("allowsOverridingDetection", s.allowsOverridingDetection);
    number("recordsIgnored", s.recordsIgnored);
    number("badRecordsSkipped", s.badRecordsSkipped);
    json += std::string("\"cancelled\":") + (result.cancelled ? "true" : "false") + ",";
    writeCounts(json, "perOutcome", s.perOutcome);
    json += ",";
    writeCounts(json, "perAction", s.perAction);
    json += ",";
    writeCounts(json, "perDeviceGroup", s.perDeviceGroup);
    json += ",";
    writeCounts(json, "perMachine", s.perMachine);
    json += ",";
    writeCounts(json, "perIndicator", s.perIndicator);
    json += ",\"errors\":[";
    for (std::size_t i = 0; i < result.errors.size(); ++i) {
        const telemetry::RecordError& e = result.errors[i];
        json += (i ? "," : "") + std::string("{\"source\":") + jsonString(e.source) +
                ",\"record\":" + std::to_string(e.record) + ",\"reason\":" + jsonString(e.reason) + "}";
    }
    return json + "]}";
}

} // namespace indicia::match
