// The RFC 4180 tokeniser. Speed matters (a million-row import is benchmarked against
// `sqlite3 .import`), so the input is read in 64 KiB blocks and scanned in place: plain
// runs of a cell are appended as one span, never byte by byte, and the record's field
// strings are reused from one record to the next so steady state allocates nothing.
//
// Leniency, decided once here:
//   - a quote inside an unquoted cell is kept as a literal character (a"b -> a"b);
//   - text after a closing quote is appended to the cell ("a"b -> ab);
//   - CRLF, LF and a lone CR all end a record (also inside quotes they count as one line);
//   - a record over maxRecordBytes is reported on that record, then skipped to its end;
//   - a quote still open at end of input is reported on that record.

#include "engine/codec/csv_reader.h"

#include <string_view>

namespace indicia {

namespace {

constexpr std::size_t kBlockSize = 64 * 1024;
constexpr int kEof = -1;

bool isBlankChar(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

} // namespace

namespace detail {

// Collects the cells of one record into CsvRecord::fields, reusing their capacity, and
// enforces the size cap. After the cap is hit it silently drops everything it is given,
// so the caller can keep scanning to the end of the record without special cases.
class CsvRecordSink {
public:
    CsvRecordSink(CsvRecord& record, std::size_t maxBytes) : record_(record), maxBytes_(maxBytes)
    {
        startField();
    }

    void append(const char* data, std::size_t size)
    {
        if (!admit(size))
            return;
        record_.fields[count_ - 1].append(data, size);
    }
    void append(char c) { append(&c, 1); }

    void startField()
    {
        // The separator counts towards the cap so that a line of commas stays bounded.
        if (count_ > 0 && !admit(1))
            return;
        if (count_ < record_.fields.size())
            record_.fields[count_].clear(); // keeps the string's capacity
        else
            record_.fields.emplace_back();
        ++count_;
    }

    void finish() { record_.fields.resize(count_); }

private:
    bool admit(std::size_t size)
    {
        if (overflow_)
            return false;
        bytes_ += size;
        if (bytes_ <= maxBytes_)
            return true;
        overflow_ = true;
        record_.error = "record longer than " + std::to_string(maxBytes_)
                        + " bytes (is a quote left open?); the record was skipped";
        return false;
    }

    CsvRecord& record_;
    std::size_t maxBytes_;
    std::size_t count_ = 0;
    std::size_t bytes_ = 0;
    bool overflow_ = false;
};

} // namespace detail

using detail::CsvRecordSink;

bool CsvRecord::isBlank() const
{
    for (const std::string& field : fields)
        for (char c : field)
            if (!isBlankChar(c))
                return false;
    return true;
}

CsvReader::CsvReader(std::istream& in, std::size_t maxRecordBytes)
    : in_(in), maxRecordBytes_(maxRecordBytes)
{
}

// Refills the buffer; only called once everything in it has been consumed.
bool CsvReader::fill()
{
    if (buffer_.empty())
        buffer_.resize(kBlockSize);
    pos_ = 0;
    end_ = 0;
    if (!in_)
        return false;
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    end_ = static_cast<std::size_t>(in_.gcount());
    return end_ > 0;
}

int CsvReader::peekChar()
{
    if (pos_ == end_ && !fill())
        return kEof;
    return static_cast<unsigned char>(buffer_[pos_]);
}

int CsvReader::getChar()
{
    const int c = peekChar();
    if (c != kEof)
        ++pos_;
    return c;
}

bool CsvReader::next(CsvRecord& out)
{
    if (!started_) {
        started_ = true;
        // istream::read fills the whole block unless the input is shorter, so a BOM at the
        // start is always entirely inside the first block.
        if (fill() && end_ >= 3 && std::string_view(buffer_.data(), 3) == "\xEF\xBB\xBF")
            pos_ = 3;
    }
    if (peekChar() == kEof)
        return false;

    out.error.clear();
    out.line = line_;
    out.number = ++number_;
    CsvRecordSink sink(out, maxRecordBytes_);

    bool quoted = peekChar() == '"';
    if (quoted)
        ++pos_;
    for (;;) {
        if (pos_ == end_ && !fill()) {
            if (quoted && out.error.empty())
                out.error = "a quoted cell is not closed before the end of the file";
            break;
        }
        if (quoted)
            quoted = scanQuotedText(sink);
        else if (scanUnquotedText(sink, quoted))
            break;
    }
    sink.finish();
    return true;
}

// Copies unquoted text up to the next separator or line break and consumes that. Returns
// true at the end of the record; sets `quoted` when the next cell opens with a quote.
bool CsvReader::scanUnquotedText(CsvRecordSink& sink, bool& quoted)
{
    const char* data = buffer_.data();
    std::size_t i = pos_;
    while (i < end_ && data[i] != ',' && data[i] != '\n' && data[i] != '\r')
        ++i;
    sink.append(data + pos_, i - pos_);
    pos_ = i;
    if (i == end_)
        return false; // the block ended mid-cell; next() refills
    const char c = data[pos_++];
    if (c == ',') {
        sink.startField();
        quoted = peekChar() == '"';
        if (quoted)
            ++pos_;
        return false;
    }
    if (c == '\r' && peekChar() == '\n')
        ++pos_;
    ++line_;
    return true;
}

// Copies text inside quotes up to the closing quote. Returns false once the quote is
// closed (the cell then continues unquoted), true while still inside quotes.
bool CsvReader::scanQuotedText(CsvRecordSink& sink)
{
    const char* data = buffer_.data();
    std::size_t i = pos_;
    while (i < end_ && data[i] != '"' && data[i] != '\n' && data[i] != '\r')
        ++i;
    sink.append(data + pos_, i - pos_);
    pos_ = i;
    if (i == end_)
        return true;
    const char c = data[pos_++];
    if (c == '"') {
        if (peekChar() != '"')
            return false; // the closing quote
        ++pos_;           // a doubled quote stands for one quote
        sink.append('"');
        return true;
    }
    // A line break inside quotes is data; CRLF is kept as is and counts as one line.
    sink.append(c);
    if (c == '\r' && peekChar() == '\n') {
        ++pos_;
        sink.append('\n');
    }
    ++line_;
    return true;
}

} // namespace indicia
