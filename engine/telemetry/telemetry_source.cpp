#include "engine/telemetry/telemetry_source.h"

#include "engine/codec/cell_text.h"
#include "engine/telemetry/csv_rows.h"
#include "engine/telemetry/csv_scan.h"
#include "engine/telemetry/json_scan.h"
#include "engine/telemetry/swar.h"
#include "engine/text_util.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <thread>

namespace indicia::telemetry {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool hasHighBit(std::string_view text) { return swar::anyHighBit(text.data(), text.size()); }

// The name of the first field the matcher reads whose text is not valid UTF-8, or empty.
std::string_view invalidUtf8Field(const FieldValues& values)
{
    for (std::size_t i = 0; i < kFieldCount; ++i) {
        const std::string_view value = values.values[i];
        if (!value.empty() && hasHighBit(value) && !cell::isValidUtf8(value))
            return "a field";
    }
    return {};
}

std::size_t nextLineStart(std::string_view text, std::size_t from)
{
    if (from >= text.size())
        return text.size();
    const void* newline = std::memchr(text.data() + from, '\n', text.size() - from);
    return newline ? std::size_t(static_cast<const char*>(newline) - text.data()) + 1 : text.size();
}

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

} // namespace

std::string_view toString(Format format)
{
    switch (format) {
    case Format::HuntingCsv: return "advanced-hunting-csv";
    case Format::JsonLines: return "json-lines";
    case Format::JsonArray: return "json-array";
    case Format::DeviceInfo: return "device-info";
    case Format::MachineGroupCsv: return "machine-group-csv";
    case Format::Unknown: return "unknown";
    }
    return {};
}

void ScanStats::addError(std::string_view source, std::uint64_t record, std::string reason)
{
    ++bad;
    if (errors.size() < kMaxErrors)
        errors.push_back({std::string(source), record, std::move(reason)});
}

void ScanStats::merge(const ScanStats& other, std::uint64_t recordOffset)
{
    records += other.records;
    events += other.events;
    ignored += other.ignored;
    bad += other.bad;
    for (const RecordError& error : other.errors) {
        if (errors.size() >= kMaxErrors)
            break;
        errors.push_back(error);
        if (errors.back().record)
            errors.back().record += recordOffset;
    }
}

// ---- Opening and format detection -------------------------------------------------------

bool TelemetrySource::open(const std::string& path, std::string& error)
{
    path_ = path;
    if (!file_.open(path, error))
        return false;
    text_ = file_.view();
    return detect(error);
}

bool TelemetrySource::openText(std::string name, std::string_view text, std::string& error)
{
    path_ = std::move(name);
    file_ = MappedFile();
    text_ = text;
    return detect(error);
}

bool TelemetrySource::detect(std::string& error)
{
    std::size_t start = text_.starts_with(kBom) ? kBom.size() : 0;
    while (start < text_.size() && text::isAsciiSpace(text_[start]))
        ++start;
    if (start >= text_.size()) {
        format_ = Format::JsonLines; // empty: nothing to scan, nothing wrong
        bodyStart_ = text_.size();
        return true;
    }
    bodyStart_ = start;
    if (text_[start] == '[') {
        format_ = Format::JsonArray;
        bodyStart_ = start + 1;
        return true;
    }
    if (text_[start] == '{') {
        FieldValues values;
        std::string scratch;
        const std::string_view firstLine = text_.substr(start, nextLineStart(text_, start) - start);
        scratch.reserve(firstLine.size() * 2);
        std::size_t length = 0;
        if (!readJsonObject(firstLine, values, scratch, length)) {
            format_ = values[Field::MachineGroup].empty() ? Format::JsonLines : Format::DeviceInfo;
            return true;
        }
        // Not one object per line: the hunting API's {"Schema": [...], "Results": [...]}.
        const std::size_t results = text_.find("\"Results\"", start);
        const std::size_t bracket = results == std::string_view::npos ? results : text_.find('[', results);
        if (bracket != std::string_view::npos) {
            format_ = Format::JsonArray;
            bodyStart_ = bracket + 1;
            return true;
        }
        error = path_ + " starts like JSON but is neither JSON lines nor an array of records.";
        return false;
    }
    return readCsvHeader(error);
}

