#pragma once
// The indicators the demo tenant already holds (indicators.json): every type with every
// action MDE allows for it, malicious values from the curated public lists, benign Allow
// entries for in-house software and trusted services, some scoped to device groups (the
// SOC analyst's own ones created by that persona), some expired before the demo's end
// (the tenant skips those; a workspace may show them), and the scenario's ones. A few of
// them are given sightings in the telemetry so the preview has something to show.

#include "service/demo/demo_scenario.h"

#include <optional>

namespace indicia::service::demo {

struct DemoIndicator {
    std::string type;
    std::string value; // canonical
    std::string action;
    std::vector<std::string> groups; // empty: all devices
    std::optional<std::int64_t> expiration;
    std::string createdBy;
    OrderedJson body; // the API submit body, plus "createdBy"
};

class DemoIndicators {
public:
    static constexpr const char* kAdmin = "demo-admin";
    static constexpr const char* kAnalyst = "demo-analyst";

    DemoIndicators(const DemoOrganisation& organisation, const DemoFiles& files, const DemoScenario& scenario,
                   DemoRandom random, std::int64_t start, std::int64_t end);

    const std::vector<DemoIndicator>& all() const { return indicators_; }
    // Telemetry rows that hit some of the indicators (blocked, audited, expired ones).
    void plantSightings(PlantedEvents& events);
    OrderedJson json() const;

private:
    struct Choice;
    void addScenario(const DemoScenario& scenario);
    void addMalicious(const char* type, const std::vector<const char*>& values, const std::set<std::string>& reserved);
    void addBenign();
    void add(const std::string& type, const std::string& value, const std::string& action, const std::string& title,
             const std::string& description, bool mayScopeOrExpire);

    const DemoOrganisation& organisation_;
    const DemoFiles& files_;
    DemoRandom random_;
    std::int64_t start_, end_;
    std::vector<DemoIndicator> indicators_;
    std::set<std::string> used_;
    std::deque<DemoFile> sightingFiles_; // files the hash sightings name (rows view them)
};

} // namespace indicia::service::demo
