#pragma once
// What the UI calls the engine's enum values, in one table: categories, actions, severities.
// The wire names (the API and CSV spelling, "CommandandControl", "BlockAndRemediate") stay
// in the engine; every screen that shows one to a person asks here, translated.

#include "engine/indicator.h"

#include <QString>

#include <string_view>

namespace indicia::names {

// "CommandandControl" -> "Command and control". A category outside the portal's list is
// shown as written; an empty one as an empty string.
QString category(std::string_view wireName);
QString category(const QString& wireName);
QString action(Action action);       // "Block and remediate"
QString severity(Severity severity); // "High"

} // namespace indicia::names
