#include "engine/match/hex.h"

#include <array>

namespace indicia::match {

namespace {

// 0..15 for hex digits, 0xff for anything else.
constexpr std::array<std::uint8_t, 256> makeNibbleTable()
{
    std::array<std::uint8_t, 256> table{};
    for (auto& v : table)
        v = 0xff;
    for (int c = 0; c < 10; ++c)
        table[std::size_t('0' + c)] = std::uint8_t(c);
    for (int c = 0; c < 6; ++c) {
        table[std::size_t('a' + c)] = std::uint8_t(10 + c);
        table[std::size_t('A' + c)] = std::uint8_t(10 + c);
    }
    return table;
}
constexpr auto kNibble = makeNibbleTable();

} // namespace

bool decodeHex(std::string_view hex, unsigned char* out)
{
    if (hex.size() % 2 != 0)
        return false;
    std::uint8_t bad = 0;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const std::uint8_t hi = kNibble[static_cast<unsigned char>(hex[i])];
        const std::uint8_t lo = kNibble[static_cast<unsigned char>(hex[i + 1])];
        bad |= std::uint8_t(hi | lo); // 0xff poisons the high bits
        out[i / 2] = static_cast<unsigned char>((hi << 4) | (lo & 0x0f));
    }
    return (bad & 0xf0) == 0;
}

std::string encodeHexLower(std::string_view bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 0x0f]);
    }
    return out;
}

} // namespace indicia::match
