// normalise() rules for file hashes (MD5, SHA-1, SHA-256) and certificate thumbprints.

#include "engine/issue_codes.h"
#include "engine/normalise_rules.h"
#include "engine/text_util.h"

namespace indicia::rules {

namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// The type's name as it reads mid-sentence ("a valid SHA-1", "a valid certificate thumbprint").
std::string typeName(IndicatorType type)
{
    return type == IndicatorType::CertificateThumbprint ? "certificate thumbprint" : std::string(displayName(type));
}

std::size_t expectedHexDigits(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileMd5: return 32;
    case IndicatorType::FileSha1: return 40;
    case IndicatorType::FileSha256: return 64;
    case IndicatorType::CertificateThumbprint: return 40; // MDE takes the SHA-1 thumbprint
    default: return 0;
    }
}

// The hash algorithm a run of `digits` hex digits fits, or empty when none does.
std::string_view algorithmWithLength(std::size_t digits)
{
    switch (digits) {
    case 32: return "an MD5";
    case 40: return "a SHA-1";
    case 64: return "a SHA-256";
    default: return {};
    }
}

std::string lengthMessage(IndicatorType type, std::size_t digits)
{
    const std::size_t expected = expectedHexDigits(type);
    const std::string_view fits = algorithmWithLength(digits);
    if (type == IndicatorType::CertificateThumbprint) {
        if (!fits.empty()) {
            return std::to_string(digits) + " hex digits is " + std::string(fits) +
                   " thumbprint; MDE certificate indicators take the SHA-1 thumbprint (40 hex digits).";
        }
        return "A certificate thumbprint is the SHA-1 thumbprint, 40 hex digits; this value has " +
               std::to_string(digits) + ".";
    }
    if (!fits.empty()) {
        return std::to_string(digits) + " hex digits is " + std::string(fits) + ", not " +
               std::string(algorithmWithLength(expected)) + " (" + std::to_string(expected) +
               " hex digits); choose the " + std::string(fits.substr(fits.find(' ') + 1)) + " type.";
    }
    std::string expectedName(algorithmWithLength(expected)); // "an MD5", "a SHA-1"
    expectedName[0] = static_cast<char>(expectedName[0] - 'a' + 'A');
    return expectedName + " has " + std::to_string(expected) + " hex digits; this value has " +
           std::to_string(digits) + ".";
}

// Describes the first character that is not a hex digit, for the "hash-not-hex" message.
std::string describeNonHex(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (text::isHexDigit(c))
            continue;
        const std::string what = (static_cast<unsigned char>(c) < 0x80)
                                     ? "the character '" + std::string(1, c) + "'"
                                     : std::string("a non-ASCII character");
        return what + " at position " + std::to_string(i + 1) + " is not a hex digit (0-9, a-f)";
    }
    return {};
}

// Checks hex-only content and the length for the type, then stores the lower-case value.
void finishHex(IndicatorType type, std::string_view shown, std::string_view hex, Normalised& out)
{
    if (!text::allOf(hex, text::isHexDigit)) {
        out.error = text::valueIssue(codes::kHashNotHex, quoted(shown) + " is not a valid " +
                                                             typeName(type) + ": " +
                                                             describeNonHex(hex) + ".");
        return;
    }
    if (hex.size() != expectedHexDigits(type)) {
        out.error = text::valueIssue(codes::kHashLength, lengthMessage(type, hex.size()));
        return;
    }
    out.value = text::toLowerAscii(hex);
}

void refuseWhitespace(IndicatorType type, std::string_view text, Normalised& out)
{
    out.error = text::valueIssue(codes::kHashInternalWhitespace,
                                 "The " + typeName(type) + " " + quoted(text) +
                                     " contains whitespace; it must be one unbroken run of hex digits.");
}

bool isThumbprintSeparator(char c) { return c == ':' || c == ' ' || c == '-'; }

// "AB:CD:EF" or "ab cd ef": byte pairs with one separator between each. Returns the hex
// digits without separators, or nothing when the text is not in that shape.
std::optional<std::string> stripByteSeparators(std::string_view text)
{
    std::string hex;
    std::size_t i = 0;
    while (i < text.size()) {
        if (i + 2 > text.size() || !text::isHexDigit(text[i]) || !text::isHexDigit(text[i + 1]))
            return std::nullopt;
        hex.append(text.substr(i, 2));
        i += 2;
        if (i == text.size())
            break;
        if (!isThumbprintSeparator(text[i]) || i + 1 == text.size())
            return std::nullopt;
        ++i;
    }
    return hex;
}

} // namespace

void normaliseHash(IndicatorType type, std::string_view text, Normalised& out)
{
    if (text::containsAsciiSpace(text)) {
        refuseWhitespace(type, text, out);
        return;
    }
    finishHex(type, text, text, out);
}

void normaliseThumbprint(std::string_view text, Normalised& out)
{
    constexpr IndicatorType type = IndicatorType::CertificateThumbprint;
    const bool hasSeparators = text.find_first_of(": -") != std::string_view::npos;
    if (!hasSeparators) {
        finishHex(type, text, text, out);
        return;
    }
    // Certificate viewers show thumbprints as spaced or colon-separated byte pairs.
    const std::optional<std::string> hex = stripByteSeparators(text);
    if (!hex) {
        if (text::containsAsciiSpace(text))
            refuseWhitespace(type, text, out);
        else
            finishHex(type, text, text, out); // reports the first stray character
        return;
    }
    finishHex(type, text, *hex, out);
    if (out.ok()) {
        out.warnings.push_back(text::valueIssue(
            codes::kThumbprintSeparators,
            "The separators between the byte pairs of " + quoted(text) + " were removed."));
    }
}

} // namespace indicia::rules
