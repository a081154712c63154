#include "engine/telemetry/json_scan.h"

#include <cstdint>

namespace indicia::telemetry {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(std::string_view raw, std::size_t at, std::uint32_t& out)
{
    if (at + 4 > raw.size())
        return false;
    out = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const int v = hexValue(raw[i]);
        if (v < 0)
            return false;
        out = out * 16 + std::uint32_t(v);
    }
    return true;
}

void appendUtf8(std::uint32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xc0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xe0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(char(0x80 | (cp & 0x3f)));
    } else {
        out.push_back(char(0xf0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3f)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(char(0x80 | (cp & 0x3f)));
    }
}

} // namespace

JsonObjectScanner::JsonObjectScanner(std::string_view text) : text_(text)
{
    skipSpace();
    if (pos_ >= text_.size() || text_[pos_] != '{') {
        done_ = true;
        error_ = "the record is not a JSON object";
    } else {
        ++pos_;
    }
}

void JsonObjectScanner::skipSpace()
{
    while (pos_ < text_.size() && isSpace(text_[pos_]))
        ++pos_;
}

bool JsonObjectScanner::scanString(std::string_view& out, bool& hasEscapes)
{
    ++pos_; // opening quote
    const std::size_t start = pos_;
    hasEscapes = false;
    while (pos_ < text_.size()) {
        const char c = text_[pos_];
        if (c == '"') {
            out = text_.substr(start, pos_ - start);
            ++pos_;
            return true;
        }
        if (c == '\\') {
            hasEscapes = true;
            ++pos_;
        }
        ++pos_;
    }
    return fail("the record ends inside a JSON string (truncated?)");
}

bool JsonObjectScanner::skipValue()
{
    if (pos_ >= text_.size())
        return fail("the record ends where a JSON value should be");
    const char c = text_[pos_];
    if (c == '{' || c == '[') {
        // Nested container: count brackets, skipping strings.
        int depth = 0;
        while (pos_ < text_.size()) {
            const char d = text_[pos_];
            if (d == '"') {
                std::string_view ignored;
                bool escapes = false;
                if (!scanString(ignored, escapes))
                    return false;
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']')
                --depth;
            ++pos_;
            if (depth == 0)
                return true;
        }
        return fail("the record ends inside a nested JSON value (truncated?)");
    }
    // Number or literal: up to the next delimiter.
    const std::size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != ']' && !isSpace(text_[pos_]))
        ++pos_;
    return pos_ > start || fail("a JSON value is missing");
}

bool JsonObjectScanner::next(JsonMember& member)
{
    if (done_)
        return false;
    skipSpace();
    if (pos_ < text_.size() && text_[pos_] == '}') {
        ++pos_;
        done_ = true;
        return false;
    }
    if (!first_) {
        if (pos_ >= text_.size() || text_[pos_] != ',')
            return done_ = true, fail(pos_ >= text_.size() ? "the record ends inside a JSON object (truncated?)"
                                                           : "a ',' or '}' is missing between JSON members");
        ++pos_;
        skipSpace();
    }
    first_ = false;
    bool escapes = false;
    if (pos_ >= text_.size() || text_[pos_] != '"')
        return done_ = true, fail("a JSON member name is missing");
    if (!scanString(member.key, escapes))
        return done_ = true, false;
    skipSpace();
    if (pos_ >= text_.size() || text_[pos_] != ':')
        return done_ = true, fail("a ':' is missing after a JSON member name");
    ++pos_;
    skipSpace();
    if (pos_ < text_.size() && text_[pos_] == '"') {
        member.isString = true;
        if (!scanString(member.value, member.hasEscapes))
            return done_ = true, false;
        return true;
    }
    member.isString = false;
    member.hasEscapes = false;
    const std::size_t start = pos_;
    if (!skipValue())
        return done_ = true, false;
    member.value = text_.substr(start, pos_ - start);
    return true;
}

bool unescapeJson(std::string_view raw, std::string& scratch, std::string_view& out)
{
    if (scratch.size() + raw.size() > scratch.capacity())
        return false; // an unescaped string is never longer than its raw form
    const std::size_t begin = scratch.size();
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            scratch.push_back(raw[i]);
            continue;
        }
        if (++i >= raw.size())
            return false;
        switch (raw[i]) {
        case '"': scratch.push_back('"'); break;
        case '\\': scratch.push_back('\\'); break;
        case '/': scratch.push_back('/'); break;
        case 'b': scratch.push_back('\b'); break;
        case 'f': scratch.push_back('\f'); break;
        case 'n': scratch.push_back('\n'); break;
        case 'r': scratch.push_back('\r'); break;
        case 't': scratch.push_back('\t'); break;
        case 'u': {
            std::uint32_t cp = 0;
            if (!readHex4(raw, i + 1, cp))
                return false;
            i += 4;
            std::uint32_t low = 0;
            if (cp >= 0xd800 && cp < 0xdc00 && i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u' &&
                readHex4(raw, i + 3, low) && low >= 0xdc00 && low < 0xe000) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                i += 6;
            }
            appendUtf8(cp, scratch); // at most 4 bytes for 6+ raw bytes: still within capacity
            break;
        }
        default: return false;
        }
    }
    out = std::string_view(scratch).substr(begin);
    return true;
}

} // namespace indicia::telemetry
