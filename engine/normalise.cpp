// normalise(): the single entry point that turns raw text into a canonical indicator value.
// This file holds the steps common to every type (trim, refang), the dispatch per type, and
// type detection for plain lists; the per-type rules live in *_rules.cpp, domain_name.cpp
// and url.cpp.

#include "engine/normalise.h"

#include "engine/ip_address.h"
#include "engine/issue_codes.h"
#include "engine/normalise_rules.h"
#include "engine/text_util.h"

#include <array>
#include <utility>
#include <variant>

namespace indicia {

namespace {

struct Replacement {
    std::string_view defanged;
    std::string_view plain;
};

// Longest first where one token starts another ("[://]" before "[:]").
constexpr std::array<Replacement, 9> kDefangTokens = {{
    {"[://]", "://"},
    {"[dot]", "."},
    {"(dot)", "."},
    {"{dot}", "."},
    {"[.]", "."},
    {"(.)", "."},
    {"{.}", "."},
    {"[:]", ":"},
    {"[/]", "/"},
}};

// "hxxp" and "hxxps" (any case) only where a scheme would be: before "://" or a defanged
// form of it ("[:]//", "[://]"). A bare ':' is not enough: in "evilhxxp:8080" it is a
// host and its port, and a canonical URL holding one would change when normalised again.
bool isDefangedScheme(std::string_view rest)
{
    if (!text::startsWithIgnoreCase(rest, "hxxp"))
        return false;
    std::string_view after = rest.substr(4);
    if (!after.empty() && text::toLowerAscii(after.front()) == 's')
        after.remove_prefix(1);
    return after.starts_with("://") || after.starts_with("[:]") || after.starts_with("[://]");
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// Trims, then refangs, recording a warning for each. Returns the text ready for the rules.
std::string prepare(std::string_view raw, Issues& warnings)
{
    const std::string_view trimmed = text::trimWhitespace(raw);
    if (trimmed.size() != raw.size() && !trimmed.empty()) {
        warnings.push_back(text::valueIssue(codes::kWhitespaceTrimmed,
                                            "Whitespace around " + quoted(trimmed) + " was removed."));
    }
    bool changed = false;
    std::string text = refang(trimmed, &changed);
    if (changed) {
        warnings.push_back(text::valueIssue(
            codes::kDefanged, "The defanged value " + quoted(trimmed) + " was restored to " + quoted(text) + "."));
    }
    return text;
}

void dispatch(IndicatorType type, std::string_view text, const NormaliseOptions& options, Normalised& out)
{
    switch (type) {
    case IndicatorType::FileSha1:
    case IndicatorType::FileSha256:
    case IndicatorType::FileMd5: rules::normaliseHash(type, text, out); return;
    case IndicatorType::CertificateThumbprint: rules::normaliseThumbprint(text, out); return;
    case IndicatorType::IpAddress: rules::normaliseIpAddress(text, options, out); return;
    case IndicatorType::IpRange: rules::normaliseIpRange(text, options, out); return;
    case IndicatorType::DomainName: rules::normaliseDomain(text, out); return;
    case IndicatorType::Url: rules::normaliseUrl(text, options, out); return;
    }
}

Issue valueRequired()
{
    return text::valueIssue(codes::kValueRequired, "The indicator value is empty.");
}

} // namespace

namespace {

// True when refang() could change `text`: every defanged token starts with '[', '(' or
// '{', and a defanged scheme with 'h'/'H'. Most values have neither, so they skip the
// token-by-token copy.
bool mayBeDefanged(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '[' || c == '(' || c == '{')
            return true;
        if ((c == 'h' || c == 'H') && isDefangedScheme(text.substr(i)))
            return true;
    }
    return false;
}

} // namespace

std::string refang(std::string_view text, bool* changed)
{
    if (!mayBeDefanged(text)) {
        if (changed)
            *changed = false;
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size());
    bool any = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::string_view rest = text.substr(i);
        if (isDefangedScheme(rest)) {
            const bool secure = text::toLowerAscii(rest[4]) == 's';
            out += secure ? "https" : "http";
            i += secure ? 5 : 4;
            any = true;
            continue;
        }
        bool replaced = false;
        for (const Replacement& token : kDefangTokens) {
            if (text::startsWithIgnoreCase(rest, token.defanged)) {
                out += token.plain;
                i += token.defanged.size();
                replaced = any = true;
                break;
            }
        }
        if (!replaced)
            out += text[i++];
    }
    if (changed)
        *changed = any;
    return out;
}

