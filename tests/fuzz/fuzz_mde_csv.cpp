// Fuzzes the MDE template CSV reader (tokeniser, header mapping, per-row validation).
#include "engine/codec/mde_csv.h"
#include "engine/timeutil.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    indicia::MdeCsvReader reader(in, indicia::ValidateOptions{indicia::TimePoint{}});
    indicia::ImportRow row;
    while (reader.next(row)) {
    }
    return 0;
}
