#pragma once
// Tells an indicator file from something that is not text at all (an executable, an
// archive, random bytes, a UTF-16 export) by its first block, before any reader sees it:
// without this, binary data reads as "report text" with no indicators in it, and an import
// of 5 MB of noise ends as "0 rows, nothing to import" instead of an error.

#include <optional>
#include <string>
#include <string_view>

namespace indicia {

namespace codes {
inline constexpr std::string_view kNotAnIndicatorFile = "not-an-indicator-file";
}

// Why `head` (the first few KiB of a file) cannot be an indicator file, as a phrase
// ("it holds binary data (NUL bytes)"), or nullopt when it is text.
std::optional<std::string> binaryContentReason(std::string_view head);

} // namespace indicia
