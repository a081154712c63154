#include "engine/match/key_index.h"

#include "engine/match/hex.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace indicia::match {

namespace {

std::uint64_t load64(const char* p)
{
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

std::uint64_t mix(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

// Slots hold fingerprint (high half) and key number + 1 (low half), so 0 means empty.
std::uint64_t makeSlot(std::uint64_t hash, std::uint32_t keyNumber)
{
    return (hash & 0xffffffff00000000ULL) | (std::uint64_t(keyNumber) + 1);
}

// The top byte of the fingerprint, never 0 (0 marks an empty slot in tags_).
std::uint8_t tagOf(std::uint64_t hashOrSlot)
{
    const auto tag = std::uint8_t(hashOrSlot >> 56);
    return tag ? tag : 1;
}

// The hash digest tables place their keys by: over the hex text, each letter folded to
// lower case (| 0x20 leaves digits alone), eight characters per multiply.
std::uint64_t hashHexText(std::string_view hex)
{
    constexpr std::uint64_t kFold = 0x2020202020202020ULL;
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ hex.size();
    const char* p = hex.data();
    std::size_t n = hex.size();
    for (; n >= 8; p += 8, n -= 8)
        h = std::rotl((h ^ (load64(p) | kFold)) * 0x9fb21c651e98df25ULL, 29);
    std::uint64_t tail = 0;
    for (std::size_t i = 0; i < n; ++i)
        tail |= std::uint64_t(static_cast<unsigned char>(p[i]) | 0x20) << (8 * i);
    return mix(h ^ tail);
}

} // namespace

std::uint64_t hashBytes(std::string_view bytes)
{
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ bytes.size();
    const char* p = bytes.data();
    std::size_t n = bytes.size();
    for (; n >= 8; p += 8, n -= 8)
        h = (h ^ mix(load64(p))) * 0x100000001b3ULL;
    // The last 0-7 bytes without a variable-length memcpy (a library call): two overlapping
    // 4-byte loads, or a byte loop for fewer than four.
    std::uint64_t tail = 0;
    if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        tail = a | (std::uint64_t(b) << 32);
    } else {
        for (std::size_t i = 0; i < n; ++i)
            tail |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
    }
    return mix(h ^ tail ^ (std::uint64_t(n) << 56));
}

std::uint64_t KeyIndex::hashOf(std::string_view key) const
{
    if (!hexHashing_)
        return hashBytes(key);
    char hex[128];
    if (key.size() * 2 > sizeof hex)
        return hashBytes(key); // longer than any digest: never looked up by findHex
    encodeHexLower(key, hex);
    return hashHexText({hex, key.size() * 2});
}

std::size_t KeyIndex::probe(std::string_view key, std::uint64_t hash) const
{
    const std::uint64_t fingerprint = hash & 0xffffffff00000000ULL;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
        const std::uint64_t slot = slots_[i];
        if (slot == kEmpty)
            return i;
        if ((slot & 0xffffffff00000000ULL) == fingerprint && this->key(std::uint32_t((slot & 0xffffffffULL) - 1)) == key)
            return i;
    }
}

void KeyIndex::reserve(std::size_t keys)
{
    while (slots_.size() < keys * 2)
        grow();
}

void KeyIndex::grow()
{
    const std::size_t capacity = slots_.empty() ? 16 : slots_.size() * 2;
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(capacity, kEmpty);
    mask_ = capacity - 1;
    for (const std::uint64_t slot : old) {
        if (slot == kEmpty)
            continue;
        const std::uint32_t keyNumber = std::uint32_t((slot & 0xffffffffULL) - 1);
        const std::uint64_t hash = keyNumber < hashes_.size() ? hashes_[keyNumber] : hashOf(key(keyNumber));
        std::size_t i = hash & mask_;
        while (slots_[i] != kEmpty)
            i = (i + 1) & mask_;
        slots_[i] = slot;
    }
}

std::uint32_t KeyIndex::addDigest(std::string_view digest, std::string_view hex, std::uint32_t posting)
{
    return addHashed(digest, posting, hashHexText(hex));
}

std::uint32_t KeyIndex::add(std::string_view key, std::uint32_t posting)
{
    return addHashed(key, posting, hashOf(key));
}

std::uint32_t KeyIndex::addHashed(std::string_view key, std::uint32_t posting, std::uint64_t hash)
{
    // Keep the table at most half full: short probe runs matter more than the bytes.
    if ((keyCount() + 1) * 2 > slots_.size())
        grow();
    const std::size_t i = probe(key, hash);
    std::uint32_t keyNumber;
    if (slots_[i] == kEmpty) {
        keyNumber = std::uint32_t(keyCount());
        arena_.append(key);
        keyOffsets_.push_back(std::uint32_t(arena_.size()));
        hashes_.push_back(hash);
        slots_[i] = makeSlot(hash, keyNumber);
    } else {
        keyNumber = std::uint32_t((slots_[i] & 0xffffffffULL) - 1);
    }
    pending_.emplace_back(keyNumber, posting);
    return keyNumber;
}

