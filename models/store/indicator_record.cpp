#include "models/store/indicator_record.h"

#include "engine/text_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace indicia {

namespace {

// Storage codes, in meaning order. Appending is fine; reordering breaks existing files.
constexpr std::array<Action, 5> kActionByCode = {Action::Allowed, Action::Audit, Action::Warn,
                                                 Action::Block, Action::BlockAndRemediate};
constexpr std::array<Severity, 4> kSeverityByCode = {Severity::Informational, Severity::Low,
                                                     Severity::Medium, Severity::High};
constexpr std::array<std::string_view, 4> kSyncStateNames = {"synced", "pending", "conflict",
                                                             "failed"};
template <typename Enum, std::size_t N>
int codeOf(const std::array<Enum, N>& table, Enum value)
{
    return static_cast<int>(std::find(table.begin(), table.end(), value) - table.begin());
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<Enum, N>& table, int code)
{
    if (code < 0 || code >= static_cast<int>(N))
        return std::nullopt;
    return table[static_cast<std::size_t>(code)];
}

} // namespace

bool IndicatorRecord::sameContent(const IndicatorRecord& other) const
{
    const Indicator& a = indicator;
    const Indicator& b = other.indicator;
    return a.type == b.type && a.value == b.value && a.action == b.action
           && a.severity == b.severity && a.generateAlert == b.generateAlert
           && a.title == b.title && a.description == b.description
           && a.recommendedActions == b.recommendedActions && a.category == b.category
           && a.mitreTechniques == b.mitreTechniques && a.rbacGroups == b.rbacGroups
           && a.expiration == b.expiration && a.educateUrl == b.educateUrl
           && a.externalId == b.externalId;
}

int actionCode(Action action) { return codeOf(kActionByCode, action); }
std::optional<Action> actionFromCode(int code) { return fromCode(kActionByCode, code); }
int severityCode(Severity severity) { return codeOf(kSeverityByCode, severity); }
std::optional<Severity> severityFromCode(int code) { return fromCode(kSeverityByCode, code); }

int tabCode(TabKind tab)
{
    switch (tab) {
    case TabKind::FileHashes: return 0;
    case TabKind::IpAddresses: return 1;
    case TabKind::UrlsDomains: return 2;
    case TabKind::Certificates: return 3;
    }
    return 0;
}

int tabCode(IndicatorType type) { return tabCode(tabOf(type)); }

std::vector<IndicatorType> typesOfTab(TabKind tab)
{
    std::vector<IndicatorType> types;
    for (IndicatorType type : kAllIndicatorTypes) {
        if (tabOf(type) == tab)
            types.push_back(type);
    }
    return types;
}

std::string_view toString(SyncState state)
{
    return kSyncStateNames[static_cast<std::size_t>(state)];
}

std::optional<SyncState> parseSyncState(std::string_view text)
{
    for (std::size_t i = 0; i < kSyncStateNames.size(); ++i) {
        if (kSyncStateNames[i] == text)
            return static_cast<SyncState>(i);
    }
    return std::nullopt;
}

