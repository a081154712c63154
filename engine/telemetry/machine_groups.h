#pragma once
// Which device group a machine belongs to: from DeviceInfo (MachineGroup), from a CSV
// "machine,group", or a default for machines nobody listed.
//
// Names are compared case-insensitively, and a fully qualified name falls back to its
// first label, because one machine shows up as "WORKSTATION5" in one log and as
// "WORKSTATION5.theshire.local" in another (the Mordor Sysmon samples do exactly this).

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace indicia::telemetry {

class MachineGroups {
public:
    void set(std::string_view machine, std::string_view group);
    void setDefaultGroup(std::string_view group) { default_ = group; }
    const std::string& defaultGroup() const { return default_; }

    // The group of `machine`, else the group of its first label, else the default group.
    std::string_view groupOf(std::string_view machine) const;
    std::size_t size() const { return groups_.size(); }

private:
    const std::string* find(std::string_view machine) const;
    std::unordered_map<std::string, std::string> groups_; // lower-case machine -> group
    std::string default_;
};

} // namespace indicia::telemetry
