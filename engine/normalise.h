#pragma once
// The one place that turns raw text into a canonical indicator value, or a clear refusal.
// Nothing else in the project re-implements these rules.
//
// Canonical forms:
//   hashes and thumbprints  lower-case hex of the exact length for the type
//   IpAddress               dotted quad, or RFC 5952 compressed IPv6 (IPv4-mapped unwrapped)
//   IpRange                 network address/prefix, host bits must be zero
//   DomainName              lower-case ASCII (IDN as punycode), no trailing dot
//   Url                     lower-case scheme and host, default port removed, path kept;
//                           a non-web URL is refused, or taken as its host when asked
// Defanged forms (hxxp, [.], (.), [dot], [:], [://]) and surrounding whitespace are undone
// with a warning.

#include "engine/indicator.h"
#include "engine/issue.h"

#include <optional>
#include <string>
#include <string_view>

namespace indicia {

struct NormaliseOptions {
    // Refuse private, loopback, link-local, multicast and reserved addresses, as MDE does.
    bool refuseNonPublicIp = true;
    // Accept "IP:port" (port dropped, warning) — plain lists carry such values.
    bool allowIpPort = false;
    // A Url value that is not a web URL (tcp://1.2.3.4:7000/, file://host@SSL/DavWWWRoot/x,
    // \\host@SSL\x) becomes its host, an IpAddress or DomainName (Normalised::type says
    // which), with a warning. Imports ask for this; without it such a value is refused with
    // the same explanation, naming the host it could be.
    bool takeHostOfNonWebUrl = false;
};

struct Normalised {
    std::optional<std::string> value; // set when valid
    std::optional<Issue> error;       // set when refused
    Issues warnings;
    // Set when the value is of another type than the one asked for (takeHostOfNonWebUrl).
    std::optional<IndicatorType> type;
    bool ok() const { return value.has_value(); }
};

Normalised normalise(IndicatorType type, std::string_view raw, const NormaliseOptions& options = {});

// Plain lists: guess the type from the text (hash by length, IP, CIDR, URL, domain),
// then normalise. `type` is empty when nothing fits.
struct Detected {
    std::optional<IndicatorType> type;
    Normalised result;
};
Detected detectAndNormalise(std::string_view raw, const NormaliseOptions& options = {});
// The commonest plain-list line, without allocating when `canonical` has room: a bare run
// of 32, 40 or 64 hex digits (nothing around it) is an MD5, SHA-1 or SHA-256, canonical in
// lower case. Empty for anything else. detectAndNormalise() takes this path first, so both
// always agree.
std::optional<IndicatorType> detectBareHash(std::string_view raw, std::string& canonical);

// Undo defanging (hxxp, [.], (.), [dot], [:], [://], {.}); reports whether anything changed.
std::string refang(std::string_view text, bool* changed = nullptr);

// Helpers shared with the matcher and telemetry readers.
std::optional<std::string> canonicalIp(std::string_view text);     // no range checks
std::optional<std::string> canonicalDomain(std::string_view text); // IDN, case, dot
} // namespace indicia
