// Fuzzes report-text extraction (tokens, bracket peeling, defanged values, '=' splitting).
#include "engine/codec/report_text.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    indicia::ReportTextReader reader(in);
    indicia::ImportRow row;
    while (reader.next(row)) {
    }
    return 0;
}
