#pragma once
// The fictional company "Larkspur Freight": its device groups (ranked as MDE ranks them,
// Ungrouped last as the default) and its machines, spread over Windows, macOS and Linux.

#include "service/demo/demo_random.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace indicia::service::demo {

using OrderedJson = nlohmann::ordered_json;

enum class OsFamily : std::uint8_t { Windows, MacOs, Linux };

struct DemoGroup {
    std::string name;
    int rank = 0;
    std::string id; // numeric text, as MDE's group ids are
};

struct DemoMachine {
    std::string id;   // 40 hex, like an MDE machine id
    std::string name; // fully qualified DNS name
    std::string osPlatform;
    OsFamily family = OsFamily::Windows;
    int group = 0;    // index into groups()
    bool server = false;
    std::string ip;   // internal address
    std::int64_t firstSeen = 0;
    std::int64_t lastSeen = 0;
};

class DemoOrganisation {
public:
    static constexpr const char* kName = "Larkspur Freight";
    static constexpr const char* kDomain = "larkspur.example";

    DemoOrganisation(int machineCount, std::int64_t start, std::int64_t end, DemoRandom random);

    const std::vector<DemoGroup>& groups() const { return groups_; }
    const std::vector<DemoMachine>& machines() const { return machines_; }
    int groupIndex(const std::string& name) const;
    // Machines of a group, in id order of creation.
    std::vector<int> machinesIn(const std::string& group) const;

    OrderedJson groupsJson() const;
    OrderedJson machinesJson() const;

private:
    struct GroupPlan;
    void addGroup(const GroupPlan& plan, int count);
    DemoMachine makeMachine(const GroupPlan& plan, int group, int number);

    std::int64_t start_;
    std::int64_t end_;
    DemoRandom random_;
    std::vector<DemoGroup> groups_;
    std::vector<DemoMachine> machines_;
};

// "2026-10-31T23:59:59Z"
std::string isoTime(std::int64_t secondsSinceEpoch);

} // namespace indicia::service::demo
