// Plain indicator lists as threat-intel feeds publish them: one value per line, with
// comment lines ("# ..."), inline comments ("1.2.3.0/24 # scanner", "hash;note") and
// blank lines. Each value's type is detected by normalise's detectAndNormalise().

#include "engine/codec/plain_list.h"

#include "engine/codec/cell_text.h"
#include "engine/codec/codec_codes.h"
#include "engine/issue_codes.h"
#include "engine/text_util.h"

namespace indicia {

namespace {

// The part of a line before any comment. '#' starts a comment at the line start or after
// whitespace (a '#' glued to a URL is its fragment). ';' starts one too, except inside a
// URL, where it is a legal path character unless whitespace follows it.
std::string_view stripComment(std::string_view line)
{
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '#' && (i == 0 || text::isAsciiSpace(line[i - 1])))
            return line.substr(0, i);
    }
    const bool isUrl = line.find("://") != std::string_view::npos;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] != ';')
            continue;
        if (!isUrl || i + 1 == line.size() || text::isAsciiSpace(line[i + 1]))
            return line.substr(0, i);
    }
    return line;
}

// Everything but the first line break of CRLF, LF or a lone CR.
bool readLine(std::istream& in, std::string& line)
{
    line.clear();
    std::streambuf* buffer = in.rdbuf();
    using Traits = std::char_traits<char>;
    for (;;) {
        const int c = buffer->sbumpc();
        if (Traits::eq_int_type(c, Traits::eof())) {
            in.setstate(std::ios::eofbit);
            return !line.empty();
        }
        if (c == '\n')
            return true;
        if (c == '\r') {
            if (buffer->sgetc() == '\n')
                buffer->sbumpc();
            return true;
        }
        line.push_back(static_cast<char>(c));
    }
}

} // namespace

PlainListReader::PlainListReader(std::istream& in, NormaliseOptions options, bool fileStart)
    : in_(&in), options_(options), fileStart_(fileStart)
{
}

PlainListReader::PlainListReader(std::string_view text, NormaliseOptions options, bool fileStart)
    : text_(text), options_(options), fileStart_(fileStart)
{
}

// The next line without its break, as readLine() cuts it.
bool PlainListReader::nextLine(std::string_view& line)
{
    if (in_) {
        if (!in_->rdbuf() || !readLine(*in_, line_))
            return false;
        line = line_;
        return true;
    }
    if (at_ >= text_.size())
        return false;
    const std::string_view rest = text_.substr(at_);
    std::size_t end = rest.find('\n');
    const std::size_t cr = rest.substr(0, end).find('\r'); // a CRLF pair, or a lone CR before it
    if (cr != std::string_view::npos)
        end = cr;
    line = rest.substr(0, end);
    if (end == std::string_view::npos) {
        at_ = text_.size();
        return true; // not empty: at_ < size
    }
    at_ += end + 1;
    if (rest[end] == '\r' && at_ < text_.size() && text_[at_] == '\n')
        ++at_;
    return true;
}

bool PlainListReader::next(ImportRow& out)
{
    std::string_view value;
    do {
        std::string_view text;
        if (!nextLine(text))
            return false;
        ++lineNumber_;
        if (lineNumber_ == 1 && fileStart_ && text.starts_with("\xEF\xBB\xBF"))
            text.remove_prefix(3);
        value = cell::trim(stripComment(text));
    } while (value.empty());

    out.clear(); // keeps the buffers of a row the caller reuses
    out.row = lineNumber_;
    out.line = lineNumber_;
    out.raw.assign(value);
    // Most feed lines are bare hashes: canonical straight into the row's own buffer.
    if (const std::optional<IndicatorType> hash = detectBareHash(value, out.indicator.value)) {
        out.type = out.indicator.type = *hash;
        return true;
    }
    if (!cell::isValidUtf8(value)) {
        out.errors.push_back({std::string(codes::kInvalidUtf8), "The line is not valid UTF-8 text.", {}});
        return true;
    }
    if (text::containsAsciiSpace(value)) {
        out.errors.push_back({std::string(codes::kNotAnIndicator),
                              "The line holds several words, not one indicator.", {}});
        return true;
    }
    Detected detected = detectAndNormalise(value, options_);
    out.type = detected.type;
    out.warnings = std::move(detected.result.warnings);
    if (detected.type)
        out.indicator.type = *detected.type;
    if (detected.result.value) {
        out.indicator.value = std::move(*detected.result.value);
        return true;
    }
    out.indicator.value.assign(value);
    if (detected.result.error)
        out.errors.push_back(std::move(*detected.result.error));
    else if (!detected.type)
        out.errors.push_back({std::string(codes::kTypeUnknown),
                              "Not a hash, IP address, IP range, URL or domain.", {}});
    return true;
}

} // namespace indicia
