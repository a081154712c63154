#pragma once
// Eight bytes at a time ("SIMD within a register"): the few byte searches on the preview's
// hot path, written with plain 64-bit arithmetic so they stay portable (count() uses SSE2
// where every x86-64 CPU has it). Little-endian only for the position of a match; other
// byte orders take the byte-by-byte path.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64) // MSVC on x86-64 does not define __SSE2__
#include <emmintrin.h>
#endif

namespace indicia::telemetry::swar {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL;

inline std::uint64_t load(const char* p)
{
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// 0x80 in every byte of `v` that is zero, and nothing else (exact, no false positives).
inline std::uint64_t zeroBytes(std::uint64_t v) { return ~(((v & kLow7) + kLow7) | v | kLow7); }
inline std::uint64_t bytesEqual(std::uint64_t v, char c) { return zeroBytes(v ^ (kOnes * static_cast<unsigned char>(c))); }

// How many times `c` occurs in [begin, end).
inline std::size_t count(const char* begin, const char* end, char c)
{
    std::size_t n = 0;
#if defined(__SSE2__) || defined(_M_X64) // MSVC on x86-64 does not define __SSE2__
    // 16 bytes per step: each match subtracts -1 from a byte counter; the counters are
    // summed (psadbw) before any of them can pass 255.
    const __m128i needle = _mm_set1_epi8(c);
    while (end - begin >= 16) {
        __m128i counters = _mm_setzero_si128();
        for (int i = 0; i < 255 && end - begin >= 16; ++i, begin += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin));
            counters = _mm_sub_epi8(counters, _mm_cmpeq_epi8(v, needle));
        }
        const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
        n += std::size_t(_mm_cvtsi128_si32(sums)) + std::size_t(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
    }
#endif
    for (; end - begin >= 8; begin += 8)
        n += std::size_t(std::popcount(bytesEqual(load(begin), c)));
    for (; begin < end; ++begin)
        n += *begin == c;
    return n;
}

// The first of ',', '\n' or '\r' in [p, end), or end.
inline const char* findCsvStop(const char* p, const char* end)
{
    if constexpr (std::endian::native == std::endian::little) {
        for (; end - p >= 8; p += 8) {
            const std::uint64_t v = load(p);
            const std::uint64_t hits = bytesEqual(v, ',') | bytesEqual(v, '\n') | bytesEqual(v, '\r');
            if (hits)
                return p + std::countr_zero(hits) / 8;
        }
    }
    while (p < end && *p != ',' && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

// Whether any byte of [p, p + size) is 0x80 or above (not ASCII).
inline bool anyHighBit(const char* p, std::size_t size)
{
    const char* end = p + size;
    std::uint64_t bits = 0;
    for (; end - p >= 8; p += 8)
        bits |= load(p);
    for (; p < end; ++p)
        bits |= static_cast<unsigned char>(*p);
    return (bits & 0x8080808080808080ULL) != 0;
}

} // namespace indicia::telemetry::swar
