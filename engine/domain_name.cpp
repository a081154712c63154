// normalise() rules for DomainName values (and the host of a URL), plus canonicalDomain().

#include "engine/ip_address.h"
#include "engine/issue_codes.h"
#include "engine/normalise_rules.h"
#include "engine/text_util.h"

#include <idn2.h>

#include <vector>

namespace indicia {

namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

bool isAscii(std::string_view text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Internationalised names go to their ASCII (punycode) form, which is what DNS, telemetry
// and MDE carry. UTS #46 non-transitional processing is current practice (ß stays ß);
// transitional is the fallback for names only the older rules accept.
std::optional<std::string> idnToAscii(std::string_view text, std::string& problem)
{
    const std::string input(text);
    int status = IDN2_OK;
    for (int flags : {IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT, IDN2_TRANSITIONAL | IDN2_NFC_INPUT}) {
        char* output = nullptr;
        status = idn2_to_ascii_8z(input.c_str(), &output, flags);
        if (status == IDN2_OK) {
            std::string ascii(output);
            idn2_free(output);
            return ascii;
        }
    }
    problem = idn2_strerror(status);
    return std::nullopt;
}

// Lower-case ASCII without the trailing root dot. Sets `idnConverted` when the name was
// internationalised; returns nothing (and a problem) when IDN conversion failed.
std::optional<std::string> asciiForm(std::string_view text, bool& idnConverted, std::string& problem)
{
    if (text.size() > 1 && text.ends_with('.'))
        text.remove_suffix(1);
    idnConverted = !isAscii(text);
    if (!idnConverted)
        return text::toLowerAscii(text);
    std::optional<std::string> ascii = idnToAscii(text, problem);
    if (ascii)
        *ascii = text::toLowerAscii(*ascii);
    return ascii;
}

std::vector<std::string_view> labelsOf(std::string_view name)
{
    std::vector<std::string_view> labels;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = name.find('.', start);
        labels.push_back(name.substr(start, dot == std::string_view::npos ? dot : dot - start));
        if (dot == std::string_view::npos)
            return labels;
        start = dot + 1;
    }
}

bool isLabelChar(char c) { return text::isAsciiLetter(c) || text::isDigit(c) || c == '-' || c == '_'; }

// Host name syntax (RFC 1035/1123): labels of 1..63 letters, digits and hyphens, no hyphen
// at either end, 253 characters in all. Underscores are tolerated (service names such as
// _dmarc appear in DNS telemetry) and reported through `underscore`.
std::optional<Issue> checkSyntax(std::string_view ascii, std::string_view shown, bool& underscore)
{
    if (ascii.size() > 253) {
        return text::valueIssue(codes::kDomainTooLong,
                                quoted(shown) + " is " + std::to_string(ascii.size()) +
                                    " characters long; a domain name has at most 253.");
    }
    for (std::string_view label : labelsOf(ascii)) {
        if (label.empty()) {
            return text::valueIssue(codes::kDomainLabelEmpty,
                                    quoted(shown) + " has an empty label (two dots in a row, or a "
                                                    "leading dot).");
        }
        if (label.size() > 63) {
            return text::valueIssue(codes::kDomainLabelLength,
                                    quoted(shown) + " has a label of " + std::to_string(label.size()) +
                                        " characters; a label has at most 63.");
        }
        for (char c : label) {
            if (!isLabelChar(c)) {
                return text::valueIssue(codes::kDomainLabelChars,
                                        quoted(shown) + " contains '" + std::string(1, c) +
                                            "'; a domain name has only letters, digits, hyphens "
                                            "and dots.");
            }
        }
        if (label.front() == '-' || label.back() == '-') {
            return text::valueIssue(codes::kDomainLabelHyphen,
                                    quoted(shown) + " has a label that starts or ends with a hyphen (" +
                                        quoted(label) + ").");
        }
        underscore = underscore || label.find('_') != std::string_view::npos;
    }
    return std::nullopt;
}

// What MDE needs beyond syntax: a registered name, not a bare host or an IP fragment.
std::optional<Issue> checkPolicy(std::string_view ascii, std::string_view shown)
{
    const std::vector<std::string_view> labels = labelsOf(ascii);
    if (labels.size() < 2) {
        return text::valueIssue(codes::kDomainSingleLabel,
                                quoted(shown) + " is a single label; a domain indicator needs a name "
                                                "with a dot, such as example.com.");
    }
    if (text::allOf(labels.back(), text::isDigit)) {
        return text::valueIssue(codes::kDomainNumericTld,
                                quoted(shown) + " ends in a numeric label, so it is neither a domain "
                                                "name nor a complete IPv4 address.");
    }
    return std::nullopt;
}

// Refusals that point the user at a better indicator type.
std::optional<Issue> checkShape(std::string_view text)
{
    if (text.find("://") != std::string_view::npos || text.find('/') != std::string_view::npos) {
        return text::valueIssue(codes::kDomainIsUrl,
                                quoted(text) + " is a URL, not a domain name; use a Url indicator.");
    }
    if (text.find('*') != std::string_view::npos) {
        std::string message = quoted(text) + " contains a wildcard; MDE domain indicators take no "
                                             "wildcards.";
        if (text.starts_with("*.") && text.find('*', 1) == std::string_view::npos) {
            message += " " + std::string(text.substr(2)) + " already matches all of its subdomains.";
        }
        return text::valueIssue(codes::kDomainWildcard, message);
    }
    std::string_view unbracketed = text;
    if (text.starts_with('[') && text.ends_with(']'))
        unbracketed = text.substr(1, text.size() - 2);
    if (ip::parseAddress(unbracketed).address) {
        return text::valueIssue(codes::kDomainIsIp,
                                quoted(text) + " is an IP address; use an IpAddress indicator.");
    }
    return std::nullopt;
}

} // namespace

namespace rules {

void normaliseDomain(std::string_view text, Normalised& out)
{
    if (std::optional<Issue> issue = checkShape(text)) {
        out.error = std::move(issue);
        return;
    }
    bool idnConverted = false;
    std::string problem;
    const std::optional<std::string> ascii = asciiForm(text, idnConverted, problem);
    if (!ascii) {
        out.error = text::valueIssue(codes::kDomainIdnInvalid,
                                     quoted(text) + " is not a valid internationalised domain name: " +
                                         problem + ".");
        return;
    }
    bool underscore = false;
    std::optional<Issue> issue = checkSyntax(*ascii, text, underscore);
    if (!issue)
        issue = checkPolicy(*ascii, text);
    if (issue) {
        out.error = std::move(issue);
        return;
    }
    if (idnConverted) {
        out.warnings.push_back(text::valueIssue(
            codes::kIdnConverted, quoted(text) + " was converted to its ASCII (punycode) form " + *ascii + "."));
    }
    if (underscore) {
        out.warnings.push_back(text::valueIssue(
            codes::kDomainUnderscore,
            quoted(*ascii) + " contains an underscore, which host names may not carry; it was kept "
                             "as written."));
    }
    out.value = *ascii;
}

} // namespace rules

std::optional<std::string> canonicalDomain(std::string_view text)
{
    bool idnConverted = false;
    bool underscore = false;
    std::string problem;
    std::optional<std::string> ascii = asciiForm(text::trimWhitespace(text), idnConverted, problem);
    if (!ascii || checkSyntax(*ascii, text, underscore))
        return std::nullopt;
    return ascii;
}

} // namespace indicia
