// normalise() rules for Url values, and the educate-URL check used by validate.
//
// Canonical form: lower-case scheme ("http" or "https") and host (domain rules incl. IDN,
// or an IP literal in canonical form, IPv6 in brackets), default port removed, path and
// query kept exactly as written, fragment dropped, and an empty path written as "/":
//   "HTTPS://Example.COM:443"       -> "https://example.com/"
//   "example.com/Path?q=A#top"      -> "http://example.com/Path?q=A"

#include "engine/issue_codes.h"
#include "engine/normalise_rules.h"
#include "engine/text_util.h"

namespace indicia::rules {

namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

bool isSchemeChar(char c)
{
    return text::isAsciiLetter(c) || text::isDigit(c) || c == '+' || c == '-' || c == '.';
}

// The pieces of a URL as written; views into the text.
struct UrlParts {
    std::string scheme; // lower case; "http" when assumed
    bool schemeAssumed = false;
    std::string_view host;
    bool bracketed = false; // [IPv6]
    std::string_view port;  // digits, empty when absent
    std::string_view pathAndQuery;
    bool hadFragment = false;
};

// Splits "scheme://host:port/path?query#fragment". Sets `error` and returns nothing when the
// shape is wrong; does not judge the host.
std::optional<UrlParts> splitUrl(std::string_view text, std::optional<Issue>& error)
{
    auto refuse = [&](std::string_view code, std::string message) {
        error = text::valueIssue(code, std::move(message));
        return std::nullopt;
    };
    UrlParts parts;
    std::string_view rest = text;
    const std::size_t separator = text.find("://");
    const std::string_view scheme = separator == std::string_view::npos ? std::string_view{} : text.substr(0, separator);
    if (!scheme.empty() && text::isAsciiLetter(scheme.front()) && text::allOf(scheme, isSchemeChar)) {
        parts.scheme = text::toLowerAscii(scheme);
        rest = text.substr(separator + 3);
    } else {
        parts.scheme = "http";
        parts.schemeAssumed = true;
        if (rest.starts_with("//"))
            rest.remove_prefix(2);
    }

    const std::size_t fragment = rest.find('#');
    if (fragment != std::string_view::npos) {
        parts.hadFragment = true;
        // What stood before '#' ends the value, so it is trimmed as the whole text was:
        // otherwise "…/q=1<zero-width space>#x" keeps an invisible tail that a second
        // normalisation would strip (found by fuzz_normalise).
        rest = text::trimWhitespace(rest.substr(0, fragment));
    }
    const std::size_t authorityEnd = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, authorityEnd);
    parts.pathAndQuery = authorityEnd == std::string_view::npos ? std::string_view{} : rest.substr(authorityEnd);

    if (authority.find('@') != std::string_view::npos) {
        return refuse(codes::kUrlUserinfo,
                      quoted(text) + " carries a user name or password before '@'; remove it, since "
                                     "an indicator names the host, and '@' is a common way to disguise "
                                     "the real host.");
    }
    if (authority.starts_with('[')) {
        const std::size_t close = authority.find(']');
        if (close == std::string_view::npos)
            return refuse(codes::kUrlInvalid, quoted(text) + " has an IPv6 host whose '[' is never closed.");
        parts.host = authority.substr(1, close - 1);
        parts.bracketed = true;
        authority.remove_prefix(close + 1);
        if (!authority.empty() && !authority.starts_with(':'))
            return refuse(codes::kUrlInvalid, quoted(text) + " has characters after its IPv6 host.");
        parts.port = authority.empty() ? authority : authority.substr(1);
    } else {
        const std::size_t colon = authority.find(':');
        parts.host = authority.substr(0, colon);
        parts.port = colon == std::string_view::npos ? std::string_view{} : authority.substr(colon + 1);
    }
    if (parts.host.empty())
        return refuse(codes::kUrlHostMissing, quoted(text) + " has no host name.");
    return parts;
}

std::optional<std::string> checkScheme(const UrlParts& parts, std::string_view text, std::optional<Issue>& error)
{
    if (parts.scheme == "http" || parts.scheme == "https")
        return parts.scheme;
    error = text::valueIssue(codes::kUrlSchemeUnsupported,
                             quoted(text) + " uses " + parts.scheme + "://; URL indicators take http:// "
                             "or https:// only (use a DomainName indicator to block the host).");
    return std::nullopt;
}

