#pragma once
// RecordSearch: the records of a telemetry file that mention given text, with all their
// fields. The preview's readers keep only the fields the matcher needs; an entity page
// wants everything a record says about a file (name, path, size, signer), but only for the
// handful of records that mention it, so this reads those records in full and skips the
// rest after a case-insensitive text search.
//
// Formats: CSV with a header (Advanced Hunting exports, DeviceInfo), JSON lines (Sysmon,
// Advanced Hunting), and a JSON array of records (also {"Results":[...]}). Nested JSON
// values are kept as their raw text.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace indicia::entities {

struct RecordField {
    std::string name;
    std::string value; // unescaped text
};

struct Record {
    std::uint64_t number = 0; // 1-based: CSV data row, JSON line, JSON array object
    std::vector<RecordField> fields; // non-empty values only, in file order

    // The first non-empty value among `names`; empty when none.
    std::string_view value(std::initializer_list<std::string_view> names) const;
};

using RecordVisitor = std::function<void(const Record&)>;

// Visits every record of `path` whose text contains one of `needles` (ASCII case is
// ignored; empty needles never match). False with `error` set when the file cannot be read.
bool searchRecords(const std::string& path, const std::vector<std::string>& needles, const RecordVisitor& visit,
                   std::string& error);

// Visits every record of `path` (the search index reads each loaded file once).
bool forEachRecord(const std::string& path, const RecordVisitor& visit, std::string& error);

// True when `haystack` contains `needle`, ignoring ASCII case.
bool containsIgnoringCase(std::string_view haystack, std::string_view needle);

} // namespace indicia::entities
