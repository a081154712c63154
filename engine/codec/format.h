#pragma once
// Import format detection by content.

#include <string_view>

namespace indicia {

enum class SourceFormat { MdeCsv, PlainList };

// `head` is the beginning of the file (a few KiB is enough).
SourceFormat detectFormat(std::string_view head);
std::string_view toString(SourceFormat format); // "mde-csv", "plain"

} // namespace indicia
