#pragma once
// Reason codes raised by the STIX, MISP and report-text importers and by known-good checks,
// beside engine/issue_codes.h and codec_codes.h. Same contract: stable kebab-case strings,
// part of the CLI's JSON output; never rename one, only add.

#include <string_view>

namespace indicia::codes {

// ---- Whole documents ------------------------------------------------------------------------
inline constexpr std::string_view kJsonInvalid = "json-invalid";       // not JSON at all
inline constexpr std::string_view kJsonShape = "json-shape";           // JSON, but not a bundle / event

// ---- STIX 2.0 / 2.1 bundles -------------------------------------------------------------------
// An object of another type (report, identity, relationship...): context, not an indicator.
inline constexpr std::string_view kStixNotIndicator = "stix-not-indicator";
inline constexpr std::string_view kStixPatternMissing = "stix-pattern-missing";
inline constexpr std::string_view kStixPatternInvalid = "stix-pattern-invalid";
// AND, FOLLOWEDBY, NOT, qualifiers, operators other than '=': no single indicator says that.
inline constexpr std::string_view kStixPatternUnsupported = "stix-pattern-unsupported";
// An object path we have no indicator type for (file:name, email-addr:value, SHA-512...).
inline constexpr std::string_view kStixObjectUnsupported = "stix-object-unsupported";

// ---- MISP events --------------------------------------------------------------------------------
inline constexpr std::string_view kMispNotForIds = "misp-not-for-ids";   // to_ids is false
inline constexpr std::string_view kMispTypeUnsupported = "misp-type-unsupported";
inline constexpr std::string_view kMispDeleted = "misp-deleted";

// ---- Report text ----------------------------------------------------------------------------------
inline constexpr std::string_view kEmailNotSupported = "email-not-supported";

// ---- Known-good lists (a warning, never an error) ------------------------------------------------
inline constexpr std::string_view kKnownGood = "known-good";

} // namespace indicia::codes
