#include "engine/match/snapshot.h"

#include "engine/ip_address.h"
#include "engine/match/hex.h"
#include "engine/normalise.h"
#include "engine/text_util.h"

#include <algorithm>
#include <unordered_map>

namespace indicia::match {

namespace {

constexpr std::size_t kMaxHostBytes = 253;

std::size_t digestBytes(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileSha1: return 20;
    case IndicatorType::FileSha256: return 32;
    case IndicatorType::FileMd5: return 16;
    default: return 0;
    }
}

// Packs an address as a table key: 4 bytes for IPv4, 16 for IPv6.
std::string_view addressKey(const ip::Address& address)
{
    return {reinterpret_cast<const char*>(address.bytes.data()), address.v6 ? 16u : 4u};
}

// A range key: family, prefix length, then the masked network bytes. Written into `buffer`
// (18 bytes) so that probing every prefix length allocates nothing.
std::string_view rangeKey(const ip::Address& network, int prefix, char* buffer)
{
    const std::string_view bytes = addressKey(network);
    buffer[0] = network.v6 ? '6' : '4';
    buffer[1] = char(prefix);
    std::copy(bytes.begin(), bytes.end(), buffer + 2);
    return {buffer, bytes.size() + 2};
}

// Cheap test before the strict parser, which builds an error message on failure.
bool looksLikeIp(std::string_view text)
{
    return text.find(':') != std::string_view::npos ||
           std::all_of(text.begin(), text.end(), [](char c) { return text::isDigit(c) || c == '.'; });
}

std::optional<ip::Address> parseEventIp(std::string_view text)
{
    text = text::trimWhitespace(text);
    if (const std::size_t zone = text.find('%'); zone != std::string_view::npos)
        text = text.substr(0, zone); // fe80::1%12: the zone index names a local interface
    if (text.size() > 2 && text.front() == '[' && text.back() == ']')
        text = text.substr(1, text.size() - 2);
    const ip::Parsed parsed = ip::parseAddress(text);
    if (!parsed.address)
        return std::nullopt;
    return ip::isIpv4Mapped(*parsed.address) ? ip::unwrapIpv4Mapped(*parsed.address) : *parsed.address;
}

// "scheme://host[:port]/path?query" -> host[:port] and path?query ("/" when empty).
struct UrlView {
    std::string_view authority;
    std::string_view path;
};
UrlView splitCanonicalUrl(std::string_view url)
{
    const std::size_t scheme = url.find("://");
    std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
    const std::size_t pathStart = rest.find_first_of("/?");
    if (pathStart == std::string_view::npos)
        return {rest, "/"};
    return {rest.substr(0, pathStart), rest.substr(pathStart)};
}

// Path-segment-aware prefix: "/a" covers "/a", "/a/", "/a/b" and "/a?x", never "/ab".
bool pathCovers(std::string_view indicatorPath, std::string_view eventPath)
{
    if (indicatorPath == "/" || indicatorPath.empty())
        return true;
    if (!eventPath.starts_with(indicatorPath))
        return false;
    if (eventPath.size() == indicatorPath.size() || indicatorPath.back() == '/')
        return true;
    const char next = eventPath[indicatorPath.size()];
    return next == '/' || next == '?' || next == '#';
}

std::uint16_t labelCount(std::string_view domain)
{
    return std::uint16_t(1 + std::count(domain.begin(), domain.end(), '.'));
}

} // namespace

std::shared_ptr<const Snapshot> Snapshot::build(std::span<const ListedIndicator> list, TimePoint asOf)
{
    std::size_t perType[std::size(kAllIndicatorTypes)] = {};
    for (const ListedIndicator& listed : list)
        ++perType[std::size_t(listed.indicator.type)];
    SnapshotBuilder builder(asOf);
    builder.reserve(list.size(), perType);
    for (const ListedIndicator& listed : list)
        builder.add(listed.id, listed.indicator, listed.updated);
    return builder.finish();
}

SnapshotBuilder::SnapshotBuilder(TimePoint asOf) { start(asOf); }