// The port to keep: empty when absent or the scheme's default. Nothing on a bad port.
std::optional<std::string> canonicalPort(const UrlParts& parts, std::string_view text, std::optional<Issue>& error)
{
    if (parts.port.empty())
        return std::string();
    unsigned long port = 0;
    if (!text::parseDecimal(parts.port, 65535, port) || port == 0) {
        error = text::valueIssue(codes::kUrlPortInvalid,
                                 quoted(text) + " has the port " + quoted(parts.port) +
                                     "; a port is a number from 1 to 65535.");
        return std::nullopt;
    }
    const unsigned long defaultPort = parts.scheme == "https" ? 443 : 80;
    return port == defaultPort ? std::string() : ":" + std::to_string(port);
}

bool looksLikeIpv4(std::string_view host)
{
    return text::allOf(host, [](char c) { return text::isDigit(c) || c == '.'; });
}

// An IP literal host in canonical form, with the non-public check when the options ask.
std::optional<std::string> canonicalIpHost(const UrlParts& parts, std::string_view text,
                                           const NormaliseOptions& options, Normalised& out)
{
    const ip::Parsed parsed = parts.bracketed ? ip::parseIpv6(parts.host) : ip::parseIpv4(parts.host);
    if (!parsed.address) {
        out.error = text::valueIssue(parsed.code, quoted(text) + " has an invalid IP address as its host: " +
                                                      parsed.problem + ".");
        return std::nullopt;
    }
    ip::Address address = *parsed.address;
    if (ip::isIpv4Mapped(address)) {
        address = ip::unwrapIpv4Mapped(address);
        out.warnings.push_back(text::valueIssue(
            codes::kIpv4MappedUnwrapped, "The IPv4-mapped IPv6 host of " + quoted(text) +
                                             " was rewritten as " + ip::format(address) + "."));
    }
    if (options.refuseNonPublicIp) {
        if (std::optional<Issue> issue = nonPublicIssue(address, "The host " + ip::format(address) + " of " + quoted(text))) {
            out.error = std::move(issue);
            return std::nullopt;
        }
    }
    return address.v6 ? "[" + ip::format(address) + "]" : ip::format(address);
}

std::optional<std::string> canonicalUrlHost(const UrlParts& parts, std::string_view text,
                                            const NormaliseOptions& options, Normalised& out)
{
    if (parts.bracketed || looksLikeIpv4(parts.host))
        return canonicalIpHost(parts, text, options, out);
    Normalised host;
    normaliseDomain(parts.host, host);
    out.warnings.insert(out.warnings.end(), host.warnings.begin(), host.warnings.end());
    if (!host.ok())
        out.error = host.error;
    return host.value;
}

// ---- URLs that are not web URLs ---------------------------------------------------------
// MDE's Url indicators match web traffic only, yet feeds carry C2 endpoints as tcp://,
// udp:// or ssh:// URLs, and WebDAV shares as file://host@SSL/DavWWWRoot/..., file://host@8789/...
// or the UNC \\host@SSL\DavWWWRoot\.... Their host is the useful indicator (IpAddress or
// DomainName), so an import takes it, with a warning that says so.

// "SSL", a port, or "SSL@port": what a WebDAV path writes after the host's '@'.
bool isWebDavSuffix(std::string_view suffix)
{
    if (text::startsWithIgnoreCase(suffix, "SSL")) {
        suffix.remove_prefix(3);
        if (suffix.empty())
            return true;
        if (suffix.front() != '@')
            return false;
        suffix.remove_prefix(1);
    }
    return !suffix.empty() && text::allOf(suffix, text::isDigit);
}

// The host as written, or nothing when `text` is no non-web URL with a usable host.
std::optional<std::string_view> nonWebHost(std::string_view text)
{
    std::string_view rest;
    bool fileLike = false; // file:// and UNC: '@' introduces WebDAV's SSL/port, not a user
    if (text.starts_with("\\\\")) {
        rest = text.substr(2);
        fileLike = true;
    } else {
        const std::size_t separator = text.find("://");
        if (separator == std::string_view::npos || separator == 0)
            return std::nullopt;
        const std::string_view scheme = text.substr(0, separator);
        if (!text::isAsciiLetter(scheme.front()) || !text::allOf(scheme, isSchemeChar))
            return std::nullopt;
        const std::string lower = text::toLowerAscii(scheme);
        if (lower == "http" || lower == "https")
            return std::nullopt;
        fileLike = lower == "file";
        rest = text.substr(separator + 3);
    }
    std::string_view authority = rest.substr(0, rest.find_first_of("/\\?#"));
    if (const std::size_t at = authority.find('@'); at != std::string_view::npos) {
        if (!fileLike || !isWebDavSuffix(authority.substr(at + 1)))
            return std::nullopt; // a user name: the userinfo rule explains why it is refused
        return authority.substr(0, at);
    }
    if (authority.starts_with('['))
        return authority.substr(0, authority.find(']') + 1);
    const std::size_t colon = authority.find(':');
    if (colon != std::string_view::npos && !text::allOf(authority.substr(colon + 1), text::isDigit))
        return std::nullopt;
    return authority.substr(0, colon);
}

