#include "engine/warninglist/address_intervals.h"

#include <algorithm>

namespace indicia {

namespace {

AddressKey next(AddressKey key)
{
    if (++key.low == 0)
        ++key.high;
    return key;
}

AddressKey previous(AddressKey key)
{
    if (key.low-- == 0)
        --key.high;
    return key;
}

} // namespace

AddressKey keyOf(const ip::Address& address)
{
    AddressKey key;
    const int bytes = address.v6 ? 16 : 4;
    for (int i = 0; i < bytes; ++i) {
        const bool high = address.v6 && i < 8;
        std::uint64_t& half = high ? key.high : key.low;
        half = (half << 8) | address.bytes[std::size_t(i)];
    }
    return key;
}

AddressKey lastOf(const ip::Address& network, int prefix)
{
    ip::Address last = network;
    for (int bit = prefix; bit < network.bitCount(); ++bit)
        last.bytes[std::size_t(bit / 8)] |= std::uint8_t(0x80u >> (bit % 8));
    return keyOf(last);
}

void AddressIntervals::add(bool v6, AddressKey first, AddressKey last, std::uint32_t tag)
{
    (v6 ? pending6_ : pending4_).push_back({first, last, tag});
}

void AddressIntervals::build()
{
    v4_ = flatten(pending4_);
    v6_ = flatten(pending6_);
}

// Sweep over blocks sorted by start (wider first on ties): a stack holds the blocks that
// enclose the current point; each stretch between two boundaries gets the innermost one.
std::vector<AddressIntervals::Interval> AddressIntervals::flatten(std::vector<Interval> blocks)
{
    std::sort(blocks.begin(), blocks.end(), [](const Interval& a, const Interval& b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    std::vector<Interval> out;
    std::vector<Interval> open;
    AddressKey cursor{};
    auto emitUntil = [&](AddressKey end) { // [cursor, end] belongs to open.back()
        // (after ffff::.../128 the cursor wraps to zero: nothing is left to emit then)
        const bool fresh = out.empty() || cursor > out.back().last;
        if (!open.empty() && cursor <= end && fresh) {
            if (!out.empty() && out.back().tag == open.back().tag && next(out.back().last) == cursor)
                out.back().last = end;
            else
                out.push_back({cursor, end, open.back().tag});
        }
    };
    auto closeBefore = [&](AddressKey point, bool all) {
        while (!open.empty() && (all || open.back().last < point)) {
            emitUntil(open.back().last);
            cursor = next(open.back().last);
            open.pop_back();
        }
    };
    for (const Interval& block : blocks) {
        closeBefore(block.first, false);
        if (!open.empty() && open.back().last < block.last)
            continue; // overlaps without nesting (not CIDR): the enclosing block keeps it
        if (block.first > AddressKey{})
            emitUntil(previous(block.first));
        cursor = block.first;
        open.push_back(block);
    }
    closeBefore(AddressKey{}, true);
    return out;
}

std::optional<std::uint32_t> AddressIntervals::find(bool v6, AddressKey first, AddressKey last) const
{
    const std::vector<Interval>& table = v6 ? v6_ : v4_;
    // The first interval that ends at or after `first`; it overlaps when it starts by `last`.
    const auto it = std::lower_bound(table.begin(), table.end(), first,
                                     [](const Interval& interval, AddressKey key) { return interval.last < key; });
    if (it == table.end() || it->first > last)
        return std::nullopt;
    return it->tag;
}

} // namespace indicia
