#include "engine/scope_key.h"

#include "engine/text_util.h"

#include <algorithm>

namespace indicia {

namespace {
constexpr char kScopeSeparator = '\x1f';
} // namespace

std::vector<std::string> canonicalGroups(const std::vector<std::string>& groups)
{
    std::vector<std::string> out;
    out.reserve(groups.size());
    for (const std::string& group : groups) {
        std::string name = text::trimmedListPart(group);
        if (!name.empty())
            out.push_back(std::move(name));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string scopeKeyOf(const std::vector<std::string>& canonical)
{
    return text::joinList(canonical, kScopeSeparator);
}

std::vector<std::string> groupsOfScopeKey(std::string_view key)
{
    return text::splitList(key, kScopeSeparator);
}

} // namespace indicia
