#pragma once
// The per-type rules behind normalise() (private to engine/). Each function receives text
// that is already trimmed and refanged, and fills `out`: either out.value or out.error,
// appending any warnings to out.warnings (which may already hold trim/refang warnings).

#include "engine/ip_address.h"
#include "engine/normalise.h"

#include <string_view>

namespace indicia::rules {

void normaliseHash(IndicatorType type, std::string_view text, Normalised& out);      // hash_rules.cpp
void normaliseThumbprint(std::string_view text, Normalised& out);                    // hash_rules.cpp
void normaliseIpAddress(std::string_view text, const NormaliseOptions& options, Normalised& out); // ip_rules.cpp
void normaliseIpRange(std::string_view text, const NormaliseOptions& options, Normalised& out);   // ip_rules.cpp
void normaliseDomain(std::string_view text, Normalised& out);                        // domain_name.cpp
void normaliseUrl(std::string_view text, const NormaliseOptions& options, Normalised& out);       // url.cpp

// The refusal for an address in a non-public range, or nothing when it is public. `shown`
// is the value as the message should name it (an address, or a URL with an IP host).
std::optional<Issue> nonPublicIssue(const ip::Address& address, std::string_view shown); // ip_rules.cpp

// An educate (custom notification) URL: an explicit http:// or https:// URL whose host is a
// syntactically valid name or IP literal. Intranet single-label hosts are fine here.
// Returns what is wrong, or nothing when the URL is usable.
std::optional<std::string> educateUrlProblem(std::string_view url); // url.cpp

} // namespace indicia::rules
