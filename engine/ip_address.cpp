#include "engine/ip_address.h"

#include "engine/issue_codes.h"
#include "engine/text_util.h"

#include <vector>

namespace indicia::ip {

namespace {

Parsed failure(std::string_view code, std::string problem)
{
    return Parsed{std::nullopt, code, std::move(problem)};
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

// One group of an IPv6 address: 1 to 4 hex digits.
bool parseHexGroup(std::string_view text, std::uint16_t& out)
{
    if (text.empty() || text.size() > 4 || !text::allOf(text, text::isHexDigit))
        return false;
    unsigned value = 0;
    for (char c : text) {
        const char lower = text::toLowerAscii(c);
        value = value * 16 + static_cast<unsigned>(text::isDigit(lower) ? lower - '0' : lower - 'a' + 10);
    }
    out = static_cast<std::uint16_t>(value);
    return true;
}

// The groups of one side of "::" (or of the whole address when there is none). The last
// group may be an IPv4 dotted quad, which counts as two groups.
std::optional<std::vector<std::uint16_t>> parseGroups(std::string_view text, bool allowIpv4Tail)
{
    std::vector<std::uint16_t> groups;
    if (text.empty())
        return groups;
    const std::vector<std::string_view> pieces = split(text, ':');
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const bool last = i + 1 == pieces.size();
        if (last && allowIpv4Tail && pieces[i].find('.') != std::string_view::npos) {
            const Parsed v4 = parseIpv4(pieces[i]);
            if (!v4.address)
                return std::nullopt;
            const auto& b = v4.address->bytes;
            groups.push_back(static_cast<std::uint16_t>(b[0] << 8 | b[1]));
            groups.push_back(static_cast<std::uint16_t>(b[2] << 8 | b[3]));
            continue;
        }
        std::uint16_t group = 0;
        if (!parseHexGroup(pieces[i], group))
            return std::nullopt;
        groups.push_back(group);
    }
    return groups;
}

Address fromGroups(const std::vector<std::uint16_t>& groups)
{
    Address address;
    address.v6 = true;
    for (std::size_t i = 0; i < 8; ++i) {
        address.bytes[2 * i] = static_cast<std::uint8_t>(groups[i] >> 8);
        address.bytes[2 * i + 1] = static_cast<std::uint8_t>(groups[i] & 0xff);
    }
    return address;
}

constexpr std::string_view kIpv6Problem =
    "an IPv6 address has eight groups of up to four hex digits, with at most one \"::\" "
    "standing for a run of zero groups";

} // namespace

Parsed parseIpv4(std::string_view text)
{
    const std::vector<std::string_view> octets = split(text, '.');
    if (octets.size() != 4) {
        return failure(codes::kIpInvalid,
                       "an IPv4 address needs exactly four dot-separated numbers (a dotted "
                       "quad)");
    }
    Address address;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::string_view octet = octets[i];
        if (octet.empty() || octet.size() > 3 || !text::allOf(octet, text::isDigit)) {
            return failure(codes::kIpInvalid,
                           "each of the four parts of an IPv4 address must be a number from 0 "
                           "to 255");
        }
        if (octet.size() > 1 && octet.front() == '0') {
            return failure(codes::kIpLeadingZero,
                           "the part \"" + std::string(octet) +
                               "\" has a leading zero, which some tools read as an octal "
                               "number; write it without the zero");
        }
        unsigned long value = 0;
        if (!text::parseDecimal(octet, 255, value)) {
            return failure(codes::kIpInvalid, "the part " + std::string(octet) +
                                                  " is above 255, the largest value of an octet");
        }
        address.bytes[i] = static_cast<std::uint8_t>(value);
    }
    return Parsed{address, {}, {}};
}

Parsed parseIpv6(std::string_view text)
{
    if (text.find('%') != std::string_view::npos) {
        return failure(codes::kIpInvalid,
                       "it carries a zone index (the part after '%'), which only means "
                       "something on one machine; remove it");
    }
    const std::size_t gap = text.find("::");
    std::optional<std::vector<std::uint16_t>> head;
    std::optional<std::vector<std::uint16_t>> tail;
    if (gap == std::string_view::npos) {
        head = parseGroups(text, true);
        tail.emplace();
        if (head && head->size() != 8)
            head.reset();
    } else {
        if (text.find("::", gap + 1) != std::string_view::npos)
            return failure(codes::kIpInvalid, std::string(kIpv6Problem));
        head = parseGroups(text.substr(0, gap), false);
        tail = parseGroups(text.substr(gap + 2), true);
        // "::" stands for at least one zero group.
        if (head && tail && head->size() + tail->size() > 7)
            head.reset();
    }
    if (!head || !tail)
        return failure(codes::kIpInvalid, std::string(kIpv6Problem));

    std::vector<std::uint16_t> groups = *head;
    groups.resize(8 - tail->size(), 0);
    groups.insert(groups.end(), tail->begin(), tail->end());
    return Parsed{fromGroups(groups), {}, {}};
}

