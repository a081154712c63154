#pragma once
// IP address text: strict parsing, RFC 5952 formatting and the special-purpose ranges MDE
// refuses ("external addresses only"). Private to engine/; normalise.h is the public face.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace indicia::ip {

struct Address {
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{}; // IPv4 uses the first 4 bytes, the rest stay zero
    int bitCount() const { return v6 ? 128 : 32; }
    friend bool operator==(const Address&, const Address&) = default;
};

// The outcome of parsing: an address, or a code from issue_codes.h and a sentence saying
// what is wrong (without the value itself, so callers can phrase the full message).
struct Parsed {
    std::optional<Address> address;
    std::string_view code;
    std::string problem;
};

// Strict dotted quad: four decimal octets 0..255, no leading zeros (010 reads as octal in
// some tools), no shortened forms (1.2.3), no hex.
Parsed parseIpv4(std::string_view text);
// RFC 4291 text forms: eight groups, one "::", an IPv4 tail; no zone index (%eth0).
Parsed parseIpv6(std::string_view text);
// IPv4 when the text has no ':', IPv6 otherwise.
Parsed parseAddress(std::string_view text);

// ::ffff:a.b.c.d, an IPv4 address carried in IPv6.
bool isIpv4Mapped(const Address& address);
Address unwrapIpv4Mapped(const Address& address);

// Dotted quad, or RFC 5952: lower case, no leading zeros, longest zero run as "::".
std::string format(const Address& address);

// Clears every bit after the first `prefix` bits.
Address networkOf(const Address& address, int prefix);

// A special-purpose block such as 10.0.0.0/8 ("private").
struct SpecialRange {
    Address network;
    int prefix = 0;
    std::string_view kind; // "private", "loopback", "documentation", ...
    std::string text;      // "10.0.0.0/8"
};

// The non-public block that contains `address`, or null when it is a public address.
const SpecialRange* findNonPublicRange(const Address& address);
// For a network/prefix: the block containing its network address, else any block the
// range overlaps (10.0.0.0/7 covers private space even though 11/8 is public).
const SpecialRange* findNonPublicRange(const Address& network, int prefix);

} // namespace indicia::ip