bool TelemetrySource::readCsvHeader(std::string& error)
{
    const std::size_t headerEnd = nextLineStart(text_, bodyStart_);
    const std::vector<std::string> names = splitHeader(text_.substr(bodyStart_, headerEnd - bodyStart_));
    columnCount_ = names.size();
    columnFields_.assign(names.size(), -1);
    bool machine = false, group = false, observable = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto field = fieldByName(std::string(text::trimWhitespace(names[i])));
        if (!field)
            continue;
        columnFields_[i] = int(*field);
        machine |= *field == Field::DeviceName;
        group |= *field == Field::MachineGroup;
        observable |= *field >= Field::Sha1 && *field <= Field::IssuerHash;
    }
    if (machine && group && !observable) {
        format_ = Format::DeviceInfo;
    } else if (machine || observable) {
        format_ = Format::HuntingCsv;
    } else if (names.size() == 2) {
        format_ = Format::MachineGroupCsv;
        machineGroupHeader_ = text::equalsIgnoreCase(text::trimWhitespace(names[0]), "machine") ||
                              text::equalsIgnoreCase(text::trimWhitespace(names[0]), "DeviceName");
        if (!machineGroupHeader_)
            return true; // data from the first line on
    } else {
        error = path_ + " has no column the preview reads: expected Advanced Hunting columns such as "
                        "DeviceName, SHA1, SHA256, MD5, RemoteIP or RemoteUrl, or a machine,group list.";
        return false;
    }
    bodyStart_ = headerEnd;
    return true;
}

// ---- Splitting into chunks ----------------------------------------------------------------

std::size_t TelemetrySource::chunkCount(std::size_t parts) const
{
    const std::size_t body = text_.size() - std::min(bodyStart_, text_.size());
    constexpr std::size_t kMinChunk = 1u << 20; // small files are not worth splitting
    return std::clamp<std::size_t>(body / kMinChunk, 1, std::max<std::size_t>(parts, 1));
}

std::vector<std::size_t> TelemetrySource::splitFast(std::size_t parts) const
{
    if (format_ != Format::HuntingCsv)
        return split(parts); // line-based formats need no guess
    parts = chunkCount(parts);
    const std::size_t body = text_.size() - bodyStart_;
    std::vector<std::size_t> bounds{bodyStart_};
    for (std::size_t k = 1; k < parts; ++k) {
        const std::size_t at = nextLineStart(text_, bodyStart_ + body * k / parts - 1);
        if (at > bounds.back() && at < text_.size())
            bounds.push_back(at);
    }
    bounds.push_back(text_.size());
    return bounds;
}

std::vector<std::size_t> TelemetrySource::split(std::size_t parts) const
{
    const std::size_t body = text_.size() - std::min(bodyStart_, text_.size());
    parts = chunkCount(parts);
    if (format_ == Format::HuntingCsv)
        return splitCsv(parts);
    std::vector<std::size_t> bounds{bodyStart_};
    if (format_ == Format::JsonLines) {
        for (std::size_t k = 1; k < parts; ++k) {
            const std::size_t at = nextLineStart(text_, bodyStart_ + body * k / parts - 1);
            if (at > bounds.back() && at < text_.size())
                bounds.push_back(at);
        }
    }
    bounds.push_back(text_.size());
    return bounds;
}

// A CSV cell may hold a line break inside quotes, so a boundary is a line break with an
// even number of quotes before it. Counting quotes is a fast pass, done in parallel.
std::vector<std::size_t> TelemetrySource::splitCsv(std::size_t parts) const
{
    const std::size_t body = text_.size() - bodyStart_;
    std::vector<std::size_t> rough{bodyStart_};
    for (std::size_t k = 1; k < parts; ++k)
        rough.push_back(bodyStart_ + body * k / parts);
    rough.push_back(text_.size());
    std::vector<std::size_t> quotes(parts, 0);
    {
        // The last part's count is never needed.
        std::vector<std::jthread> counters;
        for (std::size_t k = 0; k + 1 < parts; ++k)
            counters.emplace_back([&, k] {
                file_.populate(rough[k], rough[k + 1]);
                quotes[k] = swar::count(text_.data() + rough[k], text_.data() + rough[k + 1], '"');
            });
    }
    std::vector<std::size_t> bounds{bodyStart_};
    std::size_t parity = 0; // quotes before rough[k], modulo 2
    for (std::size_t k = 1; k < parts; ++k) {
        parity = (parity + quotes[k - 1]) % 2;
        std::size_t at = rough[k];
        std::size_t localParity = parity;
        // Walk to the first line break outside quotes.
        while (at < text_.size()) {
            const char c = text_[at++];
            if (c == '"')
                localParity ^= 1;
            else if (c == '\n' && localParity == 0)
                break;
        }
        if (at > bounds.back() && at < text_.size())
            bounds.push_back(at);
    }
    bounds.push_back(text_.size());
    return bounds;
}

// ---- Scanning -------------------------------------------------------------------------------

void TelemetrySource::scan(std::size_t begin, std::size_t end, const EventSink& sink, ScanStats& stats,
                           const std::atomic<bool>* cancel) const
{
    file_.populate(begin, end);
    switch (format_) {
    case Format::HuntingCsv: return scanCsv(begin, end, sink, stats, cancel);
    case Format::JsonLines: return scanJsonLines(begin, end, sink, stats, cancel);
    case Format::JsonArray: return scanJsonArray(sink, stats, cancel);
    default: return; // machine-group sources hold no events
    }
}

