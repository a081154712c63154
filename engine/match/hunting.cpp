#include "engine/match/hunting.h"

#include <map>

namespace indicia::match {

namespace {

// KQL string literal: double quotes, backslash escapes.
std::string kqlString(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

// The query for one type and one list of values (already quoted and comma-joined).
std::string queryFor(IndicatorType type, const std::string& list, int days)
{
    const std::string since = "| where Timestamp > ago(" + std::to_string(days) + "d)\n";
    auto hashQuery = [&](std::string_view column) {
        const std::string c(column);
        return "let iocs = dynamic([" + list + "]);\n"
               "union DeviceProcessEvents, DeviceFileEvents, DeviceImageLoadEvents, DeviceEvents, DeviceNetworkEvents\n" +
               since + "| where " + c + " in~ (iocs) or InitiatingProcess" + c + " in~ (iocs)\n"
               "| project Timestamp, DeviceName, ActionType, FileName, " + c + ", InitiatingProcessFileName, "
               "InitiatingProcess" + c + ", ReportId";
    };
    switch (type) {
    case IndicatorType::FileSha1: return hashQuery("SHA1");
    case IndicatorType::FileSha256: return hashQuery("SHA256");
    case IndicatorType::FileMd5: return hashQuery("MD5");
    case IndicatorType::CertificateThumbprint:
        return "let iocs = dynamic([" + list + "]);\nDeviceFileCertificateInfo\n" + since +
               "| where SignerHash in~ (iocs) or IssuerHash in~ (iocs)\n"
               "| project Timestamp, DeviceName, SHA1, Signer, SignerHash, Issuer, IssuerHash";
    case IndicatorType::IpAddress:
        return "let iocs = dynamic([" + list + "]);\nDeviceNetworkEvents\n" + since +
               "| where RemoteIP in (iocs)\n| project Timestamp, DeviceName, ActionType, RemoteIP, RemotePort, RemoteUrl, "
               "InitiatingProcessFileName";
    case IndicatorType::IpRange:
        return "let iocs = dynamic([" + list + "]);\nDeviceNetworkEvents\n" + since +
               "| where ipv4_is_in_any_range(RemoteIP, iocs) or ipv6_is_in_any_range(RemoteIP, iocs)\n"
               "| project Timestamp, DeviceName, ActionType, RemoteIP, RemotePort, RemoteUrl, InitiatingProcessFileName";
    case IndicatorType::DomainName:
    case IndicatorType::Url:
        // has_any matches whole terms, so example.com also finds a.example.com; the
        // preview's exact rules then narrow what the hunt returns.
        return "let iocs = dynamic([" + list + "]);\nDeviceNetworkEvents\n" + since +
               "| where RemoteUrl has_any (iocs)\n"
               "| project Timestamp, DeviceName, ActionType, RemoteIP, RemotePort, RemoteUrl, InitiatingProcessFileName";
    }
    return {};
}

} // namespace

std::vector<HuntingQuery> huntingQueries(std::span<const Indicator> indicators, const HuntingOptions& options)
{
    std::map<IndicatorType, std::vector<std::string>> byType;
    for (const Indicator& indicator : indicators) {
        std::string value = indicator.value;
        if (indicator.type == IndicatorType::Url) // RemoteUrl often lacks the scheme
            if (const std::size_t scheme = value.find("://"); scheme != std::string::npos)
                value.erase(0, scheme + 3);
        byType[indicator.type].push_back(kqlString(value));
    }
    std::vector<HuntingQuery> queries;
    for (const auto& [type, values] : byType) {
        std::size_t first = 0;
        while (first < values.size()) {
            std::string list;
            std::size_t last = first;
            const std::size_t budget = options.maxQueryBytes > 1000 ? options.maxQueryBytes - 1000 : options.maxQueryBytes;
            while (last < values.size() && last - first < options.maxValuesPerQuery &&
                   (last == first || list.size() + values[last].size() + 1 <= budget)) {
                list += (last == first ? "" : ",") + values[last];
                ++last;
            }
            queries.push_back({std::string(displayName(type)) + " " + std::to_string(first + 1) + "-" +
                                   std::to_string(last) + " of " + std::to_string(values.size()),
                               queryFor(type, list, options.days)});
            first = last;
        }
    }
    return queries;
}

} // namespace indicia::match
