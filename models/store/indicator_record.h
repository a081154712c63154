#pragma once
// An indicator as the workspace stores it: the engine's Indicator plus bookkeeping (who,
// when, sync state, which operation created it). Plain standard types, so the Qt path and
// the bulk importer's SQLite C API path share one definition and one JSON form.
//
// Stable storage codes live here, not in the engine enums, because a file written today
// must read the same after someone reorders an enum.

#include "engine/indicator.h"
#include "engine/scope_key.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace indicia {

enum class SyncState : std::uint8_t { Synced, Pending, Conflict, Failed };

struct IndicatorRecord {
    std::int64_t id = 0;
    Indicator indicator;
    std::string createdBy;
    std::int64_t createdAt = 0; // unix seconds
    std::string updatedBy;
    std::int64_t updatedAt = 0;
    std::string serverId;       // empty: never reached the service
    SyncState syncState = SyncState::Pending;
    std::string syncError;
    std::int64_t createdOp = 0; // the operation that added the row (0: unknown, pre-v2)

    // Same indicator content (ignores bookkeeping): an import of an identical row is
    // "unchanged" and writes nothing.
    bool sameContent(const IndicatorRecord& other) const;
};

// When an indicator stops being active, as one number that sorts never-expiring ones after
// every date. The list sorts by exactly this expression and the state filters compare it,
// because SQLite uses an expression index (schema v6) only for the identical expression.
#define INDICIA_EXPIRES_KEY "COALESCE(expiration, 9223372036854775807)"
inline constexpr std::string_view kExpiresKey = INDICIA_EXPIRES_KEY;

// The columns of a full indicator row, named once: every SELECT of a full row lists
// kIndicatorColumns (generated from this list), and readers index it by IndicatorColumn,
// so adding a column is one edit here plus its reader (indicator_row.h).
enum class IndicatorColumn : int {
    Id, Type, Value, ScopeKey, Action, Severity, GenerateAlert, Title, Description,
    RecommendedActions, Category, MitreTechniques, Expiration, EducateUrl, ExternalId,
    CreatedBy, CreatedAt, UpdatedBy, UpdatedAt, ServerId, SyncState, SyncError, CreatedOp,
    Count
};
inline constexpr int kIndicatorColumnCount = static_cast<int>(IndicatorColumn::Count);

inline constexpr std::array<std::string_view, kIndicatorColumnCount> kIndicatorColumnNames = {
    "id", "type", "value", "scope_key", "action", "severity", "generate_alert", "title", "description",
    "recommended_actions", "category", "mitre_techniques", "expiration", "educate_url", "external_id",
    "created_by", "created_at", "updated_by", "updated_at", "server_id", "sync_state", "sync_error",
    "created_op"};

namespace detail {
constexpr bool everyColumnNamed()
{
    for (std::string_view name : kIndicatorColumnNames)
        if (name.empty())
            return false;
    return true;
}
static_assert(everyColumnNamed(), "kIndicatorColumnNames must name every IndicatorColumn");

constexpr std::size_t joinedColumnsLength()
{
    std::size_t length = 0;
    for (std::string_view name : kIndicatorColumnNames)
        length += name.size() + 2;
    return length - 2;
}

constexpr std::array<char, joinedColumnsLength()> joinColumns()
{
    std::array<char, joinedColumnsLength()> out{};
    std::size_t at = 0;
    for (std::size_t k = 0; k < kIndicatorColumnNames.size(); ++k) {
        if (k > 0) {
            out[at++] = ',';
            out[at++] = ' ';
        }
        for (char c : kIndicatorColumnNames[k])
            out[at++] = c;
    }
    return out;
}
inline constexpr auto kJoinedColumns = joinColumns();
} // namespace detail

// "id, type, value, ..." (not NUL-terminated: use its size).
inline constexpr std::string_view kIndicatorColumns{detail::kJoinedColumns.data(), detail::kJoinedColumns.size()};

// Ordered enums are stored as small integers so that ORDER BY sorts by meaning
// (Allowed < Audit < Warn < Block < BlockAndRemediate; Informational < ... < High).
int actionCode(Action action);
std::optional<Action> actionFromCode(int code);
int severityCode(Severity severity);
std::optional<Severity> severityFromCode(int code);
// The console tab of a type (0 file hashes, 1 IP addresses, 2 URLs/domains, 3 certificates),
// stored so that every list index can start with it.
int tabCode(IndicatorType type);
int tabCode(TabKind tab);
std::vector<IndicatorType> typesOfTab(TabKind tab);

std::string_view toString(SyncState state); // "synced", "pending", "conflict", "failed"
std::optional<SyncState> parseSyncState(std::string_view text);

// Device groups and the scope key: engine/scope_key.h.

// The identity key as one 64-bit number (indicators.key_hash): the bulk importer finds
// keys by it in memory while it has the indexes down (indexed in schema v3 and v4; from
// v5 lookups go through (tab, value)). Different keys can share a hash, so every lookup
// also compares the real columns.
// Stored in files: the function must never change (a test pins its output).
std::int64_t identityHash(std::string_view type, std::string_view value,
                          std::string_view scopeKey);
std::int64_t identityHash(IndicatorType type, std::string_view value, std::string_view scopeKey);

// MITRE technique ids joined by ',' (ids never contain one).
std::string joinTechniques(const std::vector<std::string>& ids);
std::vector<std::string> splitTechniques(std::string_view text);

std::optional<std::int64_t> toUnixSeconds(const std::optional<TimePoint>& t);
TimePoint fromUnixSeconds(std::int64_t seconds);

// The before/after snapshots kept in history: every column, enough to restore a row.
nlohmann::json toJson(const IndicatorRecord& record);
std::optional<IndicatorRecord> recordFromJson(const nlohmann::json& json);

} // namespace indicia
