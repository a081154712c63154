#pragma once
// TelemetrySource: one telemetry file, its format detected from its content, scanned in
// chunks that worker threads can take side by side.
//
// Formats: Advanced Hunting CSV (any Device* table; columns found by header name), JSON
// lines (Advanced Hunting or Sysmon, decided per record), a JSON array of records (also
// the {"Schema":..,"Results":[..]} answer of the hunting API), and the machine-to-group
// sources: DeviceInfo (CSV or JSON lines with MachineGroup) and a "machine,group" CSV.
//
// Bad records (malformed, wrong number of cells, over-long, invalid UTF-8 in a field the
// matcher reads) are counted and skipped; the first few are reported with their number.

#include "engine/telemetry/event.h"
#include "engine/telemetry/fields.h"
#include "engine/telemetry/machine_groups.h"
#include "engine/telemetry/mapped_file.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace indicia::telemetry {

enum class Format { HuntingCsv, JsonLines, JsonArray, DeviceInfo, MachineGroupCsv, Unknown };
std::string_view toString(Format format); // "advanced-hunting-csv", "json-lines", ...

struct RecordError {
    std::string source;
    std::uint64_t record = 0; // 0: about the file as a whole
    std::string reason;
};

struct ScanStats {
    static constexpr std::size_t kMaxErrors = 10;
    std::uint64_t records = 0; // numbering units consumed: CSV data rows, lines, array objects
    std::uint64_t events = 0;  // records that became events
    std::uint64_t ignored = 0; // records that are not events we read (other Sysmon IDs, ...)
    std::uint64_t bad = 0;
    std::vector<RecordError> errors; // the first kMaxErrors
    // The chunk's last record ran into the chunk's end inside quotes (not merged: a
    // property of one chunk, see TelemetrySource::splitFast).
    bool endsInsideQuotes = false;

    void addError(std::string_view source, std::uint64_t record, std::string reason);
    // Adds `other`, whose record numbers are shifted by `recordOffset`.
    void merge(const ScanStats& other, std::uint64_t recordOffset);
};

using EventSink = std::function<void(const Event&)>;

class TelemetrySource {
public:
    static constexpr std::size_t kDefaultMaxRecordBytes = 1u << 20;

    // Maps the file and reads its header. False when it cannot be read or its format is
    // not one we know (`error` then says why, naming the file).
    bool open(const std::string& path, std::string& error);
    // The same over text already in memory (fuzzing, tests): `name` stands for the path in
    // messages; `text` must outlive the source.
    bool openText(std::string name, std::string_view text, std::string& error);

    const std::string& path() const { return path_; }
    Format format() const { return format_; }
    std::size_t size() const { return text_.size(); }
    bool givesMachineGroups() const { return format_ == Format::DeviceInfo || format_ == Format::MachineGroupCsv; }

    void setMaxRecordBytes(std::size_t bytes) { maxRecordBytes_ = bytes; }

    // Chunk boundaries: parts + 1 offsets (fewer for small files), each at a record start.
    std::vector<std::size_t> split(std::size_t parts) const;
    // The same without reading the file first: for CSV, the first line break after each
    // even share, guessed to lie outside quotes. When a chunk other than the last then
    // reports ScanStats::endsInsideQuotes, the guess cut a quoted cell: use split().
    std::vector<std::size_t> splitFast(std::size_t parts) const;

    // Scans [begin, end) of the file; record numbers in events and stats are 1-based and
    // local to the chunk (the preview shifts them). Stops early when `cancel` is set.
    void scan(std::size_t begin, std::size_t end, const EventSink& sink, ScanStats& stats,
              const std::atomic<bool>* cancel = nullptr) const;
    // Says the caller is done with [begin, end) for now: a mapped file drops those pages
    // from the process's page tables (see MappedFile::release). Reading them again works.
    void release(std::size_t begin, std::size_t end) const { file_.release(begin, end); }

    // DeviceInfo and machine,group sources: the newest group per machine.
    void loadMachineGroups(MachineGroups& groups, ScanStats& stats) const;

private:
    bool detect(std::string& error);
    bool readCsvHeader(std::string& error);
    void scanCsv(std::size_t begin, std::size_t end, const EventSink& sink, ScanStats& stats,
                 const std::atomic<bool>* cancel) const;
    void scanJsonLines(std::size_t begin, std::size_t end, const EventSink& sink, ScanStats& stats,
                       const std::atomic<bool>* cancel) const;
    void scanJsonArray(const EventSink& sink, ScanStats& stats, const std::atomic<bool>* cancel) const;
    // One JSON object into `values`; returns an error reason or nullptr. `length` gets the
    // bytes the object took.
    const char* readJsonObject(std::string_view text, FieldValues& values, std::string& scratch,
                               std::size_t& length) const;
    void handleJsonRecord(std::string_view text, std::uint64_t record, const EventSink& sink,
                          ScanStats& stats, FieldValues& values, Event& event, std::string& scratch) const;
    std::vector<std::size_t> splitCsv(std::size_t parts) const;
    std::size_t chunkCount(std::size_t parts) const;

    std::string path_;
    MappedFile file_;
    std::string_view text_;
    Format format_ = Format::Unknown;
    std::size_t bodyStart_ = 0; // first byte after the header / the array's '['
    std::size_t maxRecordBytes_ = kDefaultMaxRecordBytes;
    // CSV: header width and which Field each column holds (-1: not read).
    std::size_t columnCount_ = 0;
    std::vector<int> columnFields_;
    bool machineGroupHeader_ = false; // a machine,group CSV whose first line is a header
};

} // namespace indicia::telemetry