// Rows are split by CsvRowSplitter (fast, 64 bytes at a time); a row it is not sure about
// is read again by CsvScanner, which reports exactly what is wrong with it.
void TelemetrySource::scanCsv(std::size_t begin, std::size_t end, const EventSink& sink, ScanStats& stats,
                              const std::atomic<bool>* cancel) const
{
    const std::string_view chunk = text_.substr(begin, end - begin);
    std::vector<std::pair<std::size_t, Field>> readColumns; // only the columns the matcher reads
    for (std::size_t i = 0; i < columnFields_.size(); ++i)
        if (columnFields_[i] >= 0)
            readColumns.emplace_back(i, Field(columnFields_[i]));
    const std::size_t lastRead = readColumns.empty() ? 0 : readColumns.back().first;
    CsvRowSplitter splitter(chunk, maxRecordBytes_, columnCount_, lastRead);
    CsvScanner scanner(chunk, maxRecordBytes_);
    std::vector<std::string_view> cells;
    cells.reserve(columnCount_ + 8);
    std::string scratch;
    scratch.reserve(maxRecordBytes_ * 2 + 64);
    FieldValues values;
    Event event;
    std::string_view reason;
    for (CsvRowSplitter::Status status; (status = splitter.next()) != CsvRowSplitter::Status::End;) {
        const std::uint64_t record = ++stats.records;
        if ((record & 0xfff) == 0 && cancelled(cancel))
            return;
        // Only the read columns' fields are ever set, so only they need clearing.
        for (const auto& [column, field] : readColumns)
            values[field] = {};
        scratch.clear();
        bool mayHoldNonAscii = true;
        if (status == CsvRowSplitter::Status::Row) {
            for (const auto& [column, field] : readColumns)
                if (const std::string_view raw = splitter.cell(column); !raw.empty())
                    values[field] = cellText(raw, scratch);
            mayHoldNonAscii = splitter.rowHasHighBytes();
        } else {
            scanner.seek(splitter.slowStart());
            const CsvScanner::Status slow = scanner.next(cells, reason);
            splitter.resumeAt(scanner.position());
            if (slow == CsvScanner::Status::End) {
                --stats.records; // only blank lines were left
                break;
            }
            if (slow == CsvScanner::Status::Malformed) {
                stats.addError(path_, record, std::string(reason) + ".");
                stats.endsInsideQuotes = scanner.endedInsideQuotes();
                continue;
            }
            if (cells.size() != columnCount_) {
                stats.addError(path_, record,
                               "the row has " + std::to_string(cells.size()) + " cells where the header has " +
                                   std::to_string(columnCount_) + ".");
                continue;
            }
            for (const auto& [column, field] : readColumns)
                if (!cells[column].empty())
                    values[field] = cellText(cells[column], scratch);
        }
        if (mayHoldNonAscii && !invalidUtf8Field(values).empty()) {
            stats.addError(path_, record, "a cell the preview reads is not valid UTF-8.");
            continue;
        }
        event.clear();
        event.record = record;
        buildHuntingEvent(values, event, scratch);
        ++stats.events;
        sink(event);
    }
}

const char* TelemetrySource::readJsonObject(std::string_view text, FieldValues& values, std::string& scratch,
                                            std::size_t& length) const
{
    values.clear();
    JsonObjectScanner scanner(text);
    JsonMember member;
    while (scanner.next(member)) {
        const auto field = fieldByName(member.key);
        if (!field || (!member.isString && member.value == "null"))
            continue;
        std::string_view value = member.value;
        if (member.hasEscapes && !unescapeJson(member.value, scratch, value))
            return "a JSON string has an invalid escape";
        values[*field] = value;
    }
    length = scanner.end();
    return scanner.error();
}

void TelemetrySource::handleJsonRecord(std::string_view text, std::uint64_t record, const EventSink& sink,
                                       ScanStats& stats, FieldValues& values, Event& event,
                                       std::string& scratch) const
{
    scratch.clear();
    std::size_t length = 0;
    if (const char* error = readJsonObject(text, values, scratch, length)) {
        stats.addError(path_, record, std::string(error) + ".");
        return;
    }
    if (!invalidUtf8Field(values).empty()) {
        stats.addError(path_, record, "a value the preview reads is not valid UTF-8.");
        return;
    }
    event.clear();
    event.record = record;
    BuildResult result = BuildResult::Ignored;
    if (!values[Field::DeviceName].empty() || !values[Field::Timestamp].empty())
        result = buildHuntingEvent(values, event, scratch);
    else if (!values[Field::EventId].empty())
        result = buildSysmonEvent(values, event);
    if (result == BuildResult::Ignored) {
        ++stats.ignored;
        return;
    }
    ++stats.events;
    sink(event);
}

