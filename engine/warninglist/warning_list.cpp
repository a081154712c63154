#include "engine/warninglist/warning_list.h"

#include <nlohmann/json.hpp>

namespace indicia {

namespace {

using nlohmann::json;

constexpr std::uint32_t bit(IndicatorType type) { return 1u << unsigned(type); }
constexpr std::uint32_t kIpTypes = bit(IndicatorType::IpAddress) | bit(IndicatorType::IpRange);
constexpr std::uint32_t kAllTypes = 0xFFu;

std::optional<WarningListKind> parseKind(std::string_view kind)
{
    if (kind == "string") return WarningListKind::String;
    if (kind == "cidr") return WarningListKind::Cidr;
    if (kind == "hostname") return WarningListKind::Hostname;
    if (kind == "substring") return WarningListKind::Substring;
    if (kind == "regex") return WarningListKind::Regex;
    return std::nullopt;
}

} // namespace

std::uint32_t typeMaskOfAttribute(std::string_view attribute)
{
    // "filename|sha256" is about the hash; "ip-dst|port" about the address.
    if (attribute.starts_with("filename|"))
        attribute.remove_prefix(std::string_view("filename|").size());
    if (attribute == "md5") return bit(IndicatorType::FileMd5);
    if (attribute == "sha1") return bit(IndicatorType::FileSha1);
    if (attribute == "sha256") return bit(IndicatorType::FileSha256);
    if (attribute == "x509-fingerprint-sha1") return bit(IndicatorType::CertificateThumbprint);
    if (attribute == "ip-src" || attribute == "ip-dst" || attribute == "ip-src|port" || attribute == "ip-dst|port")
        return kIpTypes;
    if (attribute == "domain|ip") return kIpTypes | bit(IndicatorType::DomainName);
    if (attribute == "domain" || attribute == "hostname" || attribute == "hostname|port")
        return bit(IndicatorType::DomainName);
    if (attribute == "url" || attribute == "uri" || attribute == "link") return bit(IndicatorType::Url);
    return 0;
}

namespace {

std::optional<WarningList> parseDocument(std::string_view text, std::string& error)
{
    const json document = json::parse(text, nullptr, false);
    if (!document.is_object() || !document.contains("list") || !document["list"].is_array()) {
        error = "not a warninglist (a JSON object with a \"list\" array)";
        return std::nullopt;
    }
    WarningList list;
    list.name = document.value("name", std::string("unnamed list"));
    list.description = document.value("description", std::string());
    const auto kind = parseKind(document.value("type", std::string("string")));
    if (!kind) {
        error = "unknown list type \"" + document.value("type", std::string()) + "\"";
        return std::nullopt;
    }
    list.kind = *kind;
    if (const auto it = document.find("matching_attributes"); it != document.end() && it->is_array()) {
        for (const json& attribute : *it) {
            if (attribute.is_string())
                list.typeMask |= typeMaskOfAttribute(attribute.get<std::string>());
        }
    }
    if (list.typeMask == 0) // no attribute names we know: judge every type
        list.typeMask = kAllTypes;
    for (const json& entry : document["list"]) {
        if (entry.is_string() && !entry.get<std::string>().empty())
            list.entries.push_back(entry.get<std::string>());
    }
    return list;
}

} // namespace

std::optional<WarningList> parseWarningList(std::string_view text, std::string& error)
{
    try {
        return parseDocument(text, error);
    } catch (const nlohmann::json::exception&) { // a member of the wrong JSON type
        error = "a member has the wrong type (name, type and entries are strings)";
        return std::nullopt;
    }
}

} // namespace indicia
