// normalise() rules for IpAddress and IpRange values.

#include "engine/issue_codes.h"
#include "engine/normalise_rules.h"
#include "engine/text_util.h"

namespace indicia::rules {

namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

void refuse(Normalised& out, std::string_view code, std::string message)
{
    out.error = text::valueIssue(code, std::move(message));
}

// "ip-invalid" and friends, from a failed parse: the parser says what is wrong.
void refuseParse(Normalised& out, std::string_view shown, const ip::Parsed& parsed)
{
    refuse(out, parsed.code, quoted(shown) + " is not a valid IP address: " + parsed.problem + ".");
}

// An address with a port, split in two. "[v6]:port" and "a.b.c.d:port"; a bare IPv6 address
// is never read as having a port since its last group could be one.
struct HostPort {
    std::string_view host;
    std::string_view port; // empty when there is none
    bool bracketed = false;
};

std::optional<HostPort> splitPort(std::string_view text)
{
    if (text.starts_with('[')) {
        const std::size_t close = text.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        const std::string_view rest = text.substr(close + 1);
        if (!rest.empty() && (!rest.starts_with(':') || rest.size() == 1))
            return std::nullopt;
        return HostPort{text.substr(1, close - 1), rest.empty() ? rest : rest.substr(1), true};
    }
    const std::size_t colon = text.find(':');
    if (colon != std::string_view::npos && text.find(':', colon + 1) == std::string_view::npos &&
        text.find('.') != std::string_view::npos) {
        return HostPort{text.substr(0, colon), text.substr(colon + 1), false};
    }
    return HostPort{text, {}, false};
}

bool isValidPort(std::string_view port)
{
    unsigned long value = 0;
    return text::parseDecimal(port, 65535, value) && value > 0;
}

// An IPv4 address inside IPv6 (::ffff:a.b.c.d) is the IPv4 address; MDE and telemetry
// both write it as a dotted quad.
ip::Address unwrapWithWarning(const ip::Address& address, std::string_view shown, Normalised& out)
{
    if (!ip::isIpv4Mapped(address))
        return address;
    const ip::Address v4 = ip::unwrapIpv4Mapped(address);
    out.warnings.push_back(text::valueIssue(
        codes::kIpv4MappedUnwrapped, quoted(shown) + " is an IPv4 address written in IPv6 form; it was "
                                         "rewritten as " + ip::format(v4) + "."));
    return v4;
}

} // namespace

std::optional<Issue> nonPublicIssue(const ip::Address& address, std::string_view shown)
{
    const ip::SpecialRange* range = ip::findNonPublicRange(address);
    if (!range)
        return std::nullopt;
    return text::valueIssue(codes::kIpNonPublic,
                            std::string(shown) + " is in the " + std::string(range->kind) +
                                " range " + range->text + "; MDE accepts external addresses only.");
}

void normaliseIpAddress(std::string_view text, const NormaliseOptions& options, Normalised& out)
{
    if (const std::size_t slash = text.find('/'); slash != std::string_view::npos) {
        if (ip::parseAddress(text.substr(0, slash)).address) {
            refuse(out, codes::kIpCidrNotSupported,
                   quoted(text) + " is a CIDR range; MDE IP indicators take single addresses only, "
                                  "so use an IP range (IpRange) indicator or list the addresses.");
        } else {
            refuse(out, codes::kIpInvalid, quoted(text) + " is not a valid IP address.");
        }
        return;
    }

    const std::optional<HostPort> parts = splitPort(text);
    if (!parts) {
        refuse(out, codes::kIpInvalid,
               quoted(text) + " is not a valid IP address: the brackets around an IPv6 address "
                              "must close, optionally followed by :port.");
        return;
    }
    const ip::Parsed parsed = parts->bracketed ? ip::parseIpv6(parts->host) : ip::parseAddress(parts->host);
    if (!parsed.address) {
        refuseParse(out, parts->host, parsed);
        return;
    }
    if (!parts->port.empty()) {
        if (!isValidPort(parts->port)) {
            refuse(out, codes::kIpInvalid,
                   quoted(text) + " is not a valid IP address: the port after the address must be "
                                  "a number from 1 to 65535.");
            return;
        }
        if (!options.allowIpPort) {
            refuse(out, codes::kIpPortNotAllowed,
                   quoted(text) + " carries a port; MDE IP indicators take an address only, so "
                                  "remove \":" + std::string(parts->port) + "\".");
            return;
        }
        out.warnings.push_back(text::valueIssue(
            codes::kPortDropped, "The port " + std::string(parts->port) + " was dropped from " + quoted(text) +
                                     "; the indicator matches the address on every port."));
    }

    const ip::Address address = unwrapWithWarning(*parsed.address, parts->host, out);
    const std::string canonical = ip::format(address);
    if (options.refuseNonPublicIp) {
        if (std::optional<Issue> issue = nonPublicIssue(address, canonical)) {
            out.error = std::move(issue);
            return;
        }
    }
    out.value = canonical;
}

namespace {

// The prefix length after '/': decimal, no leading zero, at most the address's bit count.
std::optional<int> parsePrefix(std::string_view text, int maxBits)
{
    unsigned long value = 0;
    if ((text.size() > 1 && text.front() == '0') ||
        !text::parseDecimal(text, static_cast<unsigned long>(maxBits), value)) {
        return std::nullopt;
    }
    return static_cast<int>(value);
}

} // namespace

void normaliseIpRange(std::string_view text, const NormaliseOptions& options, Normalised& out)
{
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) {
        refuse(out, codes::kIpRangeInvalid,
               quoted(text) + " has no prefix length; an IP range is written network/prefix, such "
                              "as 203.0.113.0/24 (use an IpAddress indicator for one address).");
        return;
    }
    const std::string_view addressText = text.substr(0, slash);
    const ip::Parsed parsed = ip::parseAddress(addressText);
    if (!parsed.address) {
        refuseParse(out, addressText, parsed);
        return;
    }
    std::optional<int> prefix = parsePrefix(text.substr(slash + 1), parsed.address->bitCount());
    if (!prefix) {
        refuse(out, codes::kIpRangeInvalid,
               quoted(text) + " has an invalid prefix length; it must be a number from 0 to " +
                   std::to_string(parsed.address->bitCount()) + ".");
        return;
    }

    ip::Address network = *parsed.address;
    if (ip::isIpv4Mapped(network) && *prefix >= 96) {
        network = unwrapWithWarning(network, addressText, out);
        *prefix -= 96;
    }
    const std::string canonical = ip::format(ip::networkOf(network, *prefix)) + "/" + std::to_string(*prefix);
    if (!(ip::networkOf(network, *prefix) == network)) {
        refuse(out, codes::kIpRangeHostBits,
               quoted(text) + " has host bits set after the prefix; the network is " + canonical + ".");
        return;
    }
    if (options.refuseNonPublicIp) {
        if (const ip::SpecialRange* range = ip::findNonPublicRange(network, *prefix)) {
            const bool inside = range->prefix <= *prefix;
            refuse(out, codes::kIpNonPublic,
                   canonical + (inside ? " is in the " : " overlaps the ") + std::string(range->kind) +
                       " range " + range->text + "; MDE accepts external addresses only.");
            return;
        }
    }
    out.value = canonical;
}

} // namespace indicia::rules
