// validateIndicator(): the record-level rules of indicators-api.md 2.3 and 2.1, one small
// check per rule.

#include "engine/validate.h"

#include "engine/issue_codes.h"
#include "engine/mitre_attack.h"
#include "engine/normalise_rules.h"
#include "engine/text_util.h"
#include "engine/timeutil.h"

namespace indicia {

namespace {

Issue issue(std::string_view code, std::string message, std::string_view column)
{
    return Issue{std::string(code), std::move(message), std::string(column)};
}

bool isBlank(std::string_view text) { return text::trimWhitespace(text).empty(); }

std::string joinActions(const std::vector<Action>& actions)
{
    std::string out;
    for (Action action : actions) {
        if (!out.empty())
            out += ", ";
        out += toString(action);
    }
    return out;
}

void checkRequired(const Indicator& ind, const ValidateOptions& options, Validation& result)
{
    if (isBlank(ind.value))
        result.errors.push_back(issue(codes::kValueRequired, "The indicator value is empty.", columns::kIndicatorValue));
    if (!options.requireTitleAndDescription)
        return;
    if (isBlank(ind.title))
        result.errors.push_back(issue(codes::kTitleRequired, "A title is required.", columns::kTitle));
    if (isBlank(ind.description))
        result.errors.push_back(issue(codes::kDescriptionRequired, "A description is required.", columns::kDescription));
}

void checkAction(const Indicator& ind, Validation& result)
{
    if (!isActionAllowed(ind.type, ind.action)) {
        result.errors.push_back(issue(codes::kActionNotAllowed,
                                      "The action " + std::string(toString(ind.action)) + " is not allowed on " +
                                          std::string(toString(ind.type)) + " indicators; allowed actions: " +
                                          joinActions(allowedActions(ind.type)) + ".",
                                      columns::kAction));
    }
    // Audit exists only to alert (indicators-api.md 2.3, PR #6809).
    if (ind.action == Action::Audit && !ind.generateAlert) {
        result.errors.push_back(issue(codes::kAuditRequiresAlert,
                                      "The action Audit needs GenerateAlert set to true; without an alert "
                                      "it does nothing.",
                                      columns::kGenerateAlert));
    }
}

void checkExpiry(const Indicator& ind, const ValidateOptions& options, Validation& result)
{
    if (ind.isExpiredAt(options.now)) {
        result.errors.push_back(issue(codes::kExpiryPast,
                                      "The expiration time " + formatIsoTimestamp(*ind.expiration) +
                                          " is not in the future (now is " + formatIsoTimestamp(options.now) +
                                          "); MDE deletes expired indicators.",
                                      columns::kExpirationTime));
    }
}

// A custom notification page shows when a browser is warned or blocked, so only network
// indicators that MDE enforces with Warn or Block can carry one.
void checkEducateUrl(const Indicator& ind, Validation& result)
{
    if (ind.educateUrl.empty())
        return;
    const bool typeFits = ind.type == IndicatorType::Url || ind.type == IndicatorType::DomainName ||
                          ind.type == IndicatorType::IpAddress;
    const bool actionFits = ind.action == Action::Warn || ind.action == Action::Block;
    if (!typeFits || !actionFits) {
        result.errors.push_back(issue(codes::kEducateUrlNotApplicable,
                                      "An educate URL applies only to Url, DomainName and IpAddress "
                                      "indicators with the action Warn or Block.",
                                      columns::kEducateUrl));
        return;
    }
    if (std::optional<std::string> problem = rules::educateUrlProblem(ind.educateUrl)) {
        result.errors.push_back(issue(codes::kEducateUrlInvalid,
                                      "The educate URL \"" + ind.educateUrl + "\" is not a valid http(s) URL: " +
                                          *problem + ".",
                                      columns::kEducateUrl));
    }
}

void checkCategoryAndMitre(const Indicator& ind, Validation& result)
{
    if (!ind.category.empty() && !isKnownCategory(ind.category)) {
        std::string known;
        for (std::string_view name : knownCategories())
            known += (known.empty() ? "" : ", ") + std::string(name);
        result.warnings.push_back(issue(codes::kCategoryUnknown,
                                        "The category \"" + ind.category + "\" is not one the portal knows (" +
                                            known + ").",
                                        columns::kCategory));
    }
    for (const std::string& id : ind.mitreTechniques) {
        if (!isMitreTechniqueId(id)) {
            result.errors.push_back(issue(codes::kMitreInvalid,
                                          "\"" + id + "\" is not a MITRE ATT&CK technique id such as T1059 "
                                                      "or T1059.001.",
                                          columns::kMitreTechniques));
        } else if (!isKnownMitreTechnique(id)) {
            // Well formed but not an ATT&CK technique (a typo such as T9999): a warning,
            // since the portal stores whatever it is given.
            result.warnings.push_back(issue(codes::kMitreUnknown,
                                            "\"" + id + "\" is not a known MITRE ATT&CK Enterprise technique: "
                                                        "check the id (e.g. T1059 or T1059.001).",
                                            columns::kMitreTechniques));
        }
    }
}

void checkMdeCompatibility(const Indicator& ind, Validation& result)
{
    if (ind.type == IndicatorType::IpRange) {
        result.warnings.push_back(issue(codes::kNotMdeCompatible,
                                        "IP ranges are an Indicia extension; MDE refuses CIDR, so this "
                                        "indicator is left out or flagged when exporting to MDE.",
                                        columns::kIndicatorType));
    }
}

} // namespace

Validation validateIndicator(const Indicator& indicator, const ValidateOptions& options)
{
    Validation result;
    checkRequired(indicator, options, result);
    checkAction(indicator, result);
    checkExpiry(indicator, options, result);
    checkEducateUrl(indicator, result);
    checkCategoryAndMitre(indicator, result);
    checkMdeCompatibility(indicator, result);
    return result;
}

} // namespace indicia
