// Reading STIX 2 bundles with nlohmann/json. One pass over "objects": an indicator object
// becomes one row per comparison of its pattern; anything else becomes a row saying why it
// was not taken.

#include "engine/codec/stix_reader.h"

#include "engine/codec/format_codes.h"
#include "engine/codec/stix_pattern.h"
#include "engine/codec/stix_fields.h"
#include "engine/text_util.h"
#include "engine/timeutil.h"

#include <nlohmann/json.hpp>

#include <iterator>

namespace indicia {

namespace {

using nlohmann::json;

// What one comparison of a pattern is, in our types; `why` when there is no such type.
struct Mapped {
    std::optional<IndicatorType> type;
    std::string value;
    std::string why;
};

// "SHA-256", "sha256", "SHA_256" -> "SHA256".
std::string hashAlgorithm(std::string_view property)
{
    std::string name;
    for (char c : property.substr(std::string_view("hashes.").size())) {
        if (c != '-' && c != '_')
            name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return name;
}

Mapped unsupported(const stix::Comparison& c, std::string_view reason)
{
    return {std::nullopt, {}, c.objectType + ":" + c.property + " " + std::string(reason)};
}

Mapped mapHash(const stix::Comparison& c)
{
    const std::string algorithm = hashAlgorithm(c.property);
    if (c.objectType == "x509-certificate") {
        if (algorithm == "SHA1")
            return {IndicatorType::CertificateThumbprint, c.value, {}};
        return unsupported(c, "is not a SHA-1 thumbprint, the only certificate hash MDE takes.");
    }
    if (algorithm == "MD5")
        return {IndicatorType::FileMd5, c.value, {}};
    if (algorithm == "SHA1")
        return {IndicatorType::FileSha1, c.value, {}};
    if (algorithm == "SHA256")
        return {IndicatorType::FileSha256, c.value, {}};
    return unsupported(c, "has no indicator type: file hashes are MD5, SHA-1 or SHA-256.");
}

// A full-length prefix ("/32", "/128") names one address.
Mapped mapAddress(const stix::Comparison& c)
{
    const std::size_t slash = c.value.find('/');
    if (slash == std::string::npos)
        return {c.op == "=" ? IndicatorType::IpAddress : IndicatorType::IpRange, c.value, {}};
    const std::string_view prefix = std::string_view(c.value).substr(slash + 1);
    const bool single = (c.objectType == "ipv4-addr" && prefix == "32") || (c.objectType == "ipv6-addr" && prefix == "128");
    if (single)
        return {IndicatorType::IpAddress, c.value.substr(0, slash), {}};
    return {IndicatorType::IpRange, c.value, {}};
}

Mapped mapComparison(const stix::Comparison& c)
{
    const bool hashes = c.property.starts_with("hashes.");
    const bool value = c.property == "value";
    if ((c.objectType == "ipv4-addr" || c.objectType == "ipv6-addr") && value)
        return mapAddress(c);
    if (c.op != "=")
        return unsupported(c, "with ISSUBSET: only IP addresses take ranges.");
    if ((c.objectType == "file" || c.objectType == "x509-certificate") && hashes)
        return mapHash(c);
    if (c.objectType == "domain-name" && value)
        return {IndicatorType::DomainName, c.value, {}};
    if (c.objectType == "url" && value)
        return {IndicatorType::Url, c.value, {}};
    return unsupported(c, "has no indicator type here (hashes, IPs, domains, URLs and certificates do).");
}

std::string stringField(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

class BundleReader {
public:
    BundleReader(RowQueue& rows, TimePoint now) : rows_(rows), now_(now) {}

    void read(const json& bundle)
    {
        std::size_t ordinal = 0;
        for (const json& object : bundle.at("objects")) {
            ++ordinal;
            readObject(object, ordinal);
        }
    }

private:
    void refuse(std::size_t ordinal, const std::string& id, std::string_view code, const std::string& why)
    {
        rows_.push(refusedRow(ordinal, id, code, id + ": " + why));
    }

    void readObject(const json& object, std::size_t ordinal)
    {
        if (!object.is_object())
            return refuse(ordinal, "object " + std::to_string(ordinal), codes::kJsonShape, "not a JSON object.");
        std::string id = stringField(object, "id");
        if (id.empty())
            id = "object " + std::to_string(ordinal);
        const std::string type = stringField(object, "type");
        if (type != "indicator")
            return refuse(ordinal, id, codes::kStixNotIndicator,
                          "a " + (type.empty() ? std::string("typeless") : type) + " object, not an indicator.");
        const std::string patternType = stringField(object, "pattern_type");
        if (!patternType.empty() && patternType != "stix")
            return refuse(ordinal, id, codes::kStixPatternUnsupported,
                          "the pattern is written in " + patternType + ", not in STIX patterning.");
        const std::string pattern = stringField(object, "pattern");
        if (pattern.empty())
            return refuse(ordinal, id, codes::kStixPatternMissing, "the indicator has no pattern.");
        const stix::PatternParse parse = stix::parsePattern(pattern);
        if (!parse.ok())
            return refuse(ordinal, id, parse.errorCode, parse.error);
        for (const stix::Comparison& comparison : parse.comparisons) {
            const Mapped mapped = mapComparison(comparison);
            if (!mapped.type) {
                refuse(ordinal, id, codes::kStixObjectUnsupported, mapped.why);
                continue;
            }
            ImportRow row = valueRow(*mapped.type, mapped.value, ordinal);
            stix::readIndicatorFields(object, row.indicator);
            checkExpiry(row, now_);
            rows_.push(std::move(row));
        }
    }

    RowQueue& rows_;
    TimePoint now_;
};

} // namespace

StixReader::StixReader(std::istream& in, TimePoint now)
{
    const json bundle = json::parse(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>(),
                                    nullptr, false);
    if (bundle.is_discarded()) {
        documentError_ = Issue{std::string(codes::kJsonInvalid), "The file is not valid JSON.", {}};
        return;
    }
    const auto objects = bundle.is_object() ? bundle.find("objects") : bundle.end();
    if (stringField(bundle.is_object() ? bundle : json::object(), "type") != "bundle" || objects == bundle.end()
        || !objects->is_array()) {
        documentError_ = Issue{std::string(codes::kJsonShape),
                               "The JSON is not a STIX bundle (type \"bundle\" with an \"objects\" list).", {}};
        return;
    }
    BundleReader(rows_, now).read(bundle);
}

} // namespace indicia
