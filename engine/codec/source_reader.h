#pragma once
// Opens an import source file, detects its format by content and yields ImportRows.
// The one entry point that `validate`, `import` and the import dialog share.

#include "engine/codec/format.h"
#include "engine/codec/import_row.h"
#include "engine/validate.h"

#include <fstream>
#include <memory>
#include <optional>
#include <string>

namespace indicia {

class MdeCsvReader;
class PlainListReader;

class SourceReader {
public:
    // On failure returns null and sets `error` (code "file-unreadable" or "csv-header").
    static std::unique_ptr<SourceReader> open(const std::string& path, const ValidateOptions& options,
                                              Issue& error);
    ~SourceReader();

    SourceFormat format() const { return format_; }
    bool next(ImportRow& out);

private:
    SourceReader() = default;

    SourceFormat format_ = SourceFormat::PlainList;
    std::ifstream file_;
    std::unique_ptr<MdeCsvReader> csv_;
    std::unique_ptr<PlainListReader> plain_;
};

} // namespace indicia
