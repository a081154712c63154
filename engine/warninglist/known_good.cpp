#include "engine/warninglist/known_good.h"

#include "engine/codec/format_codes.h"
#include "engine/issue_codes.h"
#include "engine/text_util.h"
#include "engine/warninglist/known_values.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace indicia {

namespace {

// A canonical URL's host: "https://a.example.com:8443/x" -> "a.example.com"; IPv6 keeps
// its brackets off ("http://[2001:db8::1]/" -> "2001:db8::1").
std::string_view urlHost(std::string_view url)
{
    const std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos)
        return {};
    std::string_view rest = url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (rest.starts_with('[')) {
        const std::size_t close = rest.find(']');
        return close == std::string_view::npos ? std::string_view{} : rest.substr(1, close - 1);
    }
    return rest.substr(0, rest.find(':'));
}

bool isDigest(IndicatorType type) { return isHashType(type) || type == IndicatorType::CertificateThumbprint; }

std::string lowerTrimmed(std::string_view text) { return text::toLowerAscii(text::trimWhitespace(text)); }

} // namespace

void KnownGood::add(WarningList list)
{
    const auto listId = std::uint16_t(lists_.size());
    lists_.push_back(std::make_unique<WarningList>(std::move(list)));
    const WarningList& added = *lists_.back();
    for (std::uint32_t i = 0; i < added.entries.size(); ++i) {
        const std::string& entry = added.entries[i];
        switch (added.kind) {
        case WarningListKind::Cidr: indexAddress(listId, i, entry); break;
        case WarningListKind::Substring: patterns_.push_back({listId, lowerTrimmed(entry), std::nullopt}); break;
        case WarningListKind::Regex:
            try {
                patterns_.push_back({listId, entry, std::regex(entry, std::regex::ECMAScript | std::regex::icase)});
            } catch (const std::regex_error&) {
                // PCRE-only syntax: the entry cannot match anything here; skip it.
            }
            break;
        case WarningListKind::String:
        case WarningListKind::Hostname:
            if (!indexAddress(listId, i, entry))
                indexEntry(listId, entry);
            break;
        }
    }
    addresses_.build();
}

// A string or hostname entry: exact, or covering subdomains (hostname lists, ".domain").
void KnownGood::indexEntry(std::uint16_t listId, const std::string& entry)
{
    std::string key = lowerTrimmed(entry);
    while (key.ends_with('.'))
        key.pop_back();
    const bool leadingDot = key.starts_with('.');
    if (leadingDot)
        key.erase(0, 1);
    if (key.empty())
        return;
    const bool subdomains = leadingDot || lists_[listId]->kind == WarningListKind::Hostname;
    (subdomains ? suffixes_ : exact_)[key].push_back(listId);
}

bool KnownGood::indexAddress(std::uint16_t listId, std::uint32_t entryIndex, std::string_view entry)
{
    entry = text::trimWhitespace(entry);
    const std::size_t slash = entry.find('/');
    const ip::Parsed parsed = ip::parseAddress(entry.substr(0, slash));
    if (!parsed.address)
        return false;
    const int bits = parsed.address->bitCount();
    unsigned long prefix = unsigned(bits);
    if (slash != std::string_view::npos && !text::parseDecimal(entry.substr(slash + 1), unsigned(bits), prefix))
        return false;
    const ip::Address network = ip::networkOf(*parsed.address, int(prefix));
    const auto tag = std::uint32_t(addressEntries_.size());
    addressEntries_.push_back({listId, entryIndex});
    addresses_.add(network.v6, keyOf(network), lastOf(network, int(prefix)), tag);
    return true;
}

bool KnownGood::loadFile(const std::string& path, std::string& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot be read";
        return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto list = parseWarningList(text.str(), error);
    if (!list) {
        error = path + ": " + error;
        return false;
    }
    list->source = path;
    add(std::move(*list));
    return true;
}

std::vector<std::string> KnownGood::loadDirectory(const std::string& directory)
{
    std::vector<std::string> errors;
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& item : std::filesystem::directory_iterator(directory, ec)) {
        if (item.is_regular_file() && item.path().extension() == ".json")
            files.push_back(item.path());
    }
    if (ec)
        errors.push_back(directory + ": " + ec.message());
    std::sort(files.begin(), files.end()); // the same order on every platform
    for (const auto& file : files) {
        std::string error;
        if (!loadFile(file.string(), error))
            errors.push_back(error);
    }
    return errors;
}

