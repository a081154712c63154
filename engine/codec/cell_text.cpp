#include "engine/codec/cell_text.h"

#include "engine/text_util.h"

namespace indicia::cell {

namespace {

// Number of continuation bytes after a lead byte, or -1 for a byte that cannot lead.
int continuationCount(unsigned char lead)
{
    if (lead < 0x80)
        return 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 1; // C0 and C1 would only start overlong forms
    if (lead >= 0xE0 && lead <= 0xEF)
        return 2;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 3; // above F4 is beyond U+10FFFF
    return -1;
}

// The second byte of a sequence has a narrower range for a few lead bytes: that is where
// overlong forms, UTF-16 surrogates and code points past U+10FFFF would hide.
bool secondByteOk(unsigned char lead, unsigned char second)
{
    switch (lead) {
    case 0xE0: return second >= 0xA0 && second <= 0xBF;
    case 0xED: return second >= 0x80 && second <= 0x9F;
    case 0xF0: return second >= 0x90 && second <= 0xBF;
    case 0xF4: return second >= 0x80 && second <= 0x8F;
    default: return second >= 0x80 && second <= 0xBF;
    }
}

bool isFormulaChar(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        if (*p < 0x80) { // the common case: plain ASCII
            ++p;
            continue;
        }
        const int extra = continuationCount(*p);
        if (extra < 0 || end - p <= extra || !secondByteOk(p[0], p[1]))
            return false;
        for (int i = 2; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += extra + 1;
    }
    return true;
}

std::string_view trim(std::string_view text)
{
    // Fast path for the usual cell: it starts and ends with visible ASCII, so there is
    // nothing to trim (invisible spaces all start or end with a byte >= 0x80).
    auto visibleAscii = [](char c) { return c > ' ' && static_cast<unsigned char>(c) < 0x80; };
    if (text.empty() || (visibleAscii(text.front()) && visibleAscii(text.back())))
        return text;
    return text::trimWhitespace(text);
}

bool startsWithFormulaChar(std::string_view cell)
{
    // Apostrophes already in front count too, so that neutralising stays reversible.
    const std::size_t first = cell.find_first_not_of('\'');
    return first != std::string_view::npos && isFormulaChar(cell[first]);
}

std::string_view unneutralise(std::string_view cell)
{
    if (cell.starts_with('\'') && startsWithFormulaChar(cell))
        cell.remove_prefix(1);
    return cell;
}

void splitList(std::string_view cell, std::vector<std::string>& out)
{
    out.clear();
    while (!cell.empty()) {
        const std::size_t comma = cell.find(',');
        const std::string_view item = trim(cell.substr(0, comma));
        if (!item.empty())
            out.emplace_back(item);
        if (comma == std::string_view::npos)
            break;
        cell.remove_prefix(comma + 1);
    }
}

std::string joinList(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty())
            out += ',';
        out += item;
    }
    return out;
}

} // namespace indicia::cell
