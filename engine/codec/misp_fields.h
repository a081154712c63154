#pragma once
// The MDE fields MISP attributes have no place for (action, severity, alert, scope,
// expiry, title...) travel as machine tags "indicia:<field>=<JSON string>" on each
// attribute, the way MISP taxonomies spell namespaced tags. MISP keeps unknown tags, so an
// event sent through a MISP instance and back still carries them.

#include "engine/indicator.h"

#include <nlohmann/json_fwd.hpp>

namespace indicia::misp {

// Reads the attribute's "Tag" list; true when it held any indicia: tag.
bool readIndicatorTags(const nlohmann::json& attribute, Indicator& out);

// True when the attribute came from our own export (it carries an indicia:action tag): its
// action is stated, so to_ids need not decide whether it is taken.
bool hasIndicatorTags(const nlohmann::json& attribute);

// The "Tag" list for an indicator.
nlohmann::json indicatorTags(const Indicator& indicator);

} // namespace indicia::misp
