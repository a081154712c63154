#include "engine/telemetry/machine_groups.h"

#include "engine/text_util.h"

namespace indicia::telemetry {

void MachineGroups::set(std::string_view machine, std::string_view group)
{
    machine = text::trimWhitespace(machine);
    group = text::trimWhitespace(group);
    if (!machine.empty() && !group.empty())
        groups_[text::toLowerAscii(machine)] = std::string(group);
}

const std::string* MachineGroups::find(std::string_view machine) const
{
    const auto found = groups_.find(text::toLowerAscii(machine));
    return found == groups_.end() ? nullptr : &found->second;
}

std::string_view MachineGroups::groupOf(std::string_view machine) const
{
    machine = text::trimWhitespace(machine);
    if (const std::string* group = find(machine))
        return *group;
    if (const std::size_t dot = machine.find('.'); dot != std::string_view::npos)
        if (const std::string* group = find(machine.substr(0, dot)))
            return *group;
    return default_;
}

} // namespace indicia::telemetry
