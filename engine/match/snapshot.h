#pragma once
// A compiled snapshot of an indicator list: built once at an "as of" time, immutable
// afterwards, and shared read-only by the preview's worker threads (every const member is
// safe to call concurrently).
//
// Per type it keeps a flat KeyIndex (see key_index.h):
//   hashes, thumbprints  raw digest bytes (20, 32 or 16 bytes), not hex text
//   IpAddress            4 bytes (IPv4) or 16 bytes (IPv6)
//   IpRange              family, prefix length and masked network bytes; a lookup probes
//                        every prefix length present, so every containing range is found
//   DomainName           canonical name; a lookup probes the name and each parent
//                        (a.b.example.com, b.example.com, example.com, com)
//   Url                  canonical host[:port]; the path is compared per segment
//                        (/a matches /a, /a/ and /a/b, never /ab)
// Expired indicators (expiry at or before as-of) and values that do not parse are left
// out and counted.

#include "engine/indicator.h"
#include "engine/match/key_index.h"
#include "engine/telemetry/event.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace indicia::match {

// An indicator as a workspace lists it: its id, the record, and when it was last updated
// (precedence reports the most recently updated indicator when all else is equal).
struct ListedIndicator {
    std::uint64_t id = 0;
    Indicator indicator;
    TimePoint updated{};
};

// One indicator as compiled: 32 bytes, no pointers.
struct CompiledIndicator {
    std::uint64_t id = 0;
    std::int64_t updatedSeconds = 0;
    std::uint32_t valueRef = 0;    // key number (hash types) or text number (others)
    std::uint32_t scopeOffset = 0; // into the snapshot's group-id list
    std::uint16_t scopeCount = 0;  // 0 = all devices
    std::uint16_t specificity = 0; // labels, path length, prefix length, hash strength
    IndicatorType type = IndicatorType::FileSha256;
    Action action = Action::Block;
    bool generateAlert = false;

    bool allDevices() const { return scopeCount == 0; }
    TimePoint updated() const { return TimePoint(std::chrono::seconds(updatedSeconds)); }
};

// One indicator found for one observable of an event.
struct Hit {
    std::uint32_t indicator = 0;  // index into Snapshot::indicators()
    std::uint32_t observable = 0; // index into Event::observables
};

class SnapshotBuilder;

class Snapshot {
public:
    // The whole list at once (SnapshotBuilder for one indicator at a time).
    static std::shared_ptr<const Snapshot> build(std::span<const ListedIndicator> list, TimePoint asOf);

    TimePoint asOf() const { return asOf_; }
    std::span<const CompiledIndicator> indicators() const { return indicators_; }
    std::size_t expiredLeftOut() const { return expired_; }
    std::size_t invalidLeftOut() const { return invalid_; }
    std::size_t memoryBytes() const;

    // The canonical value ("lower-case hex", "203.0.113.9", "http://e.com/a").
    std::string valueOf(std::uint32_t indicator) const;

    // Appends a Hit for every indicator that matches `event.observables[index]`.
    void match(const telemetry::Event& event, std::uint32_t index, std::vector<Hit>& out) const;

    // Device groups: names are interned case-insensitively. -1 for a group no indicator names.
    int groupId(std::string_view group) const;
    bool covers(const CompiledIndicator& indicator, int groupId) const;
    std::vector<std::string> scopeOf(const CompiledIndicator& indicator) const;

private:
    friend class SnapshotBuilder;
    Snapshot() = default;
    void add(std::uint64_t id, const Indicator& indicator, TimePoint updated);
    bool addValue(CompiledIndicator& compiled, const std::string& value);
    void matchDigest(const KeyIndex& table, std::string_view hex, std::size_t bytes, std::uint32_t index,
                     std::vector<Hit>& out) const;
    void matchIp(std::string_view text, std::uint32_t index, std::vector<Hit>& out) const;
    void matchHost(std::string_view host, std::uint32_t index, std::vector<Hit>& out) const;
    void matchUrl(std::string_view url, std::uint32_t index, std::vector<Hit>& out) const;
    const KeyIndex* digestTable(IndicatorType type) const;

    TimePoint asOf_{};
    std::vector<CompiledIndicator> indicators_;
    KeyIndex sha1_, sha256_, md5_, thumbprints_, ips_, ranges_, domains_, urlHosts_;
    // Which prefix lengths occur among the ranges, per family (bit n set: a /n exists).
    std::vector<std::uint8_t> v4Prefixes_, v6Prefixes_; // descending
    std::string texts_;                                 // canonical values of non-hash types
    std::vector<std::uint32_t> textOffsets_{0};
    std::vector<std::string> groupNames_; // lower case
    std::vector<std::uint16_t> scopeGroups_;
    std::size_t expired_ = 0;
    std::size_t invalid_ = 0;
};

// Compiles a snapshot from indicators handed over one at a time, so that a caller reading
// a list from a file needs no ListedIndicator per row (a 100,000-line list spent more time
// allocating and touching those than validating them). Nothing is kept of an indicator
// after add() returns.
class SnapshotBuilder {
public:
    explicit SnapshotBuilder(TimePoint asOf);
    // Optional: room for `indicators` in all, `digests[t]` of them of IndicatorType t
    // (digest tables sized once: growing one re-places every key already in it).
    void reserve(std::size_t indicators, std::span<const std::size_t> digests = {});
    // Expired (at or before as-of) or unparseable values are left out and counted.
    void add(std::uint64_t id, const Indicator& indicator, TimePoint updated);
    std::size_t added() const { return added_; }
    // The finished snapshot; the builder is empty afterwards.
    std::shared_ptr<const Snapshot> finish();

private:
    void start(TimePoint asOf);

    std::shared_ptr<Snapshot> snapshot_;
    std::size_t added_ = 0;
};

} // namespace indicia::match
