// Fuzzes the Sysmon JSON-lines reader (Mordor-style records): the member scanner, string
// unescaping, EventID dispatch, the Hashes list, UPPER-case hashes and uncompressed IPv6.
// Each line is also tried as a record with every EventID the builder reads, so all
// Sysmon event builders are reached without the fuzzer first having to spell the key.
#include "tests/fuzz/telemetry_fuzz.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz_telemetry::scanText(text);
    const std::size_t brace = text.find('{');
    if (brace == std::string_view::npos || size > 4096)
        return 0;
    const std::string_view ids[] = {"1", "3", "6", "7", "15", "22", "23", "26", "29"};
    const std::string_view id = ids[data[0] % std::size(ids)];
    std::string record = "{\"EventID\":" + std::string(id) + ",";
    record.append(text.substr(brace + 1));
    for (char& c : record)
        if (c == '\n')
            c = ' '; // one record
    fuzz_telemetry::scanText(record);
    return 0;
}
