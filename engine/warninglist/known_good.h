#pragma once
// Known-good protection: is a (canonical) indicator value on one of the loaded known-good
// lists? Blocking a top domain, a public DNS resolver or the empty file's hash breaks
// things for everyone, so a hit becomes a `known-good` warning naming the list; the user
// may still save, giving a reason.
//
// Matching, per indicator type:
//   IP address / range   inside a listed block, or a range covering a listed address
//                        (CIDR-aware, longest prefix names the entry; one binary search)
//   domain name          the domain itself, or a subdomain of a `hostname` list entry or of
//                        a leading-dot entry (".example.com") in any list
//   URL                  the URL itself on a string list, and its host as a domain or IP
//   hashes, thumbprints  exact, case-insensitive
//   substring / regex    lists of those kinds, scanned in order (they are short)
// Lists apply only to the types their matching_attributes name. Built once, then read-only:
// check() is safe from many threads.

#include "engine/indicator.h"
#include "engine/issue.h"
#include "engine/warninglist/address_intervals.h"
#include "engine/warninglist/warning_list.h"

#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace indicia {

struct KnownGoodHit {
    const WarningList* list = nullptr; // name, description, source
    std::string entry;                 // the list entry that matched
    std::string valueName;             // what the value is ("SHA-256 of an empty file"), or empty
};

class KnownGood {
public:
    KnownGood() = default;
    KnownGood(const KnownGood&) = delete; // hits point into lists_
    KnownGood& operator=(const KnownGood&) = delete;

    void add(WarningList list);
    // One JSON file; false with `error` when it cannot be read or is not a warninglist.
    bool loadFile(const std::string& path, std::string& error);
    // Every *.json file in a directory (a user's own lists); returns one error per bad file.
    std::vector<std::string> loadDirectory(const std::string& directory);

    std::optional<KnownGoodHit> check(IndicatorType type, std::string_view canonicalValue) const;
    // Appends a `known-good` warning for a hit.
    void addWarnings(IndicatorType type, std::string_view canonicalValue, Issues& warnings) const;

    std::size_t listCount() const { return lists_.size(); }
    const std::vector<std::unique_ptr<WarningList>>& lists() const { return lists_; }

private:
    using ListIds = std::vector<std::uint16_t>;
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    using Index = std::unordered_map<std::string, ListIds, StringHash, std::equal_to<>>;

    void indexEntry(std::uint16_t listId, const std::string& entry);
    bool indexAddress(std::uint16_t listId, std::uint32_t entryIndex, std::string_view entry);
    std::optional<KnownGoodHit> lookup(const Index& index, std::string_view key, IndicatorType type) const;
    std::optional<KnownGoodHit> checkAddress(IndicatorType type, std::string_view value) const;
    std::optional<KnownGoodHit> checkDomain(IndicatorType type, std::string_view domain) const;
    std::optional<KnownGoodHit> checkUrl(std::string_view url) const;
    std::optional<KnownGoodHit> checkPatterns(IndicatorType type, std::string_view value) const;

    std::vector<std::unique_ptr<WarningList>> lists_;
    Index exact_;    // hashes, exact domains, URLs, other strings (lower case)
    Index suffixes_; // domains covering their subdomains
    AddressIntervals addresses_;
    struct AddressEntry {
        std::uint16_t listId;
        std::uint32_t entryIndex;
    };
    std::vector<AddressEntry> addressEntries_; // by interval tag
    struct Pattern {
        std::uint16_t listId;
        std::string text;        // lower-case substring, or the regex source
        std::optional<std::regex> regex;
    };
    std::vector<Pattern> patterns_;
};

// The warning for a hit: code `known-good`, naming the value when it has a name, the list
// and the entry.
Issue knownGoodIssue(const KnownGoodHit& hit, std::string_view value);

} // namespace indicia
