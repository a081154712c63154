#pragma once
// Listed IP ranges as sorted, disjoint intervals, one table per address family: a lookup
// is one binary search, whatever the number of ranges. CIDR blocks are either nested or
// disjoint, so flattening keeps, for every address, the narrowest listed block around it
// (longest prefix wins, the entry a message should name).

#include "engine/ip_address.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <vector>

namespace indicia {

// A 128-bit address as two halves; IPv4 uses `low` only.
struct AddressKey {
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    friend auto operator<=>(const AddressKey&, const AddressKey&) = default;
};

AddressKey keyOf(const ip::Address& address);
// The last address of network/prefix.
AddressKey lastOf(const ip::Address& network, int prefix);

class AddressIntervals {
public:
    // `tag` identifies the entry (list and position) and comes back from find().
    void add(bool v6, AddressKey first, AddressKey last, std::uint32_t tag);
    // Sorts and flattens; call after the last add(), before find().
    void build();
    // The tag of a listed block overlapping [first, last]: one that contains the address or
    // range, or one the range covers. Nothing when none does.
    std::optional<std::uint32_t> find(bool v6, AddressKey first, AddressKey last) const;
    std::size_t size() const { return v4_.size() + v6_.size(); }

private:
    struct Interval {
        AddressKey first;
        AddressKey last;
        std::uint32_t tag;
    };
    static std::vector<Interval> flatten(std::vector<Interval> blocks);

    std::vector<Interval> pending4_, pending6_; // as added, kept to rebuild
    std::vector<Interval> v4_, v6_;            // flattened
};

} // namespace indicia
