#pragma once
// The demo's own pseudo-random numbers: xoshiro256** seeded through splitmix64, with
// integer-only helpers. The standard library's distributions are not specified bit for
// bit (libstdc++, libc++ and MSVC give different numbers for the same engine state), and
// pow/log may differ in the last bit between C libraries, so nothing here uses either:
// the same seed gives the same bytes on every platform.

#include <cstdint>
#include <string>
#include <vector>

namespace indicia::service::demo {

class DemoRandom {
public:
    // `stream` separates independent sequences of one seed (one per table, ...), so adding
    // draws to one part of the generator does not shift the numbers of another.
    explicit DemoRandom(std::uint64_t seed, std::uint64_t stream = 0)
    {
        std::uint64_t x = seed * 0x9E3779B97F4A7C15ull ^ (stream + 0x6A09E667F3BCC909ull);
        for (std::uint64_t& s : state_)
            s = splitmix64(x);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // [0, n) for n < 2^32, by the multiply-shift mapping of the top 32 bits (bias below
    // n / 2^32, far below anything the demo could show).
    std::uint64_t below(std::uint64_t n) { return ((next() >> 32) * (n & 0xFFFFFFFFull)) >> 32; }
    // [lo, hi], both inclusive.
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + std::int64_t(below(std::uint64_t(hi - lo + 1))); }
    // True with probability perMille / 1000.
    bool chance(std::uint32_t perMille) { return below(1000) < perMille; }
    // An index into a list sorted most popular first, skewed towards the front: the
    // smallest of `draws` uniform picks (draws = 1 is uniform).
    std::size_t skewed(std::size_t n, int draws)
    {
        std::uint64_t best = below(n);
        for (int i = 1; i < draws; ++i)
            best = std::min(best, below(n));
        return std::size_t(best);
    }
    // `bytes` random bytes as lower-case hex (hash values of the invented files).
    std::string hex(std::size_t bytes)
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        std::string out(bytes * 2, '0');
        std::uint64_t word = 0;
        for (std::size_t i = 0; i < bytes; ++i) {
            if (i % 8 == 0)
                word = next();
            const unsigned byte = unsigned(word & 0xFF);
            word >>= 8;
            out[2 * i] = kDigits[byte >> 4];
            out[2 * i + 1] = kDigits[byte & 15];
        }
        return out;
    }
    template <typename T>
    const T& pick(const std::vector<T>& items) { return items[std::size_t(below(items.size()))]; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix64(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint64_t state_[4];
};

// Weighted choice over integer weights (cumulative sums + binary search): exact on every
// platform, unlike floating-point cumulative tables.
class WeightedTable {
public:
    void add(std::uint64_t weight) { cumulative_.push_back(total_ += weight); }
    bool empty() const { return total_ == 0; }
    std::size_t pick(DemoRandom& random) const
    {
        const std::uint64_t r = random.below(total_);
        std::size_t lo = 0, hi = cumulative_.size() - 1;
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (cumulative_[mid] > r)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    std::vector<std::uint64_t> cumulative_;
    std::uint64_t total_ = 0;
};

} // namespace indicia::service::demo
