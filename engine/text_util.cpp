#include "engine/text_util.h"

#include "engine/issue_codes.h"

#include <array>

namespace indicia::text {

std::string toLowerAscii(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = toLowerAscii(c);
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (toLowerAscii(a[i]) != toLowerAscii(b[i]))
            return false;
    }
    return true;
}

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

namespace {

// UTF-8 encodings of invisible characters that behave like whitespace when pasted.
constexpr std::array<std::string_view, 3> kInvisibleSpaces = {
    "\xC2\xA0",     // U+00A0 no-break space
    "\xE2\x80\x8B", // U+200B zero-width space
    "\xEF\xBB\xBF", // U+FEFF byte-order mark / zero-width no-break space
};

// Length of the whitespace sequence at the front (or back) of `text`, 0 if none.
std::size_t spaceAtFront(std::string_view text)
{
    if (!text.empty() && isAsciiSpace(text.front()))
        return 1;
    for (std::string_view invisible : kInvisibleSpaces) {
        if (text.starts_with(invisible))
            return invisible.size();
    }
    return 0;
}

std::size_t spaceAtBack(std::string_view text)
{
    if (!text.empty() && isAsciiSpace(text.back()))
        return 1;
    for (std::string_view invisible : kInvisibleSpaces) {
        if (text.ends_with(invisible))
            return invisible.size();
    }
    return 0;
}

} // namespace

std::string_view trimWhitespace(std::string_view text)
{
    while (std::size_t n = spaceAtFront(text))
        text.remove_prefix(n);
    while (std::size_t n = spaceAtBack(text))
        text.remove_suffix(n);
    return text;
}

bool parseDecimal(std::string_view digits, unsigned long max, unsigned long& out)
{
    if (digits.empty())
        return false;
    unsigned long value = 0;
    for (char c : digits) {
        if (!isDigit(c))
            return false;
        value = value * 10 + static_cast<unsigned long>(c - '0');
        if (value > max)
            return false;
    }
    out = value;
    return true;
}

Issue valueIssue(std::string_view code, std::string message)
{
    return Issue{std::string(code), std::move(message), std::string(columns::kIndicatorValue)};
}

std::string trimmedListPart(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

std::vector<std::string> splitList(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    while (!text.empty()) {
        const std::size_t end = text.find(separator);
        std::string part = trimmedListPart(text.substr(0, end));
        if (!part.empty())
            parts.push_back(std::move(part));
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return parts;
}

std::string joinList(const std::vector<std::string>& parts, char separator)
{
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty())
            out += separator;
        out += part;
    }
    return out;
}


} // namespace indicia::text
