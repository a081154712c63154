#include "engine/indicator.h"

#include "engine/text_util.h"

namespace indicia {

IndicatorFamily familyOf(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileSha1:
    case IndicatorType::FileSha256:
    case IndicatorType::FileMd5: return IndicatorFamily::File;
    case IndicatorType::CertificateThumbprint: return IndicatorFamily::Certificate;
    case IndicatorType::IpAddress:
    case IndicatorType::DomainName:
    case IndicatorType::Url:
    case IndicatorType::IpRange: return IndicatorFamily::Network;
    }
    return IndicatorFamily::File;
}

TabKind tabOf(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileSha1:
    case IndicatorType::FileSha256:
    case IndicatorType::FileMd5: return TabKind::FileHashes;
    case IndicatorType::CertificateThumbprint: return TabKind::Certificates;
    case IndicatorType::IpAddress:
    case IndicatorType::IpRange: return TabKind::IpAddresses;
    case IndicatorType::DomainName:
    case IndicatorType::Url: return TabKind::UrlsDomains;
    }
    return TabKind::FileHashes;
}

bool isHashType(IndicatorType type) { return familyOf(type) == IndicatorFamily::File; }

int hashStrength(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileSha256: return 3;
    case IndicatorType::FileSha1: return 2;
    case IndicatorType::FileMd5: return 1;
    default: return 0;
    }
}

std::string_view toString(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileSha1: return "FileSha1";
    case IndicatorType::FileSha256: return "FileSha256";
    case IndicatorType::FileMd5: return "FileMd5";
    case IndicatorType::CertificateThumbprint: return "CertificateThumbprint";
    case IndicatorType::IpAddress: return "IpAddress";
    case IndicatorType::DomainName: return "DomainName";
    case IndicatorType::Url: return "Url";
    case IndicatorType::IpRange: return "IpRange";
    }
    return {};
}

std::string_view toString(Action action)
{
    switch (action) {
    case Action::Allowed: return "Allowed";
    case Action::Audit: return "Audit";
    case Action::Warn: return "Warn";
    case Action::Block: return "Block";
    case Action::BlockAndRemediate: return "BlockAndRemediate";
    }
    return {};
}

std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Informational: return "Informational";
    case Severity::Low: return "Low";
    case Severity::Medium: return "Medium";
    case Severity::High: return "High";
    }
    return {};
}

std::string_view displayName(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileSha1: return "SHA-1";
    case IndicatorType::FileSha256: return "SHA-256";
    case IndicatorType::FileMd5: return "MD5";
    case IndicatorType::CertificateThumbprint: return "Certificate thumbprint";
    case IndicatorType::IpAddress: return "IP address";
    case IndicatorType::DomainName: return "Domain";
    case IndicatorType::Url: return "URL";
    case IndicatorType::IpRange: return "IP range";
    }
    return {};
}

std::string_view displayName(Action action)
{
    switch (action) {
    case Action::Allowed: return "Allow";
    case Action::Audit: return "Audit";
    case Action::Warn: return "Warn";
    case Action::Block: return "Block";
    case Action::BlockAndRemediate: return "Block and remediate";
    }
    return {};
}

namespace {

// Finds the enumerator whose toString() matches `text`, ignoring case and surrounding
// whitespace (CSV cells such as "Block " carry trailing spaces).
template <typename Enum, std::size_t N>
std::optional<Enum> parseByName(std::string_view text, const Enum (&all)[N])
{
    const std::string_view trimmed = text::trimWhitespace(text);
    for (Enum value : all) {
        if (text::equalsIgnoreCase(trimmed, toString(value)))
            return value;
    }
    return std::nullopt;
}

} // namespace

std::optional<IndicatorType> parseIndicatorType(std::string_view text)
{
    return parseByName(text, kAllIndicatorTypes);
}

std::optional<Severity> parseSeverity(std::string_view text)
{
    return parseByName(text, kAllSeverities);
}

std::optional<ParsedAction> parseAction(std::string_view text)
{
    if (std::optional<Action> action = parseByName(text, kAllActions))
        return ParsedAction{*action, false, false};
    // The 2019 names, renamed in 2021 (indicators-api.md 2.2).
    const std::string_view trimmed = text::trimWhitespace(text);
    if (text::equalsIgnoreCase(trimmed, "Alert"))
        return ParsedAction{Action::Audit, true, true};
    if (text::equalsIgnoreCase(trimmed, "AlertAndBlock"))
        return ParsedAction{Action::BlockAndRemediate, true, true};
    return std::nullopt;
}

bool isActionAllowed(IndicatorType type, Action action)
{
    switch (familyOf(type)) {
    case IndicatorFamily::File: return true;
    case IndicatorFamily::Network: return action != Action::BlockAndRemediate;
    case IndicatorFamily::Certificate: return action == Action::Allowed || action == Action::BlockAndRemediate;
    }
    return false;
}

std::vector<Action> allowedActions(IndicatorType type)
{
    std::vector<Action> actions;
    for (Action action : kAllActions) {
        if (isActionAllowed(type, action))
            actions.push_back(action);
    }
    return actions;
}

const std::vector<std::string_view>& knownCategories()
{
    // The portal's list as its CSV spells it (indicators-api.md 3), "CommandandControl" included.
    static const std::vector<std::string_view> categories = {
        "Malware",         "UnwantedSoftware", "Ransomware",     "CommandandControl",
        "LateralMovement", "Persistence",      "PrivilegeEscalation", "SuspiciousActivity",
        "Exploit",         "InitialAccess",    "Execution",      "Exfiltration",
        "Collection",      "CredentialAccess", "DefenseEvasion", "Discovery",
        "Impact",          "None",
    };
    return categories;
}

bool isKnownCategory(std::string_view name)
{
    for (std::string_view known : knownCategories()) {
        if (known == name)
            return true;
    }
    return false;
}

namespace {

const std::vector<std::string_view>& numberedCategories()
{
    static const std::vector<std::string_view> table = [] {
        std::vector<std::string_view> out{"None"};
        for (std::string_view name : knownCategories())
            if (name != "None")
                out.push_back(name);
        return out;
    }();
    return table;
}

} // namespace

int categoryCount() { return int(numberedCategories().size()); }

std::optional<int> categoryNumber(std::string_view name)
{
    const std::vector<std::string_view>& table = numberedCategories();
    for (std::size_t i = 0; i < table.size(); ++i)
        if (text::equalsIgnoreCase(table[i], name))
            return int(i);
    return std::nullopt;
}

std::string_view categoryOfNumber(int number)
{
    return number >= 0 && number < categoryCount() ? numberedCategories()[std::size_t(number)] : std::string_view();
}

bool isMitreTechniqueId(std::string_view id)
{
    // "T" + four digits, optionally "." + three digits for a sub-technique.
    auto digits = [](std::string_view part, std::size_t count) {
        return part.size() == count && text::allOf(part, text::isDigit);
    };
    if (!id.starts_with('T'))
        return false;
    const std::string_view rest = id.substr(1);
    if (rest.size() == 4)
        return digits(rest, 4);
    return rest.size() == 8 && rest[4] == '.' && digits(rest.substr(0, 4), 4) && digits(rest.substr(5), 3);
}

} // namespace indicia
