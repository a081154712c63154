#pragma once
// Hex text to bytes without allocating: the matcher decodes every hash it sees in telemetry.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace indicia::match {

// Decodes `hex` (either case) into `out`, which must hold hex.size() / 2 bytes.
// False when the length is odd or a character is not a hex digit.
bool decodeHex(std::string_view hex, unsigned char* out);
std::string encodeHexLower(std::string_view bytes);
// The same into `out`, which must hold bytes.size() * 2 characters (no allocation).
void encodeHexLower(std::string_view bytes, char* out);

} // namespace indicia::match
