#include "service/demo/demo_organisation.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace indicia::service::demo {

// How a group is staffed: its share of the machines and the operating systems it runs.
// Ranks follow MDE: the lower the rank, the earlier a machine's group rules match.
struct DemoOrganisation::GroupPlan {
    const char* name;
    int rank;
    int perMille;          // share of the machines; Ungrouped takes the rest
    int minimum;
    const char* prefix;    // host name prefix
    bool server;
    // (platform, weight) pairs; weights sum to 100
    std::array<std::pair<const char*, int>, 4> platforms;
};

namespace {

using Plan = std::array<std::pair<const char*, int>, 4>;

OsFamily familyOf(const std::string& platform)
{
    if (platform == "macOS")
        return OsFamily::MacOs;
    if (platform == "Linux")
        return OsFamily::Linux;
    return OsFamily::Windows;
}

const char* pickPlatform(const Plan& plan, DemoRandom& random)
{
    int r = int(random.below(100));
    for (const auto& [platform, weight] : plan) {
        if (platform && r < weight)
            return platform;
        r -= weight;
    }
    return plan[0].first;
}

} // namespace

std::string isoTime(std::int64_t t)
{
    // Days to civil date (H. Hinnant's algorithm): integer only, no time-zone database.
    const std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    const std::int64_t secs = t - days * 86400;
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", int(y), int(m), int(d), int(secs / 3600),
                  int(secs / 60 % 60), int(secs % 60));
    return text;
}

DemoOrganisation::DemoOrganisation(int machineCount, std::int64_t start, std::int64_t end, DemoRandom random)
    : start_(start), end_(end), random_(random)
{
    static const GroupPlan kPlans[] = {
        {"Domain controllers", 1, 10, 3, "dc", true, Plan{{{"WindowsServer2022", 100}}}},
        {"Build servers", 2, 45, 4, "bld", true, Plan{{{"Linux", 60}, {"WindowsServer2022", 40}}}},
        {"Executives", 3, 35, 3, "exec-lt", false, Plan{{{"macOS", 60}, {"Windows11", 40}}}},
        {"Finance", 4, 170, 6, "fin-lt", false, Plan{{{"Windows10", 50}, {"Windows11", 50}}}},
        {"Engineering", 5, 330, 6, "eng-ws", false, Plan{{{"Windows11", 45}, {"macOS", 35}, {"Linux", 20}}}},
        {"HR", 6, 90, 3, "hr-lt", false, Plan{{{"Windows10", 55}, {"Windows11", 45}}}},
        {"Ungrouped", 7, 0, 1, "ws", false,
         Plan{{{"Windows10", 40}, {"Windows11", 30}, {"WindowsServer2022", 15}, {"Linux", 15}}}},
    };
    int assigned = 0;
    for (const GroupPlan& plan : kPlans) {
        const int count = plan.perMille ? std::max(plan.minimum, machineCount * plan.perMille / 1000)
                                        : std::max(plan.minimum, machineCount - assigned);
        addGroup(plan, count);
        assigned += count;
    }
}

void DemoOrganisation::addGroup(const GroupPlan& plan, int count)
{
    const int group = int(groups_.size());
    groups_.push_back({plan.name, plan.rank, std::to_string(4100 + plan.rank * 7)});
    for (int n = 1; n <= count; ++n)
        machines_.push_back(makeMachine(plan, group, n));
}

DemoMachine DemoOrganisation::makeMachine(const GroupPlan& plan, int group, int number)
{
    DemoMachine m;
    m.id = random_.hex(20);
    m.osPlatform = pickPlatform(plan.platforms, random_);
    m.family = familyOf(m.osPlatform);
    m.server = plan.server || m.osPlatform == "WindowsServer2022";
    m.group = group;
    // Laptops and workstations carry the group's prefix; an Ungrouped server says so.
    std::string prefix = plan.prefix;
    if (!plan.server && m.server)
        prefix = "srv";
    char host[96];
    std::snprintf(host, sizeof host, "%s-%04d.%s", prefix.c_str(), number, kDomain);
    m.name = host;
    m.ip = "10." + std::to_string(20 + group) + "." + std::to_string(number / 250) + "." + std::to_string(number % 250 + 2);
    // Servers run the whole month; some laptops joined during it.
    m.firstSeen = m.server || random_.chance(800) ? start_ - random_.between(86400, 400 * 86400)
                                                   : start_ + random_.between(0, (end_ - start_) / 2);
    m.lastSeen = end_ - random_.between(60, m.server ? 3600 : 36 * 3600);
    return m;
}

int DemoOrganisation::groupIndex(const std::string& name) const
{
    for (std::size_t i = 0; i < groups_.size(); ++i)
        if (groups_[i].name == name)
            return int(i);
    return -1;
}

std::vector<int> DemoOrganisation::machinesIn(const std::string& group) const
{
    const int index = groupIndex(group);
    std::vector<int> out;
    for (std::size_t i = 0; i < machines_.size(); ++i)
        if (machines_[i].group == index)
            out.push_back(int(i));
    return out;
}

OrderedJson DemoOrganisation::groupsJson() const
{
    OrderedJson out = OrderedJson::array();
    for (const DemoGroup& g : groups_)
        out.push_back({{"id", g.id}, {"name", g.name}, {"rank", g.rank},
                       {"description", g.name == "Ungrouped" ? "Machines no rule matched (default group)"
                                                             : "Larkspur Freight: " + g.name}});
    return out;
}

OrderedJson DemoOrganisation::machinesJson() const
{
    OrderedJson out = OrderedJson::array();
    for (const DemoMachine& m : machines_) {
        const DemoGroup& g = groups_[std::size_t(m.group)];
        OrderedJson tags = OrderedJson::array();
        tags.push_back(m.server ? "server" : "endpoint");
        if (g.name != "Ungrouped") {
            std::string tag = g.name;
            std::transform(tag.begin(), tag.end(), tag.begin(), [](char c) { return c == ' ' ? '-' : char(std::tolower(c)); });
            tags.push_back(tag);
        }
        out.push_back({{"id", m.id}, {"computerDnsName", m.name}, {"firstSeen", isoTime(m.firstSeen)},
                       {"lastSeen", isoTime(m.lastSeen)}, {"osPlatform", m.osPlatform}, {"lastIpAddress", m.ip},
                       {"healthStatus", "Active"}, {"rbacGroupName", g.name},
                       {"machineTags", tags}});
    }
    return out;
}

} // namespace indicia::service::demo
