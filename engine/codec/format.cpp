#include "engine/codec/format.h"

#include "engine/codec/csv_reader.h"
#include "engine/codec/mde_csv.h"

#include <sstream>
#include <string>

namespace indicia {

namespace {

// Template column names among the cells ("Title", "action", ...; case-insensitive).
std::size_t templateColumnCount(const std::vector<std::string>& cells)
{
    std::size_t count = 0;
    for (const std::string& cell : cells) {
        if (findMdeCsvColumn(cell))
            ++count;
    }
    return count;
}

} // namespace

SourceFormat detectFormat(std::string_view head)
{
    // Tokenise the first record properly, so a quoted header or a BOM does not matter.
    std::istringstream in{std::string(head)};
    CsvReader reader(in);
    CsvRecord header;
    if (!reader.next(header) || !header.error.empty())
        return SourceFormat::PlainList;
    // Two template names are also taken as a template header that lacks a required column,
    // so the user hears "the header lacks IndicatorValue" rather than one error per line.
    if (looksLikeMdeCsvHeader(header.fields) || templateColumnCount(header.fields) >= 2)
        return SourceFormat::MdeCsv;
    return SourceFormat::PlainList;
}

std::string_view toString(SourceFormat format)
{
    switch (format) {
    case SourceFormat::MdeCsv: return "mde-csv";
    case SourceFormat::PlainList: return "plain";
    }
    return "plain";
}

} // namespace indicia
