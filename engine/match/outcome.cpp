#include "engine/match/outcome.h"

namespace indicia::match {

Outcome outcomeFor(IndicatorType type, Action action, bool generateAlert, bool flaggedByAntivirus)
{
    Outcome outcome;
    const bool network = familyOf(type) == IndicatorFamily::Network;
    switch (action) {
    case Action::Allowed:
        outcome.prevention = Prevention::Allow;
        outcome.network = NetworkProtection::Allow;
        outcome.investigation = Investigation::IgnoresBadVerdict;
        outcome.suppressesDetection = flaggedByAntivirus && !network;
        break;
    case Action::Audit:
        // MDE requires generateAlert for Audit; an Audit indicator exists to alert.
        outcome.prevention = Prevention::Allow;
        outcome.network = NetworkProtection::Allow;
        outcome.alert = CloudAlert::Alert;
        break;
    case Action::Warn:
        outcome.prevention = Prevention::Warn;
        outcome.network = NetworkProtection::Warn;
        break;
    case Action::Block:
        outcome.prevention = Prevention::Block;
        outcome.network = NetworkProtection::Block;
        outcome.investigation = Investigation::TreatsAsBad;
        break;
    case Action::BlockAndRemediate:
        outcome.prevention = Prevention::BlockAndQuarantine;
        outcome.network = NetworkProtection::NotApplicable; // not a valid network action
        outcome.investigation = Investigation::TreatsAsBad;
        break;
    }
    if (action != Action::Allowed && action != Action::Audit && generateAlert)
        outcome.alert = CloudAlert::Alert;
    // Each means acts only on its own family.
    if (network)
        outcome.prevention = Prevention::NotApplicable;
    else
        outcome.network = NetworkProtection::NotApplicable;
    return outcome;
}

std::string_view outcomeCode(const Outcome& outcome, bool hasWinner)
{
    if (!hasWinner)
        return "none";
    if (outcome.prevention == Prevention::BlockAndQuarantine)
        return "block-and-quarantine";
    if (outcome.prevention == Prevention::Block || outcome.network == NetworkProtection::Block)
        return "block";
    if (outcome.prevention == Prevention::Warn || outcome.network == NetworkProtection::Warn)
        return "warn";
    if (outcome.alert == CloudAlert::Alert)
        return "alert";
    if (outcome.prevention == Prevention::NotApplicable && outcome.network == NetworkProtection::NotApplicable)
        return "none"; // BlockAndRemediate on a network indicator: nothing enforces it
    return "allow";
}

std::string_view toString(Prevention value)
{
    switch (value) {
    case Prevention::NotApplicable: return "not applicable";
    case Prevention::Allow: return "allow";
    case Prevention::Warn: return "warn, user may bypass";
    case Prevention::Block: return "block execution";
    case Prevention::BlockAndQuarantine: return "block and quarantine";
    }
    return {};
}

std::string_view toString(NetworkProtection value)
{
    switch (value) {
    case NetworkProtection::NotApplicable: return "not applicable";
    case NetworkProtection::Allow: return "allow";
    case NetworkProtection::Warn: return "warn, user may bypass";
    case NetworkProtection::Block: return "block connection";
    }
    return {};
}

std::string_view toString(CloudAlert value) { return value == CloudAlert::Alert ? "alert" : "none"; }

std::string_view toString(Investigation value)
{
    switch (value) {
    case Investigation::Unchanged: return "unchanged";
    case Investigation::IgnoresBadVerdict: return "ignores a bad verdict";
    case Investigation::TreatsAsBad: return "treats as bad";
    }
    return {};
}

} // namespace indicia::match
