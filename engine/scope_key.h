#pragma once
// An indicator's scope as one text key. Device groups are trimmed, deduplicated and sorted;
// the scope key joins them with U+001F (a separator no group name contains); '' means all
// devices. Identity is (type, canonical value, scope key): the workspace, the sync client
// and indicia-tenant all key indicators by it, so it lives here, below all three.

#include <string>
#include <string_view>
#include <vector>

namespace indicia {

std::vector<std::string> canonicalGroups(const std::vector<std::string>& groups);
std::string scopeKeyOf(const std::vector<std::string>& canonical);
std::vector<std::string> groupsOfScopeKey(std::string_view key);

} // namespace indicia
