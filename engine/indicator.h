#pragma once
// The vocabulary of an indicator of compromise: types, actions, severities, and the
// indicator record itself. Plain C++20; no Qt (see DESIGN.md, engine layer).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace indicia {

using TimePoint = std::chrono::sys_seconds;

enum class IndicatorType : std::uint8_t {
    FileSha1,
    FileSha256,
    FileMd5,
    CertificateThumbprint,
    IpAddress,
    DomainName,
    Url,
    IpRange, // our extension: CIDR. MDE refuses it; exports meant for MDE drop or flag it.
};
inline constexpr IndicatorType kAllIndicatorTypes[] = {
    IndicatorType::FileSha1,  IndicatorType::FileSha256, IndicatorType::FileMd5,
    IndicatorType::CertificateThumbprint, IndicatorType::IpAddress, IndicatorType::DomainName,
    IndicatorType::Url,       IndicatorType::IpRange};

enum class Action : std::uint8_t { Allowed, Audit, Warn, Block, BlockAndRemediate };
inline constexpr Action kAllActions[] = {Action::Allowed, Action::Audit, Action::Warn,
                                         Action::Block, Action::BlockAndRemediate};

enum class Severity : std::uint8_t { Informational, Low, Medium, High };
inline constexpr Severity kAllSeverities[] = {Severity::Informational, Severity::Low,
                                              Severity::Medium, Severity::High};

// Which console tab (and which enforcement family) a type belongs to.
enum class IndicatorFamily : std::uint8_t { File, Network, Certificate };
enum class TabKind : std::uint8_t { FileHashes, IpAddresses, UrlsDomains, Certificates };

IndicatorFamily familyOf(IndicatorType type);
TabKind tabOf(IndicatorType type);
bool isHashType(IndicatorType type);
// Hash strength for precedence: SHA256 (3) > SHA1 (2) > MD5 (1); 0 for non-hash types.
int hashStrength(IndicatorType type);

// Names as the MDE API and CSV template spell them ("FileSha256", "BlockAndRemediate", ...).
std::string_view toString(IndicatorType type);
std::string_view toString(Action action);
std::string_view toString(Severity severity);
// Human-readable labels for tables and messages ("SHA-256", "Block and remediate", ...).
std::string_view displayName(IndicatorType type);
std::string_view displayName(Action action);

// Case-insensitive, surrounding whitespace ignored.
std::optional<IndicatorType> parseIndicatorType(std::string_view text);
std::optional<Severity> parseSeverity(std::string_view text);

// An action as written, with the 2019 names mapped: Alert = Audit with an alert,
// AlertAndBlock = BlockAndRemediate with an alert.
struct ParsedAction {
    Action action;
    bool legacy = false;        // the 2019 name was used
    bool impliesAlert = false;  // Alert / AlertAndBlock carry generateAlert = true
};
std::optional<ParsedAction> parseAction(std::string_view text);

// Actions MDE accepts per type: files all five; IP/URL/domain not BlockAndRemediate;
// certificates Allowed and BlockAndRemediate only.
bool isActionAllowed(IndicatorType type, Action action);
std::vector<Action> allowedActions(IndicatorType type);

// Categories as the portal's CSV names them.
const std::vector<std::string_view>& knownCategories();
bool isKnownCategory(std::string_view name); // case-sensitive PascalCase match
// `category` on the API wire is a number (indicators-api.md 2.1: observed 1). MDE documents
// no table, so this one is Indicia's [U], shared by indicia-tenant and the sync client:
// None = 0, then knownCategories() in order (Malware 1 ... Impact 17).
int categoryCount();
std::optional<int> categoryNumber(std::string_view name); // ASCII case-insensitive
std::string_view categoryOfNumber(int number);            // empty when out of range
// "T1059" or "T1059.001".
bool isMitreTechniqueId(std::string_view id);

struct Indicator {
    IndicatorType type = IndicatorType::FileSha256;
    std::string value; // canonical form (see normalise.h)
    Action action = Action::Block;
    Severity severity = Severity::Informational;
    bool generateAlert = false;
    std::string title;
    std::string description;
    std::string recommendedActions;
    std::string category;
    std::vector<std::string> mitreTechniques;
    std::vector<std::string> rbacGroups; // empty = all devices
    std::optional<TimePoint> expiration; // empty = never
    std::string educateUrl;
    std::string externalId;

    bool appliesToAllDevices() const { return rbacGroups.empty(); }
    bool isExpiredAt(TimePoint t) const { return expiration && *expiration <= t; }
};

} // namespace indicia