void SnapshotBuilder::start(TimePoint asOf)
{
    snapshot_ = std::shared_ptr<Snapshot>(new Snapshot);
    snapshot_->asOf_ = asOf;
    for (KeyIndex* table : {&snapshot_->sha1_, &snapshot_->sha256_, &snapshot_->md5_, &snapshot_->thumbprints_})
        table->useHexHashing();
    added_ = 0;
}

void SnapshotBuilder::reserve(std::size_t indicators, std::span<const std::size_t> digests)
{
    snapshot_->indicators_.reserve(indicators);
    for (const IndicatorType type : {IndicatorType::FileSha1, IndicatorType::FileSha256, IndicatorType::FileMd5,
                                     IndicatorType::CertificateThumbprint}) {
        if (std::size_t(type) < digests.size())
            const_cast<KeyIndex*>(snapshot_->digestTable(type))->reserve(digests[std::size_t(type)]);
    }
}

void SnapshotBuilder::add(std::uint64_t id, const Indicator& indicator, TimePoint updated)
{
    ++added_;
    if (indicator.isExpiredAt(snapshot_->asOf_))
        ++snapshot_->expired_;
    else
        snapshot_->add(id, indicator, updated);
}

std::shared_ptr<const Snapshot> SnapshotBuilder::finish()
{
    Snapshot& s = *snapshot_;
    for (KeyIndex* table : {&s.sha1_, &s.sha256_, &s.md5_, &s.thumbprints_, &s.ips_, &s.ranges_, &s.domains_,
                            &s.urlHosts_})
        table->finish();
    for (auto* prefixes : {&s.v4Prefixes_, &s.v6Prefixes_}) {
        std::sort(prefixes->begin(), prefixes->end(), std::greater<>());
        prefixes->erase(std::unique(prefixes->begin(), prefixes->end()), prefixes->end());
    }
    s.indicators_.shrink_to_fit();
    s.texts_.shrink_to_fit();
    std::shared_ptr<const Snapshot> done = std::move(snapshot_);
    start(done->asOf_);
    return done;
}

void Snapshot::add(std::uint64_t id, const Indicator& indicator, TimePoint updated)
{
    CompiledIndicator compiled;
    compiled.id = id;
    compiled.updatedSeconds = updated.time_since_epoch().count();
    compiled.type = indicator.type;
    compiled.action = indicator.action;
    compiled.generateAlert = indicator.generateAlert;
    if (!addValue(compiled, indicator.value)) {
        ++invalid_;
        return;
    }
    compiled.scopeOffset = std::uint32_t(scopeGroups_.size());
    for (const std::string& group : indicator.rbacGroups) {
        const std::string name = text::toLowerAscii(group);
        auto found = std::find(groupNames_.begin(), groupNames_.end(), name);
        if (found == groupNames_.end())
            found = groupNames_.insert(groupNames_.end(), name);
        scopeGroups_.push_back(std::uint16_t(found - groupNames_.begin()));
    }
    compiled.scopeCount = std::uint16_t(indicator.rbacGroups.size());
    indicators_.push_back(compiled);
}

// Files the value under its table. `compiled` is the next entry of indicators_.
bool Snapshot::addValue(CompiledIndicator& compiled, const std::string& value)
{
    const auto posting = std::uint32_t(indicators_.size());
    const IndicatorType type = compiled.type;
    if (isHashType(type) || type == IndicatorType::CertificateThumbprint) {
        unsigned char digest[32];
        const std::size_t bytes = value.size() / 2;
        const std::size_t expected = digestBytes(type);
        if ((expected && bytes != expected) || (!expected && bytes != 20 && bytes != 32) ||
            !decodeHex(value, digest))
            return false;
        KeyIndex& table = *const_cast<KeyIndex*>(digestTable(type));
        compiled.valueRef = table.addDigest({reinterpret_cast<const char*>(digest), bytes}, value, posting);
        compiled.specificity = std::uint16_t(hashStrength(type));
        return true;
    }
    NormaliseOptions options;
    options.refuseNonPublicIp = false; // the list decides what it holds; the matcher just matches
    const Normalised normalised = normalise(type, value, options);
    if (!normalised.ok())
        return false;
    const std::string& canonical = *normalised.value;
    if (type == IndicatorType::IpAddress) {
        const ip::Parsed parsed = ip::parseAddress(canonical);
        ips_.add(addressKey(*parsed.address), posting);
        compiled.specificity = std::uint16_t(parsed.address->bitCount());
    } else if (type == IndicatorType::IpRange) {
        const std::size_t slash = canonical.find('/');
        const ip::Parsed parsed = ip::parseAddress(std::string_view(canonical).substr(0, slash));
        const int prefix = std::stoi(canonical.substr(slash + 1));
        char key[18];
        ranges_.add(rangeKey(ip::networkOf(*parsed.address, prefix), prefix, key), posting);
        (parsed.address->v6 ? v6Prefixes_ : v4Prefixes_).push_back(std::uint8_t(prefix));
        compiled.specificity = std::uint16_t(prefix);
    } else if (type == IndicatorType::DomainName) {
        domains_.add(canonical, posting);
        compiled.specificity = labelCount(canonical);
    } else if (type == IndicatorType::Url) {
        const UrlView url = splitCanonicalUrl(canonical);
        urlHosts_.add(url.authority, posting);
        compiled.specificity = std::uint16_t(std::min<std::size_t>(url.path.size(), 0xffff));
    } else {
        return false;
    }
    compiled.valueRef = std::uint32_t(textOffsets_.size() - 1);
    texts_.append(canonical);
    textOffsets_.push_back(std::uint32_t(texts_.size()));
    return true;
}

