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

class SourceReader {
public:
    // On failure returns null and sets `error` (code "file-unreadable", "csv-header",
    // "json-invalid" or "json-shape").
    static std::unique_ptr<SourceReader> open(const std::string& path, const ValidateOptions& options,
                                              Issue& error, const SourceOptions& sourceOptions = {});
    ~SourceReader();

    SourceFormat format() const { return format_; }
    bool next(ImportRow& out);
    // Bytes of the file consumed so far, for progress bars.
    std::int64_t position();

private:
    SourceReader();
    bool openReader(const ValidateOptions& options, const std::string& path, Issue& error);
    bool readRow(ImportRow& out);
    bool extractFromProseLine(const ImportRow& row);

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