namespace {

// splitmix64's finaliser: every input bit affects every output bit.
constexpr std::uint64_t mix64(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// Eight bytes at a time, little-endian whatever the machine, then the length, so that
// ("ab", "c") and ("a", "bc") differ.
std::uint64_t hashField(std::uint64_t h, std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size();
    while (n >= 8) {
        std::uint64_t word = 0;
        for (int k = 7; k >= 0; --k)
            word = (word << 8) | p[k];
        h = mix64(h ^ word) * 0x9e3779b97f4a7c15ULL;
        p += 8;
        n -= 8;
    }
    std::uint64_t tail = 0;
    for (std::size_t k = n; k > 0; --k)
        tail = (tail << 8) | p[k - 1];
    h = mix64(h ^ tail) * 0x9e3779b97f4a7c15ULL;
    return mix64(h ^ text.size());
}

} // namespace

std::int64_t identityHash(std::string_view type, std::string_view value,
                          std::string_view scopeKey)
{
    std::uint64_t h = 0x6a09e667f3bcc908ULL;
    h = hashField(h, type);
    h = hashField(h, value);
    h = hashField(h, scopeKey);
    return static_cast<std::int64_t>(h);
}

std::int64_t identityHash(IndicatorType type, std::string_view value, std::string_view scopeKey)
{
    return identityHash(toString(type), value, scopeKey);
}

std::string joinTechniques(const std::vector<std::string>& ids) { return text::joinList(ids, ','); }
std::vector<std::string> splitTechniques(std::string_view text) { return text::splitList(text, ','); }

std::optional<std::int64_t> toUnixSeconds(const std::optional<TimePoint>& t)
{
    if (!t)
        return std::nullopt;
    return t->time_since_epoch().count();
}

TimePoint fromUnixSeconds(std::int64_t seconds)
{
    return TimePoint(std::chrono::seconds(seconds));
}

nlohmann::json toJson(const IndicatorRecord& record)
{
    const Indicator& i = record.indicator;
    nlohmann::json json = {
        {"id", record.id},
        {"type", std::string(toString(i.type))},
        {"value", i.value},
        {"action", std::string(toString(i.action))},
        {"severity", std::string(toString(i.severity))},
        {"generateAlert", i.generateAlert},
        {"title", i.title},
        {"description", i.description},
        {"recommendedActions", i.recommendedActions},
        {"category", i.category},
        {"mitreTechniques", i.mitreTechniques},
        {"rbacGroups", i.rbacGroups},
        {"expiration", nullptr},
        {"educateUrl", i.educateUrl},
        {"externalId", i.externalId},
        {"createdBy", record.createdBy},
        {"createdAt", record.createdAt},
        {"updatedBy", record.updatedBy},
        {"updatedAt", record.updatedAt},
        {"serverId", record.serverId},
        {"syncState", std::string(toString(record.syncState))},
        {"syncError", record.syncError},
        {"createdOp", record.createdOp},
    };
    if (const auto seconds = toUnixSeconds(i.expiration))
        json["expiration"] = *seconds;
    return json;
}

std::optional<IndicatorRecord> recordFromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        return std::nullopt;
    try {
        IndicatorRecord record;
        Indicator& i = record.indicator;
        const auto type = parseIndicatorType(json.at("type").get<std::string>());
        const auto action = parseAction(json.at("action").get<std::string>());
        const auto severity = parseSeverity(json.at("severity").get<std::string>());
        const auto sync = parseSyncState(json.at("syncState").get<std::string>());
        if (!type || !action || !severity || !sync)
            return std::nullopt;
        record.id = json.at("id").get<std::int64_t>();
        i.type = *type;
        i.value = json.at("value").get<std::string>();
        i.action = action->action;
        i.severity = *severity;
        i.generateAlert = json.at("generateAlert").get<bool>();
        i.title = json.at("title").get<std::string>();
        i.description = json.at("description").get<std::string>();
        i.recommendedActions = json.at("recommendedActions").get<std::string>();
        i.category = json.at("category").get<std::string>();
        i.mitreTechniques = json.at("mitreTechniques").get<std::vector<std::string>>();
        i.rbacGroups = json.at("rbacGroups").get<std::vector<std::string>>();
        if (!json.at("expiration").is_null())
            i.expiration = fromUnixSeconds(json.at("expiration").get<std::int64_t>());
        i.educateUrl = json.at("educateUrl").get<std::string>();
        i.externalId = json.at("externalId").get<std::string>();
        record.createdBy = json.at("createdBy").get<std::string>();
        record.createdAt = json.at("createdAt").get<std::int64_t>();
        record.updatedBy = json.at("updatedBy").get<std::string>();
        record.updatedAt = json.at("updatedAt").get<std::int64_t>();
        record.serverId = json.at("serverId").get<std::string>();
        record.syncState = *sync;
        record.syncError = json.at("syncError").get<std::string>();
        record.createdOp = json.at("createdOp").get<std::int64_t>();
        return record;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt; // a damaged snapshot: the caller reports it
    }
}

} // namespace indicia