void TelemetrySource::scanJsonLines(std::size_t begin, std::size_t end, const EventSink& sink, ScanStats& stats,
                                    const std::atomic<bool>* cancel) const
{
    std::string scratch;
    scratch.reserve(maxRecordBytes_ * 2 + 64);
    FieldValues values;
    Event event;
    std::size_t pos = begin;
    while (pos < end) {
        const std::size_t next = std::min(nextLineStart(text_, pos), end);
        const std::string_view line = text::trimWhitespace(text_.substr(pos, next - pos));
        pos = next;
        const std::uint64_t record = ++stats.records; // the line number, blank lines included
        if ((record & 0xfff) == 0 && cancelled(cancel))
            return;
        if (line.empty())
            continue;
        if (line.size() > maxRecordBytes_) {
            stats.addError(path_, record, "the line is longer than the limit for one record.");
            continue;
        }
        handleJsonRecord(line, record, sink, stats, values, event, scratch);
    }
}

void TelemetrySource::scanJsonArray(const EventSink& sink, ScanStats& stats, const std::atomic<bool>* cancel) const
{
    std::string scratch;
    scratch.reserve(maxRecordBytes_ * 2 + 64);
    FieldValues values;
    Event event;
    std::size_t pos = bodyStart_;
    while (pos < text_.size()) {
        const char c = text_[pos];
        if (c == ',' || text::isAsciiSpace(c)) {
            ++pos;
            continue;
        }
        if (c == ']')
            return;
        const std::uint64_t record = ++stats.records;
        if ((record & 0xfff) == 0 && cancelled(cancel))
            return;
        std::size_t length = 0;
        scratch.clear();
        const std::string_view rest = text_.substr(pos, std::min(text_.size() - pos, maxRecordBytes_ + 1));
        if (c != '{' || readJsonObject(rest, values, scratch, length)) {
            // Without a well-formed object there is no safe place to resume.
            stats.addError(path_, record, "the JSON array is malformed here; the rest of the file is skipped.");
            return;
        }
        handleJsonRecord(rest.substr(0, length), record, sink, stats, values, event, scratch);
        pos += length;
    }
}

// ---- Machine groups ----------------------------------------------------------------------

void TelemetrySource::loadMachineGroups(MachineGroups& groups, ScanStats& stats) const
{
    // DeviceInfo reports every hour and on change: keep each machine's newest group.
    std::map<std::string, std::pair<std::string, std::string>> newest; // machine -> (time, group)
    auto offer = [&](std::string_view machine, std::string_view group, std::string_view time) {
        if (machine.empty() || group.empty())
            return;
        auto& slot = newest[std::string(machine)];
        if (slot.second.empty() || time >= slot.first)
            slot = {std::string(time), std::string(group)};
    };
    if (format_ == Format::DeviceInfo && columnCount_ == 0) { // DeviceInfo as JSON lines
        std::string scratch;
        scratch.reserve(maxRecordBytes_ * 2 + 64);
        FieldValues values;
        for (std::size_t pos = bodyStart_; pos < text_.size();) {
            const std::size_t next = nextLineStart(text_, pos);
            const std::string_view line = text::trimWhitespace(text_.substr(pos, next - pos));
            pos = next;
            ++stats.records;
            std::size_t length = 0;
            scratch.clear();
            if (line.empty())
                continue;
            if (line.size() > maxRecordBytes_ || readJsonObject(line, values, scratch, length))
                stats.addError(path_, stats.records, "the DeviceInfo record cannot be read.");
            else
                offer(values[Field::DeviceName], values[Field::MachineGroup], values[Field::Timestamp]);
        }
    } else {
        CsvScanner scanner(text_.substr(bodyStart_), maxRecordBytes_);
        std::vector<std::string_view> cells;
        std::string scratch;
        std::string_view reason;
        for (CsvScanner::Status status; (status = scanner.next(cells, reason)) != CsvScanner::Status::End;) {
            ++stats.records;
            if (status == CsvScanner::Status::Malformed) {
                stats.addError(path_, stats.records, std::string(reason) + ".");
                continue;
            }
            scratch.clear();
            scratch.reserve(maxRecordBytes_ + 64);
            if (format_ == Format::MachineGroupCsv) {
                if (cells.size() >= 2)
                    offer(cellText(cells[0], scratch), cellText(cells[1], scratch), {});
                continue;
            }
            FieldValues values;
            for (std::size_t i = 0; i < cells.size() && i < columnFields_.size(); ++i)
                if (columnFields_[i] >= 0)
                    values.values[std::size_t(columnFields_[i])] = cellText(cells[i], scratch);
            offer(values[Field::DeviceName], values[Field::MachineGroup], values[Field::Timestamp]);
        }
    }
    for (const auto& [machine, entry] : newest)
        groups.set(machine, entry.second);
}

} // namespace indicia::telemetry