Normalised normalise(IndicatorType type, std::string_view raw, const NormaliseOptions& options)
{
    Normalised out;
    const std::string text = prepare(raw, out.warnings);
    if (text.empty()) {
        out.error = valueRequired();
        return out;
    }
    dispatch(type, text, options, out);
    return out;
}

namespace {

bool isIpChar(char c) { return text::isHexDigit(c) || c == '.' || c == ':' || c == '[' || c == ']'; }
bool isDigitOrDot(char c) { return text::isDigit(c) || c == '.'; }
bool isDigitDotOrColon(char c) { return isDigitOrDot(c) || c == ':'; }

// The type a plain-list entry most likely is, or an explanation of why none fits.
std::variant<IndicatorType, Issue> detectType(std::string_view text)
{
    if (text::allOf(text, text::isHexDigit)) {
        switch (text.size()) {
        case 32: return IndicatorType::FileMd5;
        case 40: return IndicatorType::FileSha1;
        case 64: return IndicatorType::FileSha256;
        default:
            if (text.size() >= 16) {
                return text::valueIssue(codes::kHashLength,
                                        std::to_string(text.size()) + " hex digits is not a hash length: "
                                        "MD5 has 32, SHA-1 40 and SHA-256 64.");
            }
        }
    }
    if (text.find("://") != std::string_view::npos || text.starts_with("\\\\"))
        return IndicatorType::Url; // a UNC path is judged as a URL: a WebDAV one has a host
    if (const std::size_t slash = text.find('/'); slash != std::string_view::npos) {
        const bool cidr = ip::parseAddress(text.substr(0, slash)).address &&
                          text::allOf(text.substr(slash + 1), text::isDigit);
        return cidr ? IndicatorType::IpRange : IndicatorType::Url;
    }
    if (text.find('@') != std::string_view::npos) {
        return text::valueIssue(codes::kTypeUnknown,
                                quoted(text) + " looks like an email address, which is not an "
                                               "indicator type.");
    }
    const bool ipv4Like = text::allOf(text, isDigitDotOrColon) && text.find('.') != std::string_view::npos;
    // A zone index ("fe80::1%eth0") is free text; judge the address before it.
    const std::string_view beforeZone = text.substr(0, text.find('%'));
    const bool ipv6Like = text::allOf(beforeZone, isIpChar) && beforeZone.find(':') != std::string_view::npos;
    if (ipv4Like || ipv6Like)
        return IndicatorType::IpAddress;
    if (text.find(':') != std::string_view::npos)
        return IndicatorType::Url; // host:port
    if (text.find('.') != std::string_view::npos)
        return IndicatorType::DomainName;
    return text::valueIssue(codes::kTypeUnknown,
                            quoted(text) + " is not a hash, IP address, CIDR range, URL or domain name.");
}

} // namespace

std::optional<IndicatorType> detectBareHash(std::string_view raw, std::string& canonical)
{
    std::optional<IndicatorType> type;
    switch (raw.size()) {
    case 32: type = IndicatorType::FileMd5; break;
    case 40: type = IndicatorType::FileSha1; break;
    case 64: type = IndicatorType::FileSha256; break;
    default: return std::nullopt;
    }
    if (!text::allOf(raw, text::isHexDigit))
        return std::nullopt;
    canonical.resize(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i)
        canonical[i] = text::toLowerAscii(raw[i]);
    return type;
}

Detected detectAndNormalise(std::string_view raw, const NormaliseOptions& options)
{
    Detected detected;
    Normalised& out = detected.result;
    // Nothing to trim, refang or report for a bare hash (the rules below would agree).
    if (std::string canonical; (detected.type = detectBareHash(raw, canonical))) {
        out.value = std::move(canonical);
        return detected;
    }
    const std::string text = prepare(raw, out.warnings);
    if (text.empty()) {
        out.error = valueRequired();
        return detected;
    }
    std::variant<IndicatorType, Issue> type = detectType(text);
    if (Issue* issue = std::get_if<Issue>(&type)) {
        out.error = std::move(*issue);
        return detected;
    }
    detected.type = std::get<IndicatorType>(type);
    dispatch(*detected.type, text, options, out);
    if (out.type)
        detected.type = out.type; // a non-web URL's host
    return detected;
}

std::optional<std::string> canonicalIp(std::string_view text)
{
    const ip::Parsed parsed = ip::parseAddress(text::trimWhitespace(text));
    if (!parsed.address)
        return std::nullopt;
    const ip::Address address =
        ip::isIpv4Mapped(*parsed.address) ? ip::unwrapIpv4Mapped(*parsed.address) : *parsed.address;
    return ip::format(address);
}

} // namespace indicia
