#pragma once
// The service's indicator entity (indicators-api.md 2.1) to and from the engine's Indicator.
// The same JSON form is what the workspace keeps as "the service's version" (sync_remote
// base_json / conflict_json), so a stored remote version reads back exactly like a pulled one.

#include "engine/indicator.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace indicia {

struct RemoteIndicator {
    std::string id;             // server id ("995")
    std::string lastUpdateTime; // as the service wrote it
    Indicator indicator;
    // Who and when, as the service says (2.1): shown on pulled rows instead of "sync" and
    // the pull's time. createdBy is createdByDisplayName when the service gives one.
    std::string createdBy;
    std::optional<std::int64_t> createdAt; // creationTimeDateTimeUtc, unix seconds
    std::string updatedBy;                 // lastUpdatedBy (null: nobody updated it)
    std::optional<std::int64_t> updatedAt; // lastUpdateTime, unix seconds
};

// The writable fields, as submit/import take them.
nlohmann::json toWire(const Indicator& indicator);
// An entity from GET /api/indicators (or a stored version); nullopt when unusable (not an
// object, no value, a type or action this console does not know). Member names in any
// case; legacy actions mapped (Alert = Audit with an alert; AlertAndBlock =
// BlockAndRemediate, with the alert the entity states, else one); a numeric category is
// dropped (only the portal's names round-trip).
std::optional<RemoteIndicator> remoteFromWire(const nlohmann::json& entity);
// Same indicator content, bookkeeping ignored.
bool sameIndicatorContent(const Indicator& a, const Indicator& b);
// (type, canonical value, scope key): how a server indicator finds a local one to link to.
std::string identityKey(const Indicator& indicator);

} // namespace indicia
