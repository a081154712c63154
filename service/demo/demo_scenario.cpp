// The engine's headers first: ioc_extractor.h names a member `emit`, which Qt defines as a macro.
#include "engine/codec/report_text.h"
#include "engine/normalise.h"

#include "service/demo/demo_scenario.h"
#include "service/demo/demo_public_iocs.h"

#include <algorithm>
#include <sstream>

namespace indicia::service::demo {

namespace {

// Picks `count` distinct machines of `pool` (in pool order, so the choice reads naturally).
std::vector<int> pickSome(std::vector<int> pool, std::size_t count, DemoRandom& random)
{
    for (std::size_t i = pool.size(); i > 1; --i)
        std::swap(pool[i - 1], pool[std::size_t(random.below(i))]);
    pool.resize(std::min(count, pool.size()));
    std::sort(pool.begin(), pool.end());
    return pool;
}

std::vector<int> onFamily(const DemoOrganisation& organisation, const std::vector<int>& machines, OsFamily family)
{
    std::vector<int> out;
    for (const int m : machines)
        if (organisation.machines()[std::size_t(m)].family == family)
            out.push_back(m);
    return out;
}

// Reports defang what they list: "evil[.]example", "hxxp://...".
std::string defangHost(std::string host)
{
    const std::size_t dot = host.rfind('.');
    return dot == std::string::npos ? host : host.substr(0, dot) + "[.]" + host.substr(dot + 1);
}

std::string defangUrl(const std::string& url)
{
    const std::size_t scheme = url.find("://");
    const std::size_t path = url.find('/', scheme + 3);
    const std::string host = url.substr(scheme + 3, path == std::string::npos ? path : path - scheme - 3);
    return "hxxp" + url.substr(4, scheme - 4) + "://" + defangHost(host) + (path == std::string::npos ? "" : url.substr(path));
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](char c) { return char(std::toupper(c)); });
    return text;
}

const char* nameOf(const DemoOrganisation& organisation, int machine)
{
    return organisation.machines()[std::size_t(machine)].name.c_str();
}

} // namespace

