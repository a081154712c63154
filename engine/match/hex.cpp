#include "engine/match/hex.h"

#include <array>
#include <bit>
#include <cstring>

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

constexpr std::uint64_t kEach(std::uint8_t byte) { return 0x0101010101010101ULL * byte; }

// 0x80 in each byte of `v` (all bytes < 0x80) that lies in [lo, hi]. No byte's sum can
// carry into the next one, because every byte stays below 0x80 + 0x50.
std::uint64_t bytesInRange(std::uint64_t v, std::uint8_t lo, std::uint8_t hi)
{
    const std::uint64_t atLeastLo = v + kEach(std::uint8_t(0x80 - lo));
    const std::uint64_t aboveHi = v + kEach(std::uint8_t(0x7f - hi));
    return atLeastLo & ~aboveHi & kEach(0x80);
}

// Eight hex digits into four bytes with 64-bit arithmetic (little-endian: the first digit
// is the low byte). False when one of them is not a hex digit.
bool decodeEightDigits(const char* text, unsigned char* out)
{
    std::uint64_t v;
    std::memcpy(&v, text, sizeof v);
    if (v & kEach(0x80))
        return false;
    const std::uint64_t lower = v | kEach(0x20); // 'A'..'F' -> 'a'..'f'; digits keep their bit
    const std::uint64_t digit = bytesInRange(lower, '0', '9');
    const std::uint64_t letter = bytesInRange(lower, 'a', 'f');
    if ((digit | letter) != kEach(0x80))
        return false;
    const std::uint64_t nibbles = (lower & kEach(0x0f)) + (letter >> 7) * 9; // 'a' = 1 + 9
    // Byte 2k becomes digit 2k << 4 | digit 2k+1; then the even bytes are packed together.
    std::uint64_t packed = ((nibbles << 4) | (nibbles >> 8)) & 0x00ff00ff00ff00ffULL;
    packed = (packed | (packed >> 8)) & 0x0000ffff0000ffffULL;
    packed = (packed | (packed >> 16)) & 0xffffffffULL;
    const auto four = std::uint32_t(packed);
    std::memcpy(out, &four, sizeof four);
    return true;
}

} // namespace

bool decodeHex(std::string_view hex, unsigned char* out)
{
    if (hex.size() % 2 != 0)
        return false;
    std::size_t i = 0;
    if constexpr (std::endian::native == std::endian::little) {
        // Every hash in the telemetry goes through here: eight digits at a time.
        for (; i + 8 <= hex.size(); i += 8, out += 4)
            if (!decodeEightDigits(hex.data() + i, out))
                return false;
    }
    std::uint8_t bad = 0;
    for (; i < hex.size(); i += 2, ++out) {
        const std::uint8_t hi = kNibble[static_cast<unsigned char>(hex[i])];
        const std::uint8_t lo = kNibble[static_cast<unsigned char>(hex[i + 1])];
        bad |= std::uint8_t(hi | lo); // 0xff poisons the high bits
        *out = static_cast<unsigned char>((hi << 4) | (lo & 0x0f));
    }
    return (bad & 0xf0) == 0;
}

void encodeHexLower(std::string_view bytes, char* out)
{
    std::size_t i = 0;
    if constexpr (std::endian::native == std::endian::little) {
        // Four bytes at a time: spread them to the even bytes of a word, split each into
        // its two nibbles, then turn nibbles into '0'-'9' / 'a'-'f' without a branch.
        for (; i + 4 <= bytes.size(); i += 4, out += 8) {
            std::uint32_t four;
            std::memcpy(&four, bytes.data() + i, sizeof four);
            std::uint64_t t = four;
            t = (t | (t << 16)) & 0x0000ffff0000ffffULL;
            t = (t | (t << 8)) & 0x00ff00ff00ff00ffULL;
            const std::uint64_t nibbles = ((t >> 4) & 0x000f000f000f000fULL) | ((t & 0x000f000f000f000fULL) << 8);
            const std::uint64_t letters = ((nibbles + kEach(0x76)) & kEach(0x80)) >> 7; // 1 where >= 10
            const std::uint64_t text = nibbles + kEach('0') + letters * ('a' - '0' - 10);
            std::memcpy(out, &text, sizeof text);
        }
    }
    static constexpr char kDigits[] = "0123456789abcdef";
    for (; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        *out++ = kDigits[b >> 4];
        *out++ = kDigits[b & 0x0f];
    }
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
