#pragma once
// Every reason code an Issue can carry, in one place. Codes are stable kebab-case strings:
// they are part of the CLI's JSON contract and tests compare against them, so never rename
// one; add new ones instead. Refer to these constants rather than spelling the strings.

#include <string_view>

namespace indicia::codes {

// ---- Errors from normalise() (the indicator value) --------------------------------------
inline constexpr std::string_view kValueRequired = "value-required";
inline constexpr std::string_view kTypeUnknown = "type-unknown"; // detectAndNormalise only

// Hashes and certificate thumbprints.
inline constexpr std::string_view kHashLength = "hash-length";
inline constexpr std::string_view kHashNotHex = "hash-not-hex";
inline constexpr std::string_view kHashInternalWhitespace = "hash-internal-whitespace";

// IP addresses and ranges.
inline constexpr std::string_view kIpInvalid = "ip-invalid";
inline constexpr std::string_view kIpLeadingZero = "ip-leading-zero";
inline constexpr std::string_view kIpNonPublic = "ip-non-public";
inline constexpr std::string_view kIpPortNotAllowed = "ip-port-not-allowed";
inline constexpr std::string_view kIpCidrNotSupported = "ip-cidr-not-supported";
inline constexpr std::string_view kIpRangeInvalid = "ip-range-invalid";
inline constexpr std::string_view kIpRangeHostBits = "ip-range-host-bits";

// Domain names (also used for the host of a URL).
inline constexpr std::string_view kDomainInvalid = "domain-invalid";
inline constexpr std::string_view kDomainWildcard = "domain-wildcard";
inline constexpr std::string_view kDomainIsIp = "domain-is-ip";
inline constexpr std::string_view kDomainIsUrl = "domain-is-url";
inline constexpr std::string_view kDomainLabelEmpty = "domain-label-empty";
inline constexpr std::string_view kDomainLabelLength = "domain-label-length";
inline constexpr std::string_view kDomainLabelChars = "domain-label-chars";
inline constexpr std::string_view kDomainLabelHyphen = "domain-label-hyphen";
inline constexpr std::string_view kDomainTooLong = "domain-too-long";
inline constexpr std::string_view kDomainSingleLabel = "domain-single-label";
inline constexpr std::string_view kDomainNumericTld = "domain-numeric-tld";
inline constexpr std::string_view kDomainIdnInvalid = "domain-idn-invalid";

// URLs.
inline constexpr std::string_view kUrlInvalid = "url-invalid";
inline constexpr std::string_view kUrlSchemeUnsupported = "url-scheme-unsupported";
inline constexpr std::string_view kUrlUserinfo = "url-userinfo";
inline constexpr std::string_view kUrlWhitespace = "url-whitespace";
inline constexpr std::string_view kUrlPortInvalid = "url-port-invalid";
inline constexpr std::string_view kUrlHostMissing = "url-host-missing";

// ---- Warnings from normalise() (the value was changed; nothing refused) -----------------
inline constexpr std::string_view kWhitespaceTrimmed = "whitespace-trimmed";
inline constexpr std::string_view kDefanged = "defanged";
inline constexpr std::string_view kIpv4MappedUnwrapped = "ipv4-mapped-unwrapped";
inline constexpr std::string_view kPortDropped = "port-dropped";
inline constexpr std::string_view kThumbprintSeparators = "thumbprint-separators";
inline constexpr std::string_view kDomainUnderscore = "domain-underscore";
inline constexpr std::string_view kIdnConverted = "idn-converted";
inline constexpr std::string_view kUrlSchemeAssumed = "url-scheme-assumed";
inline constexpr std::string_view kUrlFragmentDropped = "url-fragment-dropped";
inline constexpr std::string_view kUrlHostTaken = "url-host-taken"; // a non-web URL became its host

// ---- Errors from validateIndicator() (the whole record) ---------------------------------
inline constexpr std::string_view kTitleRequired = "title-required";
inline constexpr std::string_view kDescriptionRequired = "description-required";
inline constexpr std::string_view kActionNotAllowed = "action-not-allowed";
inline constexpr std::string_view kAuditRequiresAlert = "audit-requires-alert";
inline constexpr std::string_view kExpiryPast = "expiry-past";
inline constexpr std::string_view kEducateUrlNotApplicable = "educate-url-not-applicable";
inline constexpr std::string_view kEducateUrlInvalid = "educate-url-invalid";
inline constexpr std::string_view kMitreInvalid = "mitre-invalid";

// ---- Warnings from validateIndicator() --------------------------------------------------
inline constexpr std::string_view kCategoryUnknown = "category-unknown";
inline constexpr std::string_view kNotMdeCompatible = "not-mde-compatible";
inline constexpr std::string_view kMitreUnknown = "mitre-unknown"; // format-valid, not an ATT&CK technique

} // namespace indicia::codes

namespace indicia::columns {
// The field an Issue is about, spelled as the MDE CSV template's column (or our own name
// for fields the template lacks), so a codec can point at the right cell.
inline constexpr std::string_view kIndicatorValue = "IndicatorValue";
inline constexpr std::string_view kAction = "Action";
inline constexpr std::string_view kTitle = "Title";
inline constexpr std::string_view kDescription = "Description";
inline constexpr std::string_view kExpirationTime = "ExpirationTime";
inline constexpr std::string_view kGenerateAlert = "GenerateAlert";
inline constexpr std::string_view kCategory = "Category";
inline constexpr std::string_view kMitreTechniques = "MitreTechniques";
inline constexpr std::string_view kIndicatorType = "IndicatorType";
inline constexpr std::string_view kEducateUrl = "EducateUrl";
} // namespace indicia::columns