DemoScenario::DemoScenario(const DemoOrganisation& organisation, DemoFiles& files, DemoRandom random,
                           std::int64_t start, std::int64_t end)
    : organisation_(organisation), files_(files), random_(random), start_(start), end_(end)
{
    chooseMachines();
    // ESET's Sednit/Zebrocy downloader posing as a PDF reader: a real, published sample.
    const public_iocs::HashTriple& sample = public_iocs::zebrocyFiles()[1];
    DemoFile dropper{sample.fileName, sample.sha1, sample.sha256, sample.md5, 495'616, FileKind::Executable, -1};
    std::vector<int> holders = dropperFinance_;
    holders.insert(holders.end(), dropperBuild_.begin(), dropperBuild_.end());
    dropper_ = files_.addPlanted(dropper, holders);
    // An unsigned in-house deployment tool: what a heuristic antivirus engine flags.
    falsePositive_ = files_.addPlanted(files_.invent("LarkspurDeployHelper.exe", FileKind::Executable, -1),
                                       falsePositiveMachines_);
    blockDomain_ = "transferhaven.example";
    allowUrl_ = "https://transferhaven.example/s/larkspur-customs-docs";
    conflictDomain_ = public_iocs::domains().front();
    for (const std::string& value : {std::string(sample.sha256), std::string(sample.sha1), std::string(sample.md5),
                                     falsePositive().sha256, blockDomain_, allowUrl_, conflictDomain_})
        reserved_.insert(value);
    writeReport();
}

void DemoScenario::chooseMachines()
{
    const std::vector<int> finance = organisation_.machinesIn("Finance");
    const std::vector<int> build = organisation_.machinesIn("Build servers");
    const std::vector<int> engineering = organisation_.machinesIn("Engineering");
    dropperFinance_ = pickSome(finance, 5, random_);
    // A Windows executable runs on the Windows build servers (a build's test step).
    const std::vector<int> windowsBuild = onFamily(organisation_, build, OsFamily::Windows);
    dropperBuild_ = pickSome(windowsBuild.size() >= 2 ? windowsBuild : build, 3, random_);
    falsePositiveMachines_ = pickSome(onFamily(organisation_, engineering, OsFamily::Windows), 12, random_);
    std::vector<int> others;
    for (const int m : finance)
        if (!std::binary_search(dropperFinance_.begin(), dropperFinance_.end(), m))
            others.push_back(m);
    shadowMachine_ = others.empty() ? finance.front() : pickSome(others, 1, random_).front();
}

std::int64_t DemoScenario::someTime() { return random_.between(start_ + 3600, end_ - 3600); }

const DemoFile& DemoScenario::fileNamed(int machine, std::string_view name) const
{
    const MachineFiles& mine = files_.of(machine);
    for (const std::uint32_t f : mine.executables)
        if (files_.files()[f].name == name)
            return files_.files()[f];
    return files_.files()[mine.parents.front()];
}

void DemoScenario::plant(PlantedEvents& events)
{
    const auto& machines = organisation_.machines();
    for (const int m : dropperFinance_) {
        // Saved from the mail client, then started from Explorer.
        const std::int64_t first = someTime();
        events.fileCreated(first, machines[std::size_t(m)], dropper(), fileNamed(m, "msedge.exe"), {});
        for (int i = 0, n = int(random_.between(2, 4)); i < n; ++i)
            events.process(first + 60 + i * random_.between(600, 86400), machines[std::size_t(m)], dropper(),
                           fileNamed(m, "explorer.exe"));
    }
    for (const int m : dropperBuild_) {
        const bool windows = machines[std::size_t(m)].family == OsFamily::Windows;
        const DemoFile& agent = fileNamed(m, windows ? "BuildAgent.Worker.exe" : "build-agent");
        for (int i = 0, n = int(random_.between(2, 3)); i < n; ++i)
            events.process(someTime(), machines[std::size_t(m)], dropper(), agent);
    }
    for (const int m : falsePositiveMachines_) {
        for (int i = 0, n = int(random_.between(3, 6)); i < n; ++i)
            events.process(someTime(), machines[std::size_t(m)], falsePositive(), fileNamed(m, "cmd.exe"));
        for (int i = 0, n = int(random_.between(1, 2)); i < n; ++i)
            events.antivirus(someTime(), machines[std::size_t(m)], falsePositive());
    }
    const DemoMachine& shadow = machines[std::size_t(shadowMachine_)];
    const DemoFile& browser = fileNamed(shadowMachine_, "msedge.exe");
    const std::string_view ip = events.keep("104.16." + std::to_string(random_.between(1, 254)) + "." + std::to_string(random_.between(1, 254)));
    for (int i = 0; i < 3; ++i) {
        const std::int64_t t = someTime();
        events.browserUrl(t, shadow, allowUrl_);
        events.network(t + 1, shadow, ip, allowUrl_, browser);
    }
}

void DemoScenario::writeReport()
{
    const auto last = [](const std::vector<const char*>& list, std::size_t back) { return std::string(list[list.size() - 1 - back]); };
    const std::string ip1 = last(public_iocs::ips(), 0), ip2 = last(public_iocs::ips(), 1);
    const std::string domain1 = last(public_iocs::domains(), 0), domain2 = last(public_iocs::domains(), 1);
    // A download URL with a path (the Dridex block of the list), not a bare address.
    const std::string url = public_iocs::urls()[29];
    const std::string sha256 = last(public_iocs::sha256(), 0), sha1 = last(public_iocs::sha1(), 0), md5 = last(public_iocs::md5(), 0);
    for (const std::string& value : {ip1, ip2, domain1, domain2, url, sha256, sha1, md5})
        reserved_.insert(value);
    // A hash cut short when it was copied from a screenshot: 63 digits.
    const std::string truncated = random_.hex(32).substr(0, 63);
    const std::vector<std::string> lines = {
        "Threat note TI-2026-1027: invoice portal loader campaign",
        "Prepared by the Larkspur Freight SOC; distribution TLP:AMBER.",
        "",
        "Summary",
        "A phishing wave impersonating a freight invoicing portal delivered a loader to finance users.",
        "The loader downloaded its second stage from " + defangUrl(url),
        "and beaconed to " + defangHost(ip1) + " over HTTPS. Further command and control:",
        defangHost(domain1) + ", " + defangHost(domain2) + " and " + defangHost(ip2) + ".",
        "",
        "Indicators",
        "- Loader (SHA-256): " + sha256,
        "- Second stage (SHA-1): " + upper(sha1),
        "- Configuration file (MD5): " + md5,
        "- Staging host inside the victim network: 10.14.2[.]17",
        "- Lateral movement seen from 192.168.56[.]101",
        "- Reply-to address of the lures: billing@larkspur-invoices[.]example",
        "- Loader hash as copied from a screenshot (truncated): " + truncated,
        "",
        "Recommended actions: block the network indicators and hunt for the hashes.",
    };
    for (const std::string& line : lines)
        reportText_ += line + "\n";
    // What an import of this text yields, as the engine reads it: the exercise checks
    // exactly these values and row errors.
    std::istringstream in(reportText_);
    ReportTextReader reader(in);
    ImportRow row;
    while (reader.next(row)) {
        if (row.valid() && row.type)
            reportValid_.push_back({std::string(toString(*row.type)), row.indicator.value});
        else
            reportInvalid_.push_back({row.line, row.raw, row.errors.empty() ? std::string() : row.errors.front().message});
    }
}

OrderedJson DemoScenario::json(quint32 seed) const
{
    const auto names = [this](const std::vector<int>& machines) {
        OrderedJson out = OrderedJson::array();
        for (const int m : machines)
            out.push_back(nameOf(organisation_, m));
        return out;
    };
    OrderedJson valid = OrderedJson::array(), invalid = OrderedJson::array();
    for (const ReportValue& v : reportValid_)
        valid.push_back({{"type", v.type}, {"value", v.value}});
    for (const ReportProblem& p : reportInvalid_)
        invalid.push_back({{"line", p.line}, {"text", p.text}, {"reason", p.reason}});
    return OrderedJson{
        {"seed", seed},
        {"end", isoTime(end_)},
        {"dropper", {{"sha256", dropper().sha256}, {"sha1", dropper().sha1}, {"md5", dropper().md5},
                     {"fileName", dropper().name}, {"financeMachines", names(dropperFinance_)},
                     {"buildMachines", names(dropperBuild_)}}},
        {"falsePositive", {{"sha256", falsePositive().sha256}, {"fileName", falsePositive().name},
                           {"groups", {"Engineering"}}, {"machines", names(falsePositiveMachines_)},
                           {"detectingIndicatorValue", falsePositive().sha256}}},
        {"report", {{"file", "report.txt"}, {"valid", valid}, {"invalid", invalid}}},
        {"shadowedBlock", {{"blockType", "DomainName"}, {"blockValue", blockDomain_}, {"allowType", "Url"},
                           {"allowValue", allowUrl_}, {"machine", nameOf(organisation_, shadowMachine_)}}},
        {"conflict", {{"type", "DomainName"}, {"value", conflictDomain_}}},
    };
}

} // namespace indicia::service::demo
