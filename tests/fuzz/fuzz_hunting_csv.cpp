// Fuzzes the Advanced Hunting CSV telemetry reader: header mapping, the fast row splitter,
// the exact CsvScanner fallback, quoted cells with line breaks, JSON in AdditionalFields,
// DeviceInfo and machine,group sources.
#include "tests/fuzz/telemetry_fuzz.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    // JSON inputs belong to the other telemetry targets.
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && (text[first] == '{' || text[first] == '['))
        return 0;
    fuzz_telemetry::scanText(text);
    return 0;
}
