// Fuzzes the indicator rules: every type's normaliser and plain-list type detection.
#include "engine/normalise.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (indicia::IndicatorType type : indicia::kAllIndicatorTypes) {
        const auto result = indicia::normalise(type, text);
        // A canonical value must be a fixed point of normalisation.
        if (result.value) {
            const auto again = indicia::normalise(type, *result.value);
            if (!again.value || *again.value != *result.value)
                __builtin_trap();
        }
    }
    indicia::detectAndNormalise(text, {false, true});
    return 0;
}
