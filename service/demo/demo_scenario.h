#pragma once
// The planted situations the Training exercises check (scenario.json), and the rows and
// files that make them visible in the telemetry:
//   dropper        a real malicious file run on Finance machines and, as part of a build,
//                  on Build servers; no indicator exists for it yet
//   falsePositive  an internal tool the antivirus flags on Engineering machines, with an
//                  existing Audit indicator that alerts on it
//   report         report.txt: defanged indicators in prose, some of them invalid
//   shadowedBlock  a blocked domain and an allowed URL under it, the URL seen on a machine
//   conflict       an existing indicator the demo's "service" will change

#include "service/demo/demo_telemetry_writer.h"

#include <set>

namespace indicia::service::demo {

struct ReportValue {
    std::string type;  // indicator type name ("IpAddress", ...)
    std::string value; // canonical
};
struct ReportProblem {
    std::size_t line = 0;
    std::string text;
    std::string reason;
};

class DemoScenario {
public:
    DemoScenario(const DemoOrganisation& organisation, DemoFiles& files, DemoRandom random, std::int64_t start,
                 std::int64_t end);

    // Rows for the telemetry (call once, after every file is added).
    void plant(PlantedEvents& events);

    // Values the generic indicators must not use: the report's, the dropper's and those the
    // scenario's own indicators take.
    const std::set<std::string>& reserved() const { return reserved_; }

    const DemoFile& dropper() const { return files_.files()[dropper_]; }
    const DemoFile& falsePositive() const { return files_.files()[falsePositive_]; }
    const std::string& blockDomain() const { return blockDomain_; }
    const std::string& allowUrl() const { return allowUrl_; }
    const std::string& conflictDomain() const { return conflictDomain_; }
    const std::string& reportText() const { return reportText_; }
    const std::vector<ReportValue>& reportValid() const { return reportValid_; }

    OrderedJson json(quint32 seed) const;

private:
    void chooseMachines();
    void writeReport();
    std::int64_t someTime();
    const DemoFile& fileNamed(int machine, std::string_view name) const;

    const DemoOrganisation& organisation_;
    DemoFiles& files_;
    DemoRandom random_;
    std::int64_t start_, end_;
    std::uint32_t dropper_ = 0, falsePositive_ = 0;
    std::vector<int> dropperFinance_, dropperBuild_, falsePositiveMachines_;
    int shadowMachine_ = 0;
    std::string blockDomain_, allowUrl_, conflictDomain_;
    std::string reportText_;
    std::vector<ReportValue> reportValid_;
    std::vector<ReportProblem> reportInvalid_;
    std::set<std::string> reserved_;
};

} // namespace indicia::service::demo
