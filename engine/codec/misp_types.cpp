#include "engine/codec/misp_types.h"

#include <array>
#include <string>

namespace indicia::misp {

namespace {

struct Entry {
    std::string_view mispType;
    std::optional<IndicatorType> type;
    int part;
};

constexpr std::optional<IndicatorType> kIp = std::nullopt; // address or range, by value

constexpr std::array<Entry, 17> kTable = {{
    {"md5", IndicatorType::FileMd5, 0},
    {"sha1", IndicatorType::FileSha1, 0},
    {"sha256", IndicatorType::FileSha256, 0},
    {"filename|md5", IndicatorType::FileMd5, 2},
    {"filename|sha1", IndicatorType::FileSha1, 2},
    {"filename|sha256", IndicatorType::FileSha256, 2},
    {"ip-src", kIp, 0},
    {"ip-dst", kIp, 0},
    {"ip-src|port", kIp, 1},
    {"ip-dst|port", kIp, 1},
    {"domain", IndicatorType::DomainName, 0},
    {"hostname", IndicatorType::DomainName, 0},
    {"hostname|port", IndicatorType::DomainName, 1},
    {"domain|ip", IndicatorType::DomainName, 1},
    {"domain|ip", kIp, 2},
    {"url", IndicatorType::Url, 0},
    {"x509-fingerprint-sha1", IndicatorType::CertificateThumbprint, 0},
}};

} // namespace

std::vector<TypeMapping> mappingsFor(std::string_view mispType)
{
    std::vector<TypeMapping> out;
    for (const Entry& entry : kTable) {
        if (entry.mispType == mispType)
            out.push_back({entry.type, entry.part});
    }
    return out;
}

std::string_view mispTypeFor(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileMd5: return "md5";
    case IndicatorType::FileSha1: return "sha1";
    case IndicatorType::FileSha256: return "sha256";
    case IndicatorType::CertificateThumbprint: return "x509-fingerprint-sha1";
    case IndicatorType::IpAddress:
    case IndicatorType::IpRange: return "ip-dst";
    case IndicatorType::DomainName: return "domain";
    case IndicatorType::Url: return "url";
    }
    return "text";
}

std::string_view mispCategoryFor(IndicatorType type)
{
    switch (familyOf(type)) {
    case IndicatorFamily::File: return "Payload delivery";
    case IndicatorFamily::Network: return "Network activity";
    case IndicatorFamily::Certificate: return "Network activity";
    }
    return "Other";
}

} // namespace indicia::misp
