#include "engine/entities/record_search.h"

#include "engine/telemetry/csv_scan.h"
#include "engine/telemetry/json_scan.h"
#include "engine/telemetry/mapped_file.h"

#include <algorithm>
#include <cctype>

namespace indicia::entities {

namespace {

constexpr std::size_t kMaxRecordBytes = 1u << 20;

// No needles (nullptr) stands for "every record" (forEachRecord).
bool mentionsAny(std::string_view text, const std::vector<std::string>* needles)
{
    return !needles || std::any_of(needles->begin(), needles->end(), [text](const std::string& n) {
        return !n.empty() && containsIgnoringCase(text, n);
    });
}

std::string_view skipSpaceAndBom(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    return text;
}

// One JSON object's top-level members into `record`; false when it is not valid JSON.
bool readJsonObject(std::string_view text, Record& record, std::size_t* length = nullptr)
{
    record.fields.clear();
    telemetry::JsonObjectScanner scanner(text);
    telemetry::JsonMember member;
    while (scanner.next(member)) {
        std::string value(member.value);
        if (member.isString && member.hasEscapes) {
            std::string scratch;
            scratch.reserve(member.value.size());
            std::string_view out;
            if (telemetry::unescapeJson(member.value, scratch, out))
                value.assign(out);
        }
        if (!value.empty() && value != "null")
            record.fields.push_back({std::string(member.key), std::move(value)});
    }
    if (length)
        *length = scanner.end();
    return scanner.error() == nullptr;
}

void searchJsonLines(std::string_view text, const std::vector<std::string>* needles, const RecordVisitor& visit)
{
    Record record;
    std::uint64_t line = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view current = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        ++line;
        if (!mentionsAny(current, needles))
            continue;
        record.number = line;
        if (readJsonObject(current, record))
            visit(record);
    }
}

void searchJsonArray(std::string_view text, const std::vector<std::string>* needles, const RecordVisitor& visit)
{
    // {"Schema":..,"Results":[..]}: the records are the Results array.
    if (text.starts_with('{')) {
        const std::size_t results = text.find("\"Results\"");
        if (results == std::string_view::npos)
            return;
        text = text.substr(results);
    }
    const std::size_t open = text.find('[');
    if (open == std::string_view::npos)
        return;
    text = text.substr(open + 1);
    Record record;
    for (std::uint64_t number = 1;; ++number) {
        const std::size_t start = text.find_first_not_of(" \t\r\n,");
        if (start == std::string_view::npos || text[start] != '{')
            return;
        text = text.substr(start);
        std::size_t length = 0;
        record.number = number;
        const bool ok = readJsonObject(text, record, &length);
        if (!ok || length == 0)
            return;
        if (mentionsAny(text.substr(0, length), needles))
            visit(record);
        text = text.substr(length);
    }
}

void searchCsv(std::string_view text, const std::vector<std::string>* needles, const RecordVisitor& visit)
{
    const std::size_t headerEnd = text.find('\n');
    if (headerEnd == std::string_view::npos)
        return;
    std::string_view headerLine = text.substr(0, headerEnd);
    if (headerLine.ends_with('\r'))
        headerLine.remove_suffix(1);
    const std::vector<std::string> header = telemetry::splitHeader(headerLine);
    telemetry::CsvScanner scanner(text.substr(headerEnd + 1), kMaxRecordBytes);
    const std::string_view body = text.substr(headerEnd + 1);
    std::vector<std::string_view> cells;
    std::string_view reason;
    Record record;
    for (std::uint64_t number = 1;; ++number) {
        const std::size_t begin = scanner.position();
        const auto status = scanner.next(cells, reason);
        if (status == telemetry::CsvScanner::Status::End)
            return;
        if (status != telemetry::CsvScanner::Status::Record || !mentionsAny(body.substr(begin, scanner.position() - begin), needles))
            continue;
        record.number = number;
        record.fields.clear();
        for (std::size_t i = 0; i < cells.size() && i < header.size(); ++i) {
            std::string scratch;
            scratch.reserve(cells[i].size());
            const std::string_view cell = telemetry::cellText(cells[i], scratch);
            if (!cell.empty())
                record.fields.push_back({header[i], std::string(cell)});
        }
        visit(record);
    }
}

} // namespace

std::string_view Record::value(std::initializer_list<std::string_view> names) const
{
    for (const std::string_view name : names)
        for (const RecordField& field : fields)
            if (field.name == name && !field.value.empty())
                return field.value;
    return {};
}

bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
{
    const auto same = [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    };
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), same) != haystack.end();
}

namespace {

bool visitRecords(const std::string& path, const std::vector<std::string>* needles, const RecordVisitor& visit,
                  std::string& error)
{
    telemetry::MappedFile file;
    if (!file.open(path, error))
        return false;
    const std::string_view text = skipSpaceAndBom(file.view());
    if (text.starts_with('['))
        searchJsonArray(text, needles, visit);
    else if (text.starts_with('{') && text.substr(0, text.find('\n')).find("\"Results\"") != std::string_view::npos)
        searchJsonArray(text, needles, visit);
    else if (text.starts_with('{'))
        searchJsonLines(text, needles, visit);
    else
        searchCsv(text, needles, visit);
    return true;
}

} // namespace

bool searchRecords(const std::string& path, const std::vector<std::string>& needles, const RecordVisitor& visit,
                   std::string& error)
{
    return visitRecords(path, &needles, visit, error);
}

bool forEachRecord(const std::string& path, const RecordVisitor& visit, std::string& error)
{
    return visitRecords(path, nullptr, visit, error);
}

} // namespace indicia::entities
