#include "engine/codec/suricata_datasets.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace indicia {

namespace {

struct Dataset {
    const char* file;
    const char* type; // Suricata's dataset type
};

std::optional<Dataset> datasetFor(const Indicator& indicator)
{
    switch (indicator.type) {
    case IndicatorType::FileMd5: return Dataset{"indicia-md5.lst", "md5"};
    case IndicatorType::FileSha256: return Dataset{"indicia-sha256.lst", "sha256"};
    case IndicatorType::IpAddress:
        return indicator.value.find(':') == std::string::npos ? Dataset{"indicia-ipv4.lst", "ipv4"}
                                                              : Dataset{"indicia-ipv6.lst", "ip"};
    case IndicatorType::DomainName: return Dataset{"indicia-dns.lst", "string"};
    case IndicatorType::CertificateThumbprint: return Dataset{"indicia-tls-cert-sha1.lst", "string"};
    case IndicatorType::FileSha1:
    case IndicatorType::Url:
    case IndicatorType::IpRange: return std::nullopt;
    }
    return std::nullopt;
}

// "abcdef..." -> "ab:cd:ef:...", the form Suricata's tls.cert_fingerprint has.
std::string colonHex(std::string_view hex)
{
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2)
        out += (i ? ":" : "") + std::string(hex.substr(i, 2));
    return out;
}

} // namespace

std::string base64(std::string_view bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t chunk = 0;
        for (std::size_t k = 0; k < 3; ++k)
            chunk = (chunk << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k)
            out += k <= n ? kAlphabet[(chunk >> (18 - 6 * k)) & 0x3F] : '=';
    }
    return out;
}

bool SuricataDatasets::accepts(IndicatorType type)
{
    Indicator probe;
    probe.type = type;
    return datasetFor(probe).has_value();
}

bool SuricataDatasets::add(const Indicator& indicator)
{
    const auto dataset = datasetFor(indicator);
    if (!dataset)
        return false;
    std::string line = indicator.value;
    if (indicator.type == IndicatorType::CertificateThumbprint)
        line = base64(colonHex(indicator.value));
    else if (indicator.type == IndicatorType::DomainName)
        line = base64(indicator.value);
    files_[dataset->file] += line + '\n';
    return true;
}

std::vector<std::string> SuricataDatasets::declarations() const
{
    static constexpr Dataset kAll[] = {{"indicia-md5.lst", "md5"},   {"indicia-sha256.lst", "sha256"},
                                       {"indicia-ipv4.lst", "ipv4"}, {"indicia-ipv6.lst", "ip"},
                                       {"indicia-dns.lst", "string"}, {"indicia-tls-cert-sha1.lst", "string"}};
    std::vector<std::string> out;
    for (const Dataset& dataset : kAll) {
        if (!files_.contains(dataset.file))
            continue;
        const std::string name = std::string(dataset.file).substr(0, std::string(dataset.file).size() - 4);
        out.push_back("dataset:isset," + name + ",type " + dataset.type + ",load " + dataset.file);
    }
    return out;
}

} // namespace indicia
