#include "engine/codec/binary_content.h"

namespace indicia {

namespace {

// Control bytes that text files do hold: tab, line breaks, form feed, vertical tab, ESC
// (terminal colours in pasted logs) and SUB (the old DOS end-of-file mark).
bool textControl(unsigned char c)
{
    return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x1B || c == 0x1A;
}

} // namespace

std::optional<std::string> binaryContentReason(std::string_view head)
{
    // Formats people pick by mistake get their own words: these have a way out.
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF"))
        return "it is UTF-16 text; save it as UTF-8 and try again";
    if (head.starts_with("PK\x03\x04"))
        return "it is a ZIP archive (an Excel workbook is one); save the sheet as CSV UTF-8 and try again";
    if (head.starts_with("\x1F\x8B"))
        return "it is gzip-compressed; decompress it first";
    if (head.starts_with("%PDF-"))
        return "it is a PDF document; copy its text into a text file and try again";
    std::size_t controls = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return "it holds binary data (NUL bytes), not text";
        if ((c < 0x20 && !textControl(c)) || c == 0x7F)
            ++controls;
    }
    // Text may hold a stray control character; more than one byte in a hundred is not text.
    if (controls * 100 > head.size())
        return "it holds binary data (control bytes), not text";
    return std::nullopt;
}

} // namespace indicia
