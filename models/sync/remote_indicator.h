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
};

// The writable fields, as submit/import take them.
nlohmann::json toWire(const Indicator& indicator);
// An entity from GET /api/indicators (or a stored version); nullopt when unusable.
std::optional<RemoteIndicator> remoteFromWire(const nlohmann::json& entity);
// Same indicator content, bookkeeping ignored.
bool sameIndicatorContent(const Indicator& a, const Indicator& b);
// (type, canonical value, scope key): how a server indicator finds a local one to link to.
std::string identityKey(const Indicator& indicator);

} // namespace indicia