std::optional<KnownGoodHit> KnownGood::lookup(const Index& index, std::string_view key, IndicatorType type) const
{
    const auto it = index.find(key);
    if (it == index.end())
        return std::nullopt;
    for (std::uint16_t listId : it->second) {
        if (lists_[listId]->appliesTo(type))
            return KnownGoodHit{lists_[listId].get(), std::string(key), {}};
    }
    return std::nullopt;
}

std::optional<KnownGoodHit> KnownGood::check(IndicatorType type, std::string_view value) const
{
    std::optional<KnownGoodHit> hit;
    if (type == IndicatorType::IpAddress || type == IndicatorType::IpRange)
        hit = checkAddress(type, value);
    else if (type == IndicatorType::DomainName)
        hit = checkDomain(type, value);
    else if (type == IndicatorType::Url)
        hit = checkUrl(value);
    else if (isDigest(type)) {
        // Canonical hashes are lower case already; other callers may pass any case.
        const bool lower = std::none_of(value.begin(), value.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        hit = lower ? lookup(exact_, value, type) : lookup(exact_, text::toLowerAscii(value), type);
    }
    if (!hit)
        hit = checkPatterns(type, value);
    if (hit)
        hit->valueName = knownValueName(type, value);
    return hit;
}

std::optional<KnownGoodHit> KnownGood::checkAddress(IndicatorType type, std::string_view value) const
{
    const std::size_t slash = value.find('/');
    const ip::Parsed parsed = ip::parseAddress(value.substr(0, slash));
    if (!parsed.address)
        return std::nullopt;
    unsigned long prefix = unsigned(parsed.address->bitCount());
    if (slash != std::string_view::npos && !text::parseDecimal(value.substr(slash + 1), prefix, prefix))
        return std::nullopt;
    const ip::Address network = ip::networkOf(*parsed.address, int(prefix));
    const auto tag = addresses_.find(network.v6, keyOf(network), lastOf(network, int(prefix)));
    if (!tag)
        return std::nullopt;
    const AddressEntry& entry = addressEntries_[*tag];
    const WarningList& list = *lists_[entry.listId];
    if (!list.appliesTo(type))
        return std::nullopt;
    return KnownGoodHit{&list, list.entries[entry.entryIndex], {}};
}

// The domain itself on any list, then it and each parent on lists covering subdomains.
std::optional<KnownGoodHit> KnownGood::checkDomain(IndicatorType type, std::string_view domain) const
{
    if (auto hit = lookup(exact_, domain, type))
        return hit;
    for (std::string_view rest = domain; !rest.empty();) {
        if (auto hit = lookup(suffixes_, rest, type))
            return hit;
        const std::size_t dot = rest.find('.');
        rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
    }
    return std::nullopt;
}

std::optional<KnownGoodHit> KnownGood::checkUrl(std::string_view url) const
{
    if (auto hit = lookup(exact_, url, IndicatorType::Url))
        return hit;
    const std::string_view host = urlHost(url);
    if (host.empty())
        return std::nullopt;
    if (ip::parseAddress(host).address)
        return checkAddress(IndicatorType::IpAddress, host);
    return checkDomain(IndicatorType::DomainName, host);
}

std::optional<KnownGoodHit> KnownGood::checkPatterns(IndicatorType type, std::string_view value) const
{
    if (patterns_.empty())
        return std::nullopt;
    const std::string lower = text::toLowerAscii(value);
    for (const Pattern& pattern : patterns_) {
        const WarningList& list = *lists_[pattern.listId];
        if (!list.appliesTo(type))
            continue;
        const bool match = pattern.regex ? std::regex_search(lower, *pattern.regex)
                                         : lower.find(pattern.text) != std::string::npos;
        if (match)
            return KnownGoodHit{&list, pattern.text, {}};
    }
    return std::nullopt;
}

void KnownGood::addWarnings(IndicatorType type, std::string_view value, Issues& warnings) const
{
    if (const auto hit = check(type, value))
        warnings.push_back(knownGoodIssue(*hit, value));
}

Issue knownGoodIssue(const KnownGoodHit& hit, std::string_view value)
{
    std::string message = "\"" + std::string(value) + "\" ";
    if (!hit.valueName.empty())
        message += "is the " + hit.valueName + ", ";
    message += "on the known-good list \"" + hit.list->name + "\"";
    if (hit.entry != value)
        message += " (entry " + hit.entry + ")";
    message += ": blocking it may break legitimate use. Check before saving.";
    return {std::string(codes::kKnownGood), std::move(message), std::string(columns::kIndicatorValue)};
}

} // namespace indicia