struct HostIndicator {
    IndicatorType type;
    Normalised value;
};

std::optional<HostIndicator> hostIndicator(std::string_view host, const NormaliseOptions& options)
{
    if (host.empty())
        return std::nullopt;
    HostIndicator out{IndicatorType::DomainName, {}};
    if (host.starts_with('[') && host.ends_with(']')) {
        out.type = IndicatorType::IpAddress;
        normaliseIpAddress(host.substr(1, host.size() - 2), options, out.value);
    } else if (looksLikeIpv4(host)) {
        out.type = IndicatorType::IpAddress;
        normaliseIpAddress(host, options, out.value);
    } else {
        normaliseDomain(host, out.value);
    }
    return out;
}

std::string_view typeWords(IndicatorType type)
{
    return type == IndicatorType::IpAddress ? "an IP address" : "a domain name";
}

std::string_view typeName(IndicatorType type)
{
    return type == IndicatorType::IpAddress ? "an IpAddress" : "a DomainName";
}

// True when `text` was a non-web URL and `out` now says what became of it: its host (when
// the options allow) or a refusal that names the host it could be. False: not such a URL,
// or its host is no valid indicator either; the ordinary rules then explain.
bool takeNonWebUrl(std::string_view text, const NormaliseOptions& options, Normalised& out)
{
    const std::optional<std::string_view> host = nonWebHost(text);
    if (!host)
        return false;
    std::optional<HostIndicator> derived = hostIndicator(*host, options);
    if (!derived || !derived->value.ok())
        return false;
    const std::string& value = *derived->value.value;
    if (!options.takeHostOfNonWebUrl) {
        out.error = text::valueIssue(codes::kUrlSchemeUnsupported,
                                     quoted(text) + " is not a web URL: URL indicators take http:// or https:// "
                                     "only. Its host " + value + " can be " + std::string(typeName(derived->type)) +
                                     " indicator instead.");
        return true;
    }
    out.warnings.insert(out.warnings.end(), derived->value.warnings.begin(), derived->value.warnings.end());
    out.warnings.push_back(text::valueIssue(codes::kUrlHostTaken,
                                            std::string(text) + " is not a web URL; imported its host " + value +
                                                " as " + std::string(typeWords(derived->type)) + "."));
    out.value = value;
    out.type = derived->type;
    return true;
}

} // namespace

void normaliseUrl(std::string_view text, const NormaliseOptions& options, Normalised& out)
{
    if (takeNonWebUrl(text, options, out))
        return;
    if (text::containsAsciiSpace(text)) {
        out.error = text::valueIssue(codes::kUrlWhitespace,
                                     quoted(text) + " contains whitespace; write a space in a URL as %20.");
        return;
    }
    const std::optional<UrlParts> parts = splitUrl(text, out.error);
    if (!parts)
        return;
    const std::optional<std::string> scheme = checkScheme(*parts, text, out.error);
    if (!scheme)
        return;
    const std::optional<std::string> port = canonicalPort(*parts, text, out.error);
    if (!port)
        return;
    const std::optional<std::string> host = canonicalUrlHost(*parts, text, options, out);
    if (!host)
        return;

    if (parts->schemeAssumed) {
        out.warnings.push_back(text::valueIssue(
            codes::kUrlSchemeAssumed, quoted(text) + " has no scheme; http:// was assumed."));
    }
    if (parts->hadFragment) {
        out.warnings.push_back(text::valueIssue(
            codes::kUrlFragmentDropped,
            "The fragment (from '#') of " + quoted(text) + " was dropped; browsers never send it, so "
                                                           "it cannot match."));
    }
    std::string path(parts->pathAndQuery);
    if (path.empty() || path.front() == '?')
        path.insert(path.begin(), '/');
    out.value = *scheme + "://" + *host + *port + path;
}

std::optional<std::string> educateUrlProblem(std::string_view url)
{
    if (url.empty() || text::containsAsciiSpace(url))
        return "it is empty or contains whitespace";
    std::optional<Issue> error;
    const std::optional<UrlParts> parts = splitUrl(url, error);
    if (!parts)
        return error->message;
    if (parts->schemeAssumed)
        return "it must start with http:// or https://";
    if (!checkScheme(*parts, url, error) || !canonicalPort(*parts, url, error))
        return error->message;
    const bool validHost = (parts->bracketed || looksLikeIpv4(parts->host))
                               ? ip::parseAddress(parts->host).address.has_value()
                               : canonicalDomain(parts->host).has_value();
    if (!validHost)
        return "its host " + quoted(parts->host) + " is not a valid host name or IP address";
    return std::nullopt;
}

} // namespace indicia::rules
