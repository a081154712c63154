#pragma once
// The indicator fields a STIX indicator object carries, in both directions. Standard
// properties hold what STIX has words for (name, description, valid_until, labels, MITRE
// ATT&CK external references); the MDE fields STIX lacks travel as x_indicia_* custom
// properties (allowed by STIX 2.1 section 11.1), so our own exports read back whole.

#include "engine/indicator.h"

#include <nlohmann/json_fwd.hpp>

namespace indicia::stix {

// Fills title, description, expiry, category, techniques, externalId and, from
// x_indicia_* properties, action, severity, alert, scope and the rest.
void readIndicatorFields(const nlohmann::json& object, Indicator& out);

// Adds name, description, valid_until, external_references and x_indicia_* to `object`.
void writeIndicatorFields(const Indicator& indicator, nlohmann::json& object);

} // namespace indicia::stix