void KeyIndex::finish()
{
    // Counting sort of the pending pairs by key number; stable, so postings keep their order.
    postingOffsets_.assign(keyCount() + 1, 0);
    for (const auto& [keyNumber, posting] : pending_)
        ++postingOffsets_[keyNumber + 1];
    for (std::size_t i = 1; i < postingOffsets_.size(); ++i)
        postingOffsets_[i] += postingOffsets_[i - 1];
    postings_.assign(pending_.size(), 0);
    std::vector<std::uint32_t> cursor(postingOffsets_.begin(), postingOffsets_.end() - 1);
    for (const auto& [keyNumber, posting] : pending_)
        postings_[cursor[keyNumber]++] = posting;
    pending_.clear();
    pending_.shrink_to_fit();
    hashes_ = {};
    arena_.shrink_to_fit();
    keyOffsets_.shrink_to_fit();
    if (slots_.empty())
        grow(); // lookups need a non-empty table
    tags_.assign(slots_.size(), 0);
    for (std::size_t i = 0; i < slots_.size(); ++i)
        if (slots_[i] != kEmpty)
            tags_[i] = tagOf(slots_[i]);
}

std::span<const std::uint32_t> KeyIndex::find(std::string_view key) const
{
    const std::int64_t keyNumber = keyNumberOf(key);
    return keyNumber < 0 ? std::span<const std::uint32_t>{} : postingsOf(std::uint32_t(keyNumber));
}

std::span<const std::uint32_t> KeyIndex::postingsOf(std::uint32_t keyNumber) const
{
    const std::uint32_t begin = postingOffsets_[keyNumber];
    const std::uint32_t end = postingOffsets_[std::size_t(keyNumber) + 1];
    return {postings_.data() + begin, end - begin};
}

std::span<const std::uint32_t> KeyIndex::findHex(std::string_view hex) const
{
    if (!hexHashing_ || tags_.empty() || hex.size() % 2 != 0 || hex.size() > 64)
        return {};
    const std::uint64_t hash = hashHexText(hex);
    const std::uint8_t tag = tagOf(hash);
    unsigned char digest[32];
    bool decoded = false;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
        if (tags_[i] == 0)
            return {};
        if (tags_[i] != tag || (slots_[i] ^ hash) >> 32 != 0)
            continue;
        // A likely hit: only now is the text decoded (and checked to be hex at all).
        if (!decoded && !decodeHex(hex, digest))
            return {};
        decoded = true;
        const auto keyNumber = std::uint32_t((slots_[i] & 0xffffffffULL) - 1);
        if (key(keyNumber) == std::string_view(reinterpret_cast<const char*>(digest), hex.size() / 2))
            return postingsOf(keyNumber);
    }
}

std::int64_t KeyIndex::keyNumberOf(std::string_view key) const
{
    if (slots_.empty())
        return -1;
    const std::uint64_t hash = hashOf(key);
    if (!tags_.empty()) {
        // Walk the one-byte tags (8x smaller than the slots, so they stay in cache); only a
        // tag match, about 1 in 255 for a miss, reads the slot and compares the key.
        const std::uint8_t tag = tagOf(hash);
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            if (tags_[i] == 0)
                return -1;
            if (tags_[i] != tag)
                continue;
            const std::uint64_t slot = slots_[i];
            const auto keyNumber = std::uint32_t((slot & 0xffffffffULL) - 1);
            if ((slot ^ hash) >> 32 == 0 && this->key(keyNumber) == key)
                return keyNumber;
        }
    }
    const std::uint64_t slot = slots_[probe(key, hash)];
    return slot == kEmpty ? -1 : std::int64_t((slot & 0xffffffffULL) - 1);
}

std::string_view KeyIndex::key(std::uint32_t keyNumber) const
{
    const std::uint32_t begin = keyOffsets_[keyNumber];
    return std::string_view(arena_).substr(begin, keyOffsets_[keyNumber + 1] - begin);
}

std::size_t KeyIndex::memoryBytes() const
{
    return arena_.capacity() + keyOffsets_.capacity() * sizeof(std::uint32_t) +
           slots_.capacity() * sizeof(std::uint64_t) + tags_.capacity() + postingOffsets_.capacity() * sizeof(std::uint32_t) +
           postings_.capacity() * sizeof(std::uint32_t);
}

} // namespace indicia::match
