#pragma once
// The identity candidates of a bulk import while the key_hash index is down: key hash ->
// row id. Several ids may share a hash (different keys whose 64-bit hashes collide), so a
// lookup visits every id stored under the hash and the caller compares the real key.
// Flat and linearly probed: a million rows cost a couple of allocations, not a million
// nodes, and a miss (the common case of an import) usually reads one slot.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace indicia {

class KeyHashTable {
public:
    // Room for `entries` without growing.
    void reserve(std::size_t entries)
    {
        while (slots_.size() < entries * 2)
            grow();
    }

    // `id` is a row id, never 0 (0 marks an empty slot).
    void insert(std::int64_t hash, std::int64_t id)
    {
        if ((size_ + 1) * 2 > slots_.size())
            grow();
        place({hash, id});
        ++size_;
    }

    // Calls visit(id) for each id stored under `hash` until it returns true; returns
    // whether one did.
    template <class Visit> bool anyOf(std::int64_t hash, Visit&& visit) const
    {
        if (slots_.empty())
            return false;
        for (std::size_t i = slotOf(hash);; i = (i + 1) & mask_) {
            const Entry& entry = slots_[i];
            if (entry.id == 0)
                return false;
            if (entry.hash == hash && visit(entry.id))
                return true;
        }
    }

    // A hint that `hash` will be looked up soon.
    void prefetch(std::int64_t hash) const
    {
#if defined(__GNUC__)
        if (!slots_.empty())
            __builtin_prefetch(&slots_[slotOf(hash)]);
#else
        (void)hash;
#endif
    }

    std::size_t size() const { return size_; }

private:
    struct Entry {
        std::int64_t hash = 0;
        std::int64_t id = 0;
    };

    // The key hash is already well mixed (identityHash); its low bits pick the slot.
    std::size_t slotOf(std::int64_t hash) const { return std::size_t(std::uint64_t(hash)) & mask_; }

    void place(const Entry& entry)
    {
        std::size_t i = slotOf(entry.hash);
        while (slots_[i].id != 0)
            i = (i + 1) & mask_;
        slots_[i] = entry;
    }

    void grow()
    {
        std::vector<Entry> old = std::move(slots_);
        slots_.assign(old.empty() ? 1024 : old.size() * 2, Entry{});
        mask_ = slots_.size() - 1;
        for (const Entry& entry : old)
            if (entry.id != 0)
                place(entry);
    }

    std::vector<Entry> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

} // namespace indicia
