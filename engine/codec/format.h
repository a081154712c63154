#pragma once
// Import format detection by content, never by file name: what the file holds decides.

#include <string_view>

namespace indicia {

enum class SourceFormat {
    MdeCsv,     // the MDE import template (a header naming IndicatorType and IndicatorValue)
    PlainList,  // one value per line
    ReportText, // prose with indicators inside it
    Stix,       // a STIX 2.0 / 2.1 bundle
    Misp,       // a MISP event
};

// `head` is the beginning of the file (a few KiB is enough).
SourceFormat detectFormat(std::string_view head);
// "mde-csv", "plain", "report-text", "stix", "misp"
std::string_view toString(SourceFormat format);

} // namespace indicia
