// ISO 8601 timestamps with std::chrono calendar types only (no timegm/_mkgmtime), so the
// same code runs on Windows, macOS and Linux.

#include "engine/timeutil.h"

#include "engine/text_util.h"

#include <cstdio>

namespace indicia {

namespace {

using namespace std::chrono;

// A cursor over the text that reads fixed-width fields; any mismatch makes the parse fail.
class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}

    bool atEnd() const { return pos_ == text_.size(); }
    char peek() const { return atEnd() ? '\0' : text_[pos_]; }

    // Consumes `c` if it is next.
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++pos_;
        return true;
    }

    // Exactly `count` decimal digits.
    bool digits(std::size_t count, int& out)
    {
        if (text_.size() - pos_ < count)
            return false;
        unsigned long value = 0;
        if (!text::parseDecimal(text_.substr(pos_, count), 999999, value))
            return false;
        pos_ += count;
        out = static_cast<int>(value);
        return true;
    }

    // One or more digits of a fraction of a second; they are dropped (second granularity).
    bool skipFraction()
    {
        const std::size_t start = pos_;
        while (text::isDigit(peek()))
            ++pos_;
        return pos_ > start;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

std::optional<sys_days> readDate(Reader& in)
{
    int y = 0, m = 0, d = 0;
    if (!in.digits(4, y) || !in.accept('-') || !in.digits(2, m) || !in.accept('-') || !in.digits(2, d))
        return std::nullopt;
    const year_month_day date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!date.ok()) // 2026-02-30, month 13, ...
        return std::nullopt;
    return sys_days{date};
}

// "HH:MM", "HH:MM:SS" and "HH:MM:SS.fff" (any number of fraction digits, '.' or ',').
std::optional<seconds> readTimeOfDay(Reader& in)
{
    int h = 0, m = 0, s = 0;
    if (!in.digits(2, h) || !in.accept(':') || !in.digits(2, m))
        return std::nullopt;
    if (in.accept(':')) {
        if (!in.digits(2, s))
            return std::nullopt;
        if ((in.accept('.') || in.accept(',')) && !in.skipFraction())
            return std::nullopt;
    }
    if (h > 23 || m > 59 || s > 59)
        return std::nullopt;
    return hours{h} + minutes{m} + seconds{s};
}

// The zone designator, as the offset to subtract to get UTC. "Z", "+HH:MM", "-HHMM", "+HH";
// none at all is read as UTC, which is what MDE exports mean.
std::optional<seconds> readOffset(Reader& in)
{
    if (in.atEnd() || in.accept('Z') || in.accept('z'))
        return seconds{0};
    const bool ahead = in.accept('+');
    if (!ahead && !in.accept('-'))
        return std::nullopt;
    int h = 0, m = 0;
    if (!in.digits(2, h))
        return std::nullopt;
    if (!in.atEnd()) {
        in.accept(':');
        if (!in.digits(2, m))
            return std::nullopt;
    }
    if (h > 23 || m > 59)
        return std::nullopt;
    const seconds offset = hours{h} + minutes{m};
    return ahead ? offset : -offset;
}

} // namespace

std::optional<TimePoint> parseIsoTimestamp(std::string_view text)
{
    Reader in(text::trimWhitespace(text));
    const std::optional<sys_days> date = readDate(in);
    if (!date)
        return std::nullopt;
    if (in.atEnd()) // date only: midnight UTC
        return TimePoint{*date};
    if (!in.accept('T') && !in.accept('t') && !in.accept(' '))
        return std::nullopt;
    const std::optional<seconds> timeOfDay = readTimeOfDay(in);
    if (!timeOfDay)
        return std::nullopt;
    const std::optional<seconds> offset = readOffset(in);
    if (!offset || !in.atEnd())
        return std::nullopt;
    return TimePoint{*date} + *timeOfDay - *offset;
}

namespace {

// "YYYY-MM-DDTHH:MM:SS" followed by `suffix`.
std::string formatWithSuffix(TimePoint t, const char* suffix)
{
    const sys_days date = floor<days>(t);
    const year_month_day ymd{date};
    const hh_mm_ss<seconds> time{t - date};
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d%s", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()), suffix);
    return buffer;
}

} // namespace

std::string formatIsoTimestamp(TimePoint t) { return formatWithSuffix(t, "Z"); }

std::string formatCsvTimestamp(TimePoint t) { return formatWithSuffix(t, ".0Z"); }

TimePoint nowUtc() { return floor<seconds>(system_clock::now()); }

} // namespace indicia
