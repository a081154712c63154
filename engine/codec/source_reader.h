#pragma once
// Opens an import source file, detects its format by content and yields ImportRows.
// The one entry point that `validate`, `import` and the import dialog share: MDE CSV,
// plain lists, report text, STIX bundles and MISP events all come out of next() alike.

#include "engine/codec/format.h"
#include "engine/codec/import_row.h"
#include "engine/codec/structured_rows.h"
#include "engine/validate.h"

#include <cstdint>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace indicia {

class IocExtractor;
class KnownGood;
class MdeCsvReader;
class MispReader;
class PlainListReader;
class ReportTextReader;
class StixReader;

struct SourceOptions {
    // MISP: take every attribute of an indicator type, not only those marked to_ids.
    bool allMispAttributes = false;
    // When set, every valid row is checked against these known-good lists and a hit is
    // added as a `known-good` warning (never an error). Must outlive the reader.
    const KnownGood* knownGood = nullptr;
};

// Where SourceReader::readAll delivers rows: on the calling thread, in file order.
struct RowSink {
    // Optional: called once before the first row with about how many rows will come
    // (to reserve room), when that is known ahead.
    std::function<void(std::size_t rows)> expect;
    // Every row, as next() would give it; the row may be moved from.
    std::function<void(ImportRow& row)> take;
};

class SourceReader {
public:
    // On failure returns null and sets `error` (code "file-unreadable", "not-an-indicator-file",
    // "csv-header", "json-invalid" or "json-shape").
    static std::unique_ptr<SourceReader> open(const std::string& path, const ValidateOptions& options,
                                              Issue& error, const SourceOptions& sourceOptions = {});
    ~SourceReader();

    // Every row of the file, the same rows in the same order as open() and next() until it
    // returns false, handed to `sink`. A plain list of 256 KiB or more is cut at line breaks
    // into parts whose lines are read and normalised on up to `threads` threads (0: one
    // per core); lines that read as prose then go through one IocExtractor in file order,
    // so a value repeated across parts is dropped exactly as next() drops it. Other formats
    // are read by next() on the calling thread. On failure to open returns false and sets
    // `error` as open() does; `format`, when given, is set to the detected format.
    static bool readAll(const std::string& path, const ValidateOptions& options, Issue& error, const RowSink& sink,
                        unsigned threads = 0, const SourceOptions& sourceOptions = {},
                        SourceFormat* format = nullptr);

    SourceFormat format() const { return format_; }
    bool next(ImportRow& out);
    // Bytes of the file consumed so far, for progress bars.
    std::int64_t position();

private:
    SourceReader();
    bool openReader(const ValidateOptions& options, const std::string& path, Issue& error);
    bool readRow(ImportRow& out);
    bool extractFromProseLine(const ImportRow& row);
    void readPlainListInParts(unsigned threads, const RowSink& sink);
    void deliver(ImportRow& row, const RowSink& sink) const;

    SourceFormat format_ = SourceFormat::PlainList;
    SourceOptions sourceOptions_;
    std::ifstream file_;
    std::int64_t fileSize_ = 0;
    std::unique_ptr<MdeCsvReader> csv_;
    std::unique_ptr<PlainListReader> plain_;
    std::unique_ptr<ReportTextReader> report_;
    std::unique_ptr<StixReader> stix_;
    std::unique_ptr<MispReader> misp_;
    std::unique_ptr<IocExtractor> fallback_; // plain-list lines that turn out to be prose
    RowQueue pending_;
};

} // namespace indicia