const KeyIndex* Snapshot::digestTable(IndicatorType type) const
{
    switch (type) {
    case IndicatorType::FileSha1: return &sha1_;
    case IndicatorType::FileSha256: return &sha256_;
    case IndicatorType::FileMd5: return &md5_;
    case IndicatorType::CertificateThumbprint: return &thumbprints_;
    default: return nullptr;
    }
}

std::string Snapshot::valueOf(std::uint32_t index) const
{
    const CompiledIndicator& compiled = indicators_[index];
    if (const KeyIndex* table = digestTable(compiled.type))
        return encodeHexLower(table->key(compiled.valueRef));
    const std::uint32_t begin = textOffsets_[compiled.valueRef];
    return texts_.substr(begin, textOffsets_[compiled.valueRef + 1] - begin);
}

std::size_t Snapshot::memoryBytes() const
{
    std::size_t bytes = sizeof(Snapshot) + indicators_.capacity() * sizeof(CompiledIndicator) +
                        texts_.capacity() + textOffsets_.capacity() * sizeof(std::uint32_t) +
                        scopeGroups_.capacity() * sizeof(std::uint16_t);
    for (const KeyIndex* table : {&sha1_, &sha256_, &md5_, &thumbprints_, &ips_, &ranges_, &domains_, &urlHosts_})
        bytes += table->memoryBytes();
    for (const std::string& name : groupNames_)
        bytes += sizeof(std::string) + name.capacity();
    return bytes;
}

int Snapshot::groupId(std::string_view group) const
{
    for (std::size_t i = 0; i < groupNames_.size(); ++i)
        if (text::equalsIgnoreCase(groupNames_[i], group))
            return int(i);
    return -1;
}

bool Snapshot::covers(const CompiledIndicator& indicator, int groupId) const
{
    if (indicator.allDevices())
        return true;
    const auto* begin = scopeGroups_.data() + indicator.scopeOffset;
    return std::find(begin, begin + indicator.scopeCount, std::uint16_t(groupId)) != begin + indicator.scopeCount;
}

std::vector<std::string> Snapshot::scopeOf(const CompiledIndicator& indicator) const
{
    std::vector<std::string> names;
    for (std::uint16_t i = 0; i < indicator.scopeCount; ++i)
        names.push_back(groupNames_[scopeGroups_[indicator.scopeOffset + i]]);
    return names;
}

// ---- Lookups (hot path: no allocation unless something matches) ------------------------

void Snapshot::match(const telemetry::Event& event, std::uint32_t index, std::vector<Hit>& out) const
{
    using telemetry::ValueKind;
    const telemetry::Observable& observable = event.observables[index];
    switch (observable.kind) {
    case ValueKind::Sha1: return matchDigest(sha1_, observable.value, 20, index, out);
    case ValueKind::Sha256: return matchDigest(sha256_, observable.value, 32, index, out);
    case ValueKind::Md5: return matchDigest(md5_, observable.value, 16, index, out);
    case ValueKind::CertificateThumbprint:
        return matchDigest(thumbprints_, observable.value, observable.value.size() / 2, index, out);
    case ValueKind::Ip: return matchIp(observable.value, index, out);
    case ValueKind::Host: return matchHost(observable.value, index, out);
    case ValueKind::Url: return matchUrl(observable.value, index, out);
    }
}

