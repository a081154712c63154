// Fuzzes the MISP event reader (wrappers, composite values, tags), taking every attribute.
#include "engine/codec/misp_reader.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    indicia::MispReader reader(in, indicia::TimePoint{}, true);
    indicia::ImportRow row;
    while (reader.next(row)) {
    }
    return 0;
}
