#pragma once
// KeyIndex: an immutable map from byte-string keys to lists of compiled-indicator numbers,
// stored flat so that a snapshot of a million indicators costs a few allocations, not a
// million. Keys are binary digests, packed IP addresses, canonical domains or URL hosts.
//
// Layout: all keys back to back in one arena; an open-addressing table of 64-bit slots
// (32-bit fingerprint of the key's hash, 32-bit key number); and the postings of all keys
// in one array (compressed sparse rows). A miss, the common case when scanning telemetry,
// is usually decided by a one-byte tag per slot (a table small enough to stay in cache)
// without touching the slots or the arena.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace indicia::match {

// A fast, well-mixed 64-bit hash of a byte string (not cryptographic).
std::uint64_t hashBytes(std::string_view bytes);

class KeyIndex {
public:
    // Digest tables (hashes, thumbprints): keys are binary digests, but slots are placed by
    // a hash of the digest's hex text with letters folded to lower case. A lookup straight
    // from telemetry text (findHex) then needs no hex decoding unless a tag matches, and
    // nearly every lookup is a miss. Call before the first add().
    void useHexHashing() { hexHashing_ = true; }

    // Building: add every (key, posting) pair, then finish() once. Lookups need finish().
    // Returns the key's number (the same for every posting added under one key).
    std::uint32_t add(std::string_view key, std::uint32_t posting);
    // For a digest table whose caller has the hex text at hand (saves encoding it again).
    std::uint32_t addDigest(std::string_view digest, std::string_view hex, std::uint32_t posting);
    // Room for `keys` keys without growing (each growth rehashes every key).
    void reserve(std::size_t keys);
    void finish();

    // The postings stored under `key`, in the order they were added; empty when absent.
    std::span<const std::uint32_t> find(std::string_view key) const;
    // For a digest table: the postings of the digest written as `hex` (either case);
    // empty when absent or not hex.
    std::span<const std::uint32_t> findHex(std::string_view hex) const;

    std::size_t keyCount() const { return keyOffsets_.empty() ? 0 : keyOffsets_.size() - 1; }
    std::string_view key(std::uint32_t keyNumber) const;
    // The key number `key` has, or -1. Used to give an indicator a reference to its value.
    std::int64_t keyNumberOf(std::string_view key) const;
    std::size_t memoryBytes() const;

private:
    static constexpr std::uint64_t kEmpty = 0;
    std::size_t probe(std::string_view key, std::uint64_t hash) const; // slot index
    std::uint64_t hashOf(std::string_view key) const;
    std::uint32_t addHashed(std::string_view key, std::uint32_t posting, std::uint64_t hash);
    std::span<const std::uint32_t> postingsOf(std::uint32_t keyNumber) const;
    void grow();

    std::string arena_;
    std::vector<std::uint32_t> keyOffsets_{0};
    std::vector<std::uint64_t> slots_;
    std::vector<std::uint8_t> tags_; // after finish(): tagOf(slot) per slot, 0 = empty
    bool hexHashing_ = false;
    std::uint64_t mask_ = 0;
    // Building only: (key number, posting) pairs; turned into the CSR arrays by finish().
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pending_;
    // Building only: each key's hash, so that growing re-places keys without hashing them
    // again (a digest key would be hex-encoded first).
    std::vector<std::uint64_t> hashes_;
    std::vector<std::uint32_t> postingOffsets_;
    std::vector<std::uint32_t> postings_;
};

} // namespace indicia::match
