#pragma once
// The Microsoft Defender for Endpoint indicator import template:
// IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,
// RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert
// Header matched by name in any order and case; list cells ("G1,G2"); booleans in any
// case; padded values trimmed; blank rows skipped; no 500-row cap.

#include "engine/codec/csv_reader.h"
#include "engine/codec/import_row.h"
#include "engine/validate.h"

#include <array>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace indicia {

inline constexpr std::array<std::string_view, 12> kMdeCsvColumns = {
    "IndicatorType", "IndicatorValue", "ExpirationTime", "Action",     "Severity",
    "Title",         "Description",    "RecommendedActions", "RbacGroups", "Category",
    "MitreTechniques", "GenerateAlert"};

// True when the first record names IndicatorType and IndicatorValue columns.
bool looksLikeMdeCsvHeader(const std::vector<std::string>& header);
// The position in kMdeCsvColumns of a header cell (case and padding ignored), if any.
std::optional<std::size_t> findMdeCsvColumn(std::string_view name);

class MdeCsvReader {
public:
    MdeCsvReader(std::istream& in, const ValidateOptions& options);
    // Set when the header is missing required columns or unreadable; then next() is false.
    const std::optional<Issue>& headerError() const { return headerError_; }
    // Reads, normalises and validates the next non-blank data row.
    bool next(ImportRow& out);

private:
    void readHeader();
    std::string_view cell(std::size_t column) const;
    void checkExtraCells(ImportRow& out) const;

    CsvReader csv_;
    ValidateOptions options_;
    std::optional<Issue> headerError_;
    std::array<int, kMdeCsvColumns.size()> columnIndex_{};
    CsvRecord record_;
    std::size_t dataRow_ = 0;
    std::size_t headerColumns_ = 0;
};

// Spreadsheet formula neutralisation: a cell starting with = + - @ TAB or CR gets a
// leading apostrophe so a spreadsheet shows it as text and runs nothing.
std::string neutraliseFormula(std::string_view cell);
// Quotes a cell when it holds a comma, quote, CR or LF (after neutralising).
std::string csvCell(std::string_view cell);

void writeMdeCsvHeader(std::ostream& out);
void writeMdeCsvRow(std::ostream& out, const Indicator& indicator);

// "Download sample CSV": the header and an example row of each importable type.
std::string sampleMdeCsv();

} // namespace indicia
