#include "engine/telemetry/csv_scan.h"

#include "engine/telemetry/swar.h"

#include <cstring>

namespace indicia::telemetry {

CsvScanner::CsvScanner(std::string_view text, std::size_t maxRecordBytes)
    : text_(text), maxRecordBytes_(maxRecordBytes)
{
}

void CsvScanner::skipLine()
{
    const void* newline = std::memchr(text_.data() + pos_, '\n', text_.size() - pos_);
    pos_ = newline ? std::size_t(static_cast<const char*>(newline) - text_.data()) + 1 : text_.size();
}

bool CsvScanner::scanQuoted()
{
    ++pos_; // opening quote
    for (;;) {
        const void* quote = std::memchr(text_.data() + pos_, '"', text_.size() - pos_);
        if (!quote) {
            pos_ = text_.size();
            endedInsideQuotes_ = true;
            return false;
        }
        pos_ = std::size_t(static_cast<const char*>(quote) - text_.data()) + 1;
        if (pos_ < text_.size() && text_[pos_] == '"')
            ++pos_; // a doubled quote inside the cell
        else
            return true;
    }
}

CsvScanner::Status CsvScanner::next(std::vector<std::string_view>& fields, std::string_view& reason)
{
    fields.clear();
    // Blank lines are not records.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r'))
        ++pos_;
    if (pos_ >= text_.size())
        return Status::End;
    const std::size_t start = pos_;
    const char* data = text_.data();
    const std::size_t size = text_.size();
    for (;;) {
        const std::size_t cellStart = pos_;
        if (pos_ < size && data[pos_] == '"') {
            if (!scanQuoted()) {
                reason = "the file ends inside a quoted cell (truncated?)";
                return Status::Malformed;
            }
        }
        // Unquoted text (or stray text after a closing quote, kept as part of the cell).
        pos_ = std::size_t(swar::findCsvStop(data + pos_, data + size) - data);
        fields.emplace_back(data + cellStart, pos_ - cellStart);
        if (pos_ - start > maxRecordBytes_) {
            skipLine();
            reason = "the record is longer than the limit for one record";
            return Status::Malformed;
        }
        if (pos_ >= size)
            return Status::Record;
        const char c = data[pos_++];
        if (c == ',')
            continue;
        if (c == '\r' && pos_ < size && data[pos_] == '\n')
            ++pos_;
        return Status::Record;
    }
}

std::string_view cellText(std::string_view raw, std::string& scratch)
{
    if (raw.size() < 2 || raw.front() != '"')
        return raw;
    std::string_view inner = raw.substr(1);
    if (const std::size_t close = inner.rfind('"'); close != std::string_view::npos)
        inner = inner.substr(0, close);
    if (inner.find('"') == std::string_view::npos)
        return inner;
    if (scratch.size() + inner.size() > scratch.capacity())
        return {}; // cannot happen when scratch was reserved for the record; never reallocate
    const std::size_t begin = scratch.size();
    for (std::size_t i = 0; i < inner.size(); ++i) {
        scratch.push_back(inner[i]);
        if (inner[i] == '"' && i + 1 < inner.size() && inner[i + 1] == '"')
            ++i;
    }
    return std::string_view(scratch).substr(begin);
}

std::vector<std::string> splitHeader(std::string_view line)
{
    CsvScanner scanner(line, line.size() + 1);
    std::vector<std::string_view> fields;
    std::string_view reason;
    std::vector<std::string> names;
    if (scanner.next(fields, reason) != CsvScanner::Status::Record)
        return names;
    std::string scratch;
    scratch.reserve(line.size());
    for (const std::string_view raw : fields)
        names.emplace_back(cellText(raw, scratch));
    return names;
}

} // namespace indicia::telemetry
