// Fuzzes the Advanced Hunting JSON telemetry readers: JSON lines, a JSON array of records,
// and the hunting API's {"Schema":[..],"Results":[..]} answer (the input is also tried
// wrapped in that envelope), with AdditionalFields as nested JSON or as an escaped string.
#include "tests/fuzz/telemetry_fuzz.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz_telemetry::scanText(text);
    const std::string wrapped = "{\"Schema\":[{\"Name\":\"Timestamp\",\"Type\":\"DateTime\"}],\n\"Results\":[" +
                                std::string(text) + "]}";
    fuzz_telemetry::scanText(wrapped);
    return 0;
}
