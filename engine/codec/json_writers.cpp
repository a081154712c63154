#include "engine/codec/json_writers.h"

#include "engine/codec/misp_fields.h"
#include "engine/codec/misp_types.h"
#include "engine/codec/stix_fields.h"
#include "engine/timeutil.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace indicia {

namespace {

using nlohmann::json;

std::uint64_t fnv1a(std::string_view text, std::uint64_t seed)
{
    std::uint64_t hash = seed;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// Invalid UTF-8 in a title must not abort an export: it is replaced, not thrown about.
std::string dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// The identity of an indicator downstream: type, value and scope, as our store keys it.
std::string identityOf(const Indicator& indicator)
{
    std::string name = std::string(toString(indicator.type)) + '\n' + indicator.value;
    for (const std::string& group : indicator.rbacGroups)
        name += '\n' + group;
    return name;
}

std::string quotedLiteral(std::string_view value)
{
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

std::string isoDate(TimePoint t) { return formatIsoTimestamp(t).substr(0, 10); }

} // namespace

std::string stableUuid(std::string_view name)
{
    const std::uint64_t high = fnv1a(name, 0xcbf29ce484222325ULL);
    const std::uint64_t low = fnv1a(name, 0x84222325cbf29ce4ULL);
    char text[37];
    std::snprintf(text, sizeof text, "%08x-%04x-8%03x-%04x-%012llx", unsigned(high >> 32), unsigned((high >> 16) & 0xFFFF),
                  unsigned(high & 0xFFF), unsigned(0x8000 | ((low >> 48) & 0x3FFF)),
                  static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
    return text;
}

std::string stixPattern(const Indicator& indicator)
{
    const std::string value = quotedLiteral(indicator.value);
    const bool v6 = indicator.value.find(':') != std::string::npos;
    switch (indicator.type) {
    case IndicatorType::FileSha256: return "[file:hashes.'SHA-256' = " + value + "]";
    case IndicatorType::FileSha1: return "[file:hashes.'SHA-1' = " + value + "]";
    case IndicatorType::FileMd5: return "[file:hashes.MD5 = " + value + "]";
    case IndicatorType::CertificateThumbprint: return "[x509-certificate:hashes.'SHA-1' = " + value + "]";
    case IndicatorType::IpAddress:
    case IndicatorType::IpRange: return std::string("[") + (v6 ? "ipv6-addr" : "ipv4-addr") + ":value = " + value + "]";
    case IndicatorType::DomainName: return "[domain-name:value = " + value + "]";
    case IndicatorType::Url: return "[url:value = " + value + "]";
    }
    return {};
}

void StixBundleWriter::begin(std::ostream& out)
{
    out << R"({"type":"bundle","id":"bundle--)" << stableUuid("indicia bundle " + formatIsoTimestamp(now_))
        << R"(","objects":[)";
}

void StixBundleWriter::write(std::ostream& out, const Indicator& indicator)
{
    const std::string stamp = formatIsoTimestamp(now_);
    json object = {{"type", "indicator"},
                   {"spec_version", "2.1"},
                   {"id", "indicator--" + stableUuid(identityOf(indicator))},
                   {"created", stamp},
                   {"modified", stamp},
                   {"pattern", stixPattern(indicator)},
                   {"pattern_type", "stix"},
                   {"valid_from", stamp},
                   {"indicator_types", {indicator.action == Action::Allowed ? "benign" : "malicious-activity"}}};
    stix::writeIndicatorFields(indicator, object);
    out << (first_ ? "\n" : ",\n") << dump(object);
    first_ = false;
}

void StixBundleWriter::end(std::ostream& out) { out << "\n]}\n"; }

void MispEventWriter::begin(std::ostream& out)
{
    const json head = {{"info", "Indicia export " + formatIsoTimestamp(now_)},
                       {"date", isoDate(now_)},
                       {"uuid", stableUuid("indicia event " + formatIsoTimestamp(now_))},
                       {"threat_level_id", "4"},
                       {"analysis", "2"},
                       {"distribution", "0"},
                       {"published", false}};
    std::string text = dump(head);
    text.pop_back(); // leave the object open for "Attribute"
    out << R"({"Event":)" << text << R"(,"Attribute":[)";
}

// to_ids says "use for detection": true for every action but Allowed (an allow-list entry).
void MispEventWriter::write(std::ostream& out, const Indicator& indicator)
{
    json attribute = {{"uuid", stableUuid(identityOf(indicator))},
                      {"type", std::string(misp::mispTypeFor(indicator.type))},
                      {"category", std::string(misp::mispCategoryFor(indicator.type))},
                      {"value", indicator.value},
                      {"to_ids", indicator.action != Action::Allowed},
                      {"comment", indicator.description},
                      {"Tag", misp::indicatorTags(indicator)}};
    out << (first_ ? "\n" : ",\n") << dump(attribute);
    first_ = false;
}

void MispEventWriter::end(std::ostream& out) { out << "\n]}}\n"; }

} // namespace indicia