void Snapshot::matchDigest(const KeyIndex& table, std::string_view hex, std::size_t bytes, std::uint32_t index,
                           std::vector<Hit>& out) const
{
    if (table.keyCount() == 0 || hex.size() != bytes * 2)
        return;
    for (const std::uint32_t indicator : table.findHex(hex))
        out.push_back({indicator, index});
}

void Snapshot::matchIp(std::string_view text, std::uint32_t index, std::vector<Hit>& out) const
{
    if (ips_.keyCount() == 0 && ranges_.keyCount() == 0)
        return;
    const std::optional<ip::Address> address = parseEventIp(text);
    if (!address)
        return;
    for (const std::uint32_t indicator : ips_.find(addressKey(*address)))
        out.push_back({indicator, index});
    for (const std::uint8_t prefix : address->v6 ? v6Prefixes_ : v4Prefixes_) {
        char key[18];
        for (const std::uint32_t indicator : ranges_.find(rangeKey(ip::networkOf(*address, prefix), prefix, key)))
            out.push_back({indicator, index});
    }
}

void Snapshot::matchHost(std::string_view host, std::uint32_t index, std::vector<Hit>& out) const
{
    host = text::trimWhitespace(host);
    while (host.ends_with('.'))
        host.remove_suffix(1);
    if (host.empty() || host.size() > kMaxHostBytes)
        return;
    if (looksLikeIp(host) && parseEventIp(host)) // a host written as an address is matched as one
        return matchIp(host, index, out);
    if (domains_.keyCount() == 0)
        return;
    char lower[kMaxHostBytes];
    for (std::size_t i = 0; i < host.size(); ++i)
        lower[i] = text::toLowerAscii(host[i]);
    // The name itself, then each parent: an indicator example.com covers every subdomain.
    std::string_view name(lower, host.size());
    while (!name.empty()) {
        for (const std::uint32_t indicator : domains_.find(name))
            out.push_back({indicator, index});
        const std::size_t dot = name.find('.');
        if (dot == std::string_view::npos)
            break;
        name.remove_prefix(dot + 1);
    }
}

void Snapshot::matchUrl(std::string_view url, std::uint32_t index, std::vector<Hit>& out) const
{
    url = text::trimWhitespace(url);
    if (const std::size_t fragment = url.find('#'); fragment != std::string_view::npos)
        url = url.substr(0, fragment);
    UrlView parts = splitCanonicalUrl(url);
    if (const std::size_t at = parts.authority.rfind('@'); at != std::string_view::npos)
        parts.authority.remove_prefix(at + 1);
    // Split host and port; a bracketed IPv6 host keeps its brackets.
    std::string_view host = parts.authority;
    std::string_view port;
    const std::size_t colon = host.rfind(':');
    if (colon != std::string_view::npos && host.find(']', colon) == std::string_view::npos) {
        port = host.substr(colon + 1);
        host = host.substr(0, colon);
    }
    if (port == "80" || port == "443")
        port = {};
    matchHost(host, index, out);
    if (urlHosts_.keyCount() == 0 || host.size() + port.size() + 1 > kMaxHostBytes)
        return;
    char key[kMaxHostBytes + 1];
    std::size_t length = 0;
    for (const char c : host)
        key[length++] = text::toLowerAscii(c);
    while (length > 0 && key[length - 1] == '.')
        --length;
    if (!port.empty()) {
        key[length++] = ':';
        for (const char c : port)
            key[length++] = c;
    }
    for (const std::uint32_t indicator : urlHosts_.find({key, length})) {
        const std::uint32_t ref = indicators_[indicator].valueRef;
        const std::string_view value =
            std::string_view(texts_).substr(textOffsets_[ref], textOffsets_[ref + 1] - textOffsets_[ref]);
        if (pathCovers(splitCanonicalUrl(value).path, parts.path))
            out.push_back({indicator, index});
    }
}

} // namespace indicia::match
