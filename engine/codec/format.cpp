#include "engine/codec/format.h"

#include "engine/codec/csv_reader.h"
#include "engine/codec/mde_csv.h"
#include "engine/text_util.h"

#include <optional>
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

bool isMdeCsv(std::string_view head)
{
    // Tokenise the first record properly, so a quoted header or a BOM does not matter.
    std::istringstream in{std::string(head)};
    CsvReader reader(in);
    CsvRecord header;
    if (!reader.next(header) || !header.error.empty())
        return false;
    // Two template names are also taken as a template header that lacks a required column,
    // so the user hears "the header lacks IndicatorValue" rather than one error per line.
    return looksLikeMdeCsvHeader(header.fields) || templateColumnCount(header.fields) >= 2;
}

std::string_view withoutBomAndSpace(std::string_view head)
{
    if (head.starts_with("\xEF\xBB\xBF"))
        head.remove_prefix(3);
    while (!head.empty() && text::isAsciiSpace(head.front()))
        head.remove_prefix(1);
    return head;
}

// `"key"` followed, after optional spaces, by ':' (and by `"value"` when one is given).
bool hasJsonMember(std::string_view text, std::string_view key, std::string_view value = {})
{
    const std::string quotedKey = "\"" + std::string(key) + "\"";
    for (std::size_t at = text.find(quotedKey); at != std::string_view::npos; at = text.find(quotedKey, at + 1)) {
        std::size_t i = at + quotedKey.size();
        while (i < text.size() && text::isAsciiSpace(text[i]))
            ++i;
        if (i >= text.size() || text[i] != ':')
            continue;
        if (value.empty())
            return true;
        ++i;
        while (i < text.size() && text::isAsciiSpace(text[i]))
            ++i;
        if (text.substr(i).starts_with("\"" + std::string(value) + "\""))
            return true;
    }
    return false;
}

// A JSON document's kind by its telling members; nothing when it is neither.
std::optional<SourceFormat> jsonFormat(std::string_view head)
{
    if (!head.starts_with('{') && !head.starts_with('['))
        return std::nullopt;
    if (hasJsonMember(head, "type", "bundle"))
        return SourceFormat::Stix;
    if (hasJsonMember(head, "Event") || hasJsonMember(head, "Attribute"))
        return SourceFormat::Misp;
    if (hasJsonMember(head, "objects"))
        return SourceFormat::Stix; // a bundle that lists its objects before its type
    return std::nullopt;
}

// Prose when more than a third of the meaningful lines hold several words; a list may
// have a stray one, a report is mostly sentences and bullet points.
bool looksLikeProse(std::string_view head)
{
    std::size_t lines = 0;
    std::size_t prose = 0;
    std::istringstream in{std::string(head)};
    for (std::string line; std::getline(in, line);) {
        std::string_view text = text::trimWhitespace(line);
        if (text.empty() || text.starts_with('#'))
            continue;
        // Inline comments as plain lists write them: "1.2.3.0/24 # scanner", "hash;note".
        text = text.substr(0, std::min(text.find(" #"), text.find(';')));
        ++lines;
        if (text::containsAsciiSpace(text::trimWhitespace(text)))
            ++prose;
    }
    return lines > 0 && prose * 3 > lines;
}

} // namespace

SourceFormat detectFormat(std::string_view head)
{
    const std::string_view start = withoutBomAndSpace(head);
    if (const auto json = jsonFormat(start))
        return *json;
    if (isMdeCsv(head))
        return SourceFormat::MdeCsv;
    return looksLikeProse(start) ? SourceFormat::ReportText : SourceFormat::PlainList;
}

std::string_view toString(SourceFormat format)
{
    switch (format) {
    case SourceFormat::MdeCsv: return "mde-csv";
    case SourceFormat::PlainList: return "plain";
    case SourceFormat::ReportText: return "report-text";
    case SourceFormat::Stix: return "stix";
    case SourceFormat::Misp: return "misp";
    }
    return "plain";
}

} // namespace indicia
