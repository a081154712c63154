// Fuzzes the plain-list reader (comments, IP:port, defanged values, type detection).
#include "engine/codec/plain_list.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    indicia::PlainListReader reader(in);
    indicia::ImportRow row;
    while (reader.next(row)) {
    }
    return 0;
}
