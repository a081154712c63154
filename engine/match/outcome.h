#pragma once
// What each enforcement means does once precedence has chosen the deciding indicator; the
// table of docs/precedence.md ("Outcome per enforcement means").

#include "engine/indicator.h"

#include <cstdint>
#include <string_view>

namespace indicia::match {

enum class Prevention : std::uint8_t { NotApplicable, Allow, Warn, Block, BlockAndQuarantine };
enum class NetworkProtection : std::uint8_t { NotApplicable, Allow, Warn, Block };
enum class CloudAlert : std::uint8_t { None, Alert };
enum class Investigation : std::uint8_t { Unchanged, IgnoresBadVerdict, TreatsAsBad };

struct Outcome {
    Prevention prevention = Prevention::NotApplicable;          // files and certificates
    NetworkProtection network = NetworkProtection::NotApplicable; // IP, URL, domain
    CloudAlert alert = CloudAlert::None;
    Investigation investigation = Investigation::Unchanged;
    bool suppressesDetection = false; // an Allowed file that antivirus had flagged
    friend bool operator==(const Outcome&, const Outcome&) = default;
};

// `flaggedByAntivirus`: the event is itself an AV detection (Allowed then suppresses it).
Outcome outcomeFor(IndicatorType type, Action action, bool generateAlert, bool flaggedByAntivirus = false);

// One stable word for tables, the --matches CSV and summary counts:
// "allow", "alert" (Audit), "warn", "block", "block-and-quarantine", or "none" (no winner).
std::string_view outcomeCode(const Outcome& outcome, bool hasWinner = true);

std::string_view toString(Prevention value);       // "block execution", ...
std::string_view toString(NetworkProtection value); // "block connection", ...
std::string_view toString(CloudAlert value);
std::string_view toString(Investigation value);

} // namespace indicia::match