Parsed parseAddress(std::string_view text)
{
    return text.find(':') == std::string_view::npos ? parseIpv4(text) : parseIpv6(text);
}

bool isIpv4Mapped(const Address& address)
{
    if (!address.v6)
        return false;
    for (int i = 0; i < 10; ++i) {
        if (address.bytes[i] != 0)
            return false;
    }
    return address.bytes[10] == 0xff && address.bytes[11] == 0xff;
}

Address unwrapIpv4Mapped(const Address& address)
{
    Address v4;
    for (int i = 0; i < 4; ++i)
        v4.bytes[i] = address.bytes[12 + i];
    return v4;
}

namespace {

std::string formatIpv4(const Address& address)
{
    std::string out;
    for (int i = 0; i < 4; ++i) {
        if (i > 0)
            out += '.';
        out += std::to_string(address.bytes[i]);
    }
    return out;
}

std::string hexGroup(unsigned value)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    do {
        out.insert(out.begin(), kDigits[value % 16]);
        value /= 16;
    } while (value != 0);
    return out;
}

std::string formatIpv6(const Address& address)
{
    unsigned groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = static_cast<unsigned>(address.bytes[2 * i] << 8 | address.bytes[2 * i + 1]);

    // RFC 5952 4.2: compress the longest run of two or more zero groups, the first on a tie.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = (j == i) ? i + 1 : j;
    }

    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out += ':';
        out += hexGroup(groups[i]);
    }
    return out;
}

} // namespace

std::string format(const Address& address)
{
    return address.v6 ? formatIpv6(address) : formatIpv4(address);
}

Address networkOf(const Address& address, int prefix)
{
    Address network = address;
    const int bytes = address.bitCount() / 8;
    for (int i = 0; i < bytes; ++i) {
        const int bitsKept = prefix - 8 * i;
        if (bitsKept >= 8)
            continue;
        const unsigned mask = bitsKept <= 0 ? 0u : (0xffu << (8 - bitsKept)) & 0xffu;
        network.bytes[i] = static_cast<std::uint8_t>(network.bytes[i] & mask);
    }
    return network;
}

namespace {

struct RangeSpec {
    std::string_view network;
    int prefix;
    std::string_view kind;
};

// IANA special-purpose registries (RFC 6890 and successors), the ranges an "external
// addresses only" rule excludes. More specific blocks come first so that the message names
// the narrowest one (255.255.255.255 is "broadcast", not merely "reserved").
constexpr RangeSpec kNonPublicSpecs[] = {
    {"255.255.255.255", 32, "broadcast"},
    {"0.0.0.0", 8, "unspecified (\"this network\")"},
    {"10.0.0.0", 8, "private"},
    {"100.64.0.0", 10, "shared address space (carrier-grade NAT)"},
    {"127.0.0.0", 8, "loopback"},
    {"169.254.0.0", 16, "link-local"},
    {"172.16.0.0", 12, "private"},
    {"192.0.0.0", 24, "IETF protocol assignments"},
    {"192.0.2.0", 24, "documentation"},
    {"192.168.0.0", 16, "private"},
    {"198.18.0.0", 15, "benchmarking"},
    {"198.51.100.0", 24, "documentation"},
    {"203.0.113.0", 24, "documentation"},
    {"224.0.0.0", 4, "multicast"},
    {"240.0.0.0", 4, "reserved"},
    {"::", 128, "unspecified"},
    {"::1", 128, "loopback"},
    {"2001:db8::", 32, "documentation"},
    {"fc00::", 7, "private (unique local)"},
    {"fe80::", 10, "link-local"},
    {"ff00::", 8, "multicast"},
};

const std::vector<SpecialRange>& nonPublicRanges()
{
    static const std::vector<SpecialRange> ranges = [] {
        std::vector<SpecialRange> out;
        for (const RangeSpec& spec : kNonPublicSpecs) {
            const Address network = *parseAddress(spec.network).address;
            out.push_back(SpecialRange{network, spec.prefix, spec.kind,
                                       format(network) + "/" + std::to_string(spec.prefix)});
        }
        return out;
    }();
    return ranges;
}

bool contains(const SpecialRange& range, const Address& address)
{
    return range.network.v6 == address.v6 && networkOf(address, range.prefix) == range.network;
}

} // namespace

const SpecialRange* findNonPublicRange(const Address& address)
{
    for (const SpecialRange& range : nonPublicRanges()) {
        if (contains(range, address))
            return &range;
    }
    return nullptr;
}

const SpecialRange* findNonPublicRange(const Address& network, int prefix)
{
    if (const SpecialRange* range = findNonPublicRange(network))
        return range;
    // The range is wider than a special block that lies inside it.
    for (const SpecialRange& range : nonPublicRanges()) {
        if (range.network.v6 == network.v6 && range.prefix > prefix &&
            networkOf(range.network, prefix) == network) {
            return &range;
        }
    }
    return nullptr;
}

} // namespace indicia::ip
