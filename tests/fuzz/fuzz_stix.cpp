// Fuzzes the STIX bundle reader and its pattern parser (brackets, quotes, escapes, keywords).
#include "engine/codec/stix_pattern.h"
#include "engine/codec/stix_reader.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    indicia::stix::parsePattern(text);
    std::istringstream in(text);
    indicia::StixReader reader(in, indicia::TimePoint{});
    indicia::ImportRow row;
    while (reader.next(row)) {
    }
    return 0;
}
