// Token rules for IocExtractor: split a line at spaces and punctuation that never occurs
// inside an indicator, peel brackets and sentence punctuation off each token, then try the
// shapes in a fixed order (e-mail, URL, hash, IPv4, IPv6, domain name).

#include "engine/codec/ioc_extractor.h"

#include "engine/codec/format_codes.h"
#include "engine/text_util.h"

#include <algorithm>

namespace indicia {

namespace {

bool isSeparator(char c)
{
    return text::isAsciiSpace(c) || c == ',' || c == ';' || c == '|' || c == '"' || c == '`' || c == '<'
           || c == '>';
}

std::size_t count(std::string_view text, char c) { return std::size_t(std::ranges::count(text, c)); }

// Drops a bracket at either end when the token holds more of that bracket than of its
// partner, so "([1.2.3[.]4])" becomes "1.2.3[.]4" while "evil[.]com" keeps its "[.]".
bool peelBracket(std::string_view& token, char open, char close)
{
    if (token.size() >= 2 && token.starts_with(open) && token.ends_with(close)) { // "(x)", "([x])"
        token = token.substr(1, token.size() - 2);
        return true;
    }
    if (token.ends_with(close) && count(token, close) > count(token, open)) {
        token.remove_suffix(1);
        return true;
    }
    if (token.starts_with(open) && count(token, open) > count(token, close)) {
        token.remove_prefix(1);
        return true;
    }
    return false;
}

// Sentence punctuation and list markers around a token: "evil[.]com.", "TANK50[.]TOP:", "*x*".
bool peelPunctuation(std::string_view& token)
{
    if (token.empty())
        return false;
    const char last = token.back();
    const bool trailing = last == '.' || last == '!' || last == '?' || last == '*' || last == '\''
                          || (last == ':' && !token.ends_with("::"));
    if (trailing) {
        token.remove_suffix(1);
        return true;
    }
    const char first = token.front();
    if (first == '*' || first == '\'' || first == '-') {
        token.remove_prefix(1);
        return true;
    }
    return false;
}

std::string_view peel(std::string_view token)
{
    while (peelBracket(token, '(', ')') || peelBracket(token, '[', ']') || peelBracket(token, '{', '}')
           || peelPunctuation(token)) {
    }
    return token;
}

bool isNameChar(char c) { return text::isAsciiLetter(c) || text::isDigit(c) || c == '.' || c == '-' || c == '_'; }
bool isIpv4Char(char c) { return text::isDigit(c) || c == '.' || c == '/' || c == ':'; }
bool isIpv6Char(char c) { return text::isHexDigit(c) || c == ':' || c == '.' || c == '/'; }

// "a.b.c.d", "a.b.c.d:port", "a.b.c.d/nn": three dots in the address part.
bool looksLikeIpv4(std::string_view text)
{
    const std::string_view address = text.substr(0, text.find_first_of(":/"));
    return text::allOf(text, isIpv4Char) && count(address, '.') == 3 && !address.starts_with('.')
           && !address.ends_with('.');
}

bool looksLikeIpv6(std::string_view text)
{
    if (count(text, ':') < 2 || !text::allOf(text, isIpv6Char))
        return false;
    return canonicalIp(text.substr(0, text.find('/'))).has_value();
}

// Labels of letters, digits and hyphens, at least two, ending in an alphabetic TLD.
bool looksLikeDomain(std::string_view text)
{
    if (!text::allOf(text, isNameChar) || text.find("..") != std::string_view::npos)
        return false;
    const std::size_t dot = text.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || text.size() - dot < 3)
        return false;
    return text::allOf(text.substr(dot + 1), text::isAsciiLetter);
}

bool looksLikeHash(std::string_view text)
{
    return (text.size() == 32 || text.size() == 40 || text.size() == 64) && text::allOf(text, text::isHexDigit);
}

std::string keyOf(const ImportRow& row)
{
    if (row.valid() && row.type)
        return std::string(toString(*row.type)) + ' ' + row.indicator.value;
    return "refused " + row.raw;
}

} // namespace

std::size_t IocExtractor::extract(std::string_view line, std::size_t lineNumber, RowQueue& out)
{
    std::size_t found = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i < line.size() && !isSeparator(line[i]))
            continue;
        if (i > start)
            classify(peel(line.substr(start, i - start)), lineNumber, out, found);
        start = i + 1;
    }
    return found;
}

void IocExtractor::classify(std::string_view token, std::size_t lineNumber, RowQueue& out, std::size_t& found)
{
    if (token.size() < 4)
        return;
    bool defanged = false;
    const std::string plain = refang(token, &defanged);
    if (plain.find('=') != std::string::npos && plain.find("://") == std::string::npos) {
        // "SHA1=ABCD..." outside a URL (where '=' belongs to the query): the parts count.
        for (std::size_t start = 0, end = 0; end != std::string_view::npos; start = end + 1) {
            end = token.find('=', start);
            classify(peel(token.substr(start, end == std::string_view::npos ? end : end - start)), lineNumber, out, found);
        }
        return;
    }
    const bool takeName = defanged || takeBareNames_;
    if (plain.find('@') != std::string::npos && plain.find("://") == std::string::npos) {
        if (defanged && looksLikeDomain(plain.substr(plain.rfind('@') + 1))) {
            emit(refusedRow(lineNumber, std::string(token), codes::kEmailNotSupported,
                            "\"" + std::string(token) + "\" is an e-mail address, which is not an indicator "
                            "type; add its domain as a DomainName if it should be blocked."),
                 out, found);
        }
        return;
    }
    if (plain.find("://") != std::string::npos) {
        if (takeName)
            emit(valueRow(IndicatorType::Url, token, lineNumber), out, found);
        return;
    }
    if (looksLikeHash(plain)) {
        const IndicatorType type = plain.size() == 32   ? IndicatorType::FileMd5
                                   : plain.size() == 40 ? IndicatorType::FileSha1
                                                        : IndicatorType::FileSha256;
        return emit(valueRow(type, token, lineNumber), out, found);
    }
    if (looksLikeIpv4(plain) || looksLikeIpv6(plain)) {
        const Detected detected = detectAndNormalise(token, {true, true});
        if (detected.type)
            emit(valueRow(*detected.type, token, lineNumber), out, found);
        return;
    }
    const std::size_t slash = plain.find('/');
    if (slash != std::string::npos && defanged && looksLikeDomain(plain.substr(0, slash)))
        return emit(valueRow(IndicatorType::Url, token, lineNumber), out, found); // "evil[.]com/x"
    if (takeName && looksLikeDomain(plain))
        return emit(valueRow(IndicatorType::DomainName, token, lineNumber), out, found);
    const std::size_t colon = token.rfind(':'); // "evil.example:8080": the host is the indicator
    if (takeName && colon != std::string_view::npos && text::allOf(token.substr(colon + 1), text::isDigit)
        && looksLikeDomain(refang(token.substr(0, colon))))
        emit(valueRow(IndicatorType::DomainName, token.substr(0, colon), lineNumber), out, found);
}

// Counts the find even when it repeats an earlier one: the line did hold an indicator.
void IocExtractor::emit(ImportRow row, RowQueue& out, std::size_t& found)
{
    ++found;
    if (seen_.insert(keyOf(row)).second)
        out.push(std::move(row));
}

} // namespace indicia
