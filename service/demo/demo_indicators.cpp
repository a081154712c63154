#include "service/demo/demo_indicators.h"

#include "engine/indicator.h"
#include "engine/normalise.h"
#include "service/demo/demo_public_iocs.h"

namespace indicia::service::demo {

namespace {

// Which public list (and campaign) a curated value came from, for titles that say so.
std::string sourceOf(const char* type, std::size_t index)
{
    const std::string t = type;
    if (t == "FileSha256") {
        static constexpr const char* kCampaigns[] = {"Attor", "Bandook", "Groundbait", "Moose"};
        return std::string("ESET ") + kCampaigns[std::min<std::size_t>(index / 16, 3)] + " sample";
    }
    if (t == "FileSha1")
        return index < 32 ? "ESET campaign sample" : "MalwareBazaar sample (abuse.ch)";
    if (t == "FileMd5")
        return "ESET campaign sample";
    if (t == "DomainName")
        return index < 45 ? "Dridex infrastructure (maltrail)" : index < 90 ? "Agent Tesla infrastructure (maltrail)"
                                                                            : "Cobalt Strike server (CriticalPath feed)";
    if (t == "Url")
        return index < 30 ? "Dridex download (maltrail)" : index < 60 ? "Agent Tesla panel (maltrail)"
                                                                       : "Covenant C2 (maltrail)";
    return index < 45 ? "Cobalt Strike server (CriticalPath feed)" : "Compromised host (CriticalPath feed)";
}

std::optional<IndicatorType> typeNamed(const std::string& name) { return parseIndicatorType(name); }

} // namespace

DemoIndicators::DemoIndicators(const DemoOrganisation& organisation, const DemoFiles& files,
                               const DemoScenario& scenario, DemoRandom random, std::int64_t start, std::int64_t end)
    : organisation_(organisation), files_(files), random_(random), start_(start), end_(end)
{
    addScenario(scenario);
    const std::set<std::string>& reserved = scenario.reserved();
    addMalicious("FileSha256", public_iocs::sha256(), reserved);
    addMalicious("FileSha1", public_iocs::sha1(), reserved);
    addMalicious("FileMd5", public_iocs::md5(), reserved);
    addMalicious("IpAddress", public_iocs::ips(), reserved);
    addMalicious("DomainName", public_iocs::domains(), reserved);
    addMalicious("Url", public_iocs::urls(), reserved);
    addBenign();
}

void DemoIndicators::add(const std::string& type, const std::string& raw, const std::string& action,
                         const std::string& title, const std::string& description, bool mayScopeOrExpire)
{
    const std::optional<IndicatorType> parsed = typeNamed(type);
    const Normalised normalised = parsed ? normalise(*parsed, raw) : Normalised{};
    // A curated value the engine refuses is left out rather than shipped as a broken example.
    if (!normalised.ok() || !used_.insert(type + ' ' + *normalised.value).second)
        return;
    DemoIndicator ind;
    ind.type = type;
    ind.value = *normalised.value;
    ind.action = action;
    ind.createdBy = kAdmin;
    if (mayScopeOrExpire && random_.chance(220)) {
        // The analyst's own indicators are scoped to its groups; the admin scopes wider.
        static const std::vector<std::string> kAnalystGroups = {"Finance", "HR"};
        static const std::vector<std::string> kNamed = {"Domain controllers", "Build servers", "Executives",
                                                       "Finance", "Engineering", "HR"};
        const bool analyst = random_.chance(450);
        const std::vector<std::string>& pool = analyst ? kAnalystGroups : kNamed;
        ind.groups.push_back(random_.pick(pool));
        if (random_.chance(300)) {
            const std::string second = random_.pick(pool);
            if (second != ind.groups.front())
                ind.groups.push_back(second);
        }
        std::sort(ind.groups.begin(), ind.groups.end());
        if (analyst)
            ind.createdBy = kAnalyst;
    }
    if (mayScopeOrExpire && random_.chance(110))
        ind.expiration = start_ + random_.between(3600, end_ - start_ - 3600); // expired before the demo's end
    else if (mayScopeOrExpire && random_.chance(300))
        ind.expiration = end_ + random_.between(365, 730) * 86400;
    const bool audit = action == "Audit";
    const bool block = action == "Block" || action == "BlockAndRemediate";
    static constexpr const char* kSeverities[] = {"Informational", "Low", "Medium", "High"};
    const char* severity = action == "Allowed" ? "Informational" : kSeverities[block ? 2 + random_.below(2) : 1 + random_.below(2)];
    OrderedJson groups = OrderedJson::array();
    for (const std::string& g : ind.groups)
        groups.push_back(g);
    ind.body = {{"indicatorValue", ind.value}, {"indicatorType", type}, {"action", action}, {"title", title},
                {"description", description}, {"severity", severity},
                {"generateAlert", audit || (block && random_.chance(500))}, {"rbacGroupNames", groups}};
    if (ind.expiration)
        ind.body["expirationTime"] = isoTime(*ind.expiration);
    if (block)
        ind.body["recommendedActions"] = "Isolate affected devices and reset credentials used on them.";
    ind.body["createdBy"] = ind.createdBy;
    indicators_.push_back(std::move(ind));
}

void DemoIndicators::addScenario(const DemoScenario& scenario)
{
    add("DomainName", scenario.conflictDomain(), "Block", "Cobalt Strike server (CriticalPath feed)",
        "Command-and-control domain from a public feed; the demo's service changes this one to show a conflict.", false);
    add("DomainName", scenario.blockDomain(), "Block", "Consumer file sharing",
        "Personal file-sharing service, blocked by policy (data loss prevention).", false);
    add("Url", scenario.allowUrl(), "Allowed", "Customs broker document share",
        "The customs broker shares declarations through this link; allowed despite the domain block.", false);
    add("FileSha256", scenario.falsePositive().sha256, "Audit", "Unknown deployment helper",
        "Flagged by the antivirus engine on Engineering machines; alert while it is investigated.", false);
}

void DemoIndicators::addMalicious(const char* type, const std::vector<const char*>& values,
                                  const std::set<std::string>& reserved)
{
    // Every action MDE allows for the type at least once, then mostly blocking ones.
    const bool file = std::string(type).starts_with("File");
    const std::vector<std::string> cycle = file ? std::vector<std::string>{"Block", "BlockAndRemediate", "Audit", "Warn"}
                                                : std::vector<std::string>{"Block", "Audit", "Warn"};
    const std::vector<std::string> weighted = file ? std::vector<std::string>{"Block", "Block", "BlockAndRemediate", "BlockAndRemediate", "Audit", "Warn"}
                                                   : std::vector<std::string>{"Block", "Block", "Block", "Audit", "Warn"};
    std::size_t n = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (reserved.count(values[i]))
            continue;
        const std::string action = n < cycle.size() ? cycle[n] : random_.pick(weighted);
        ++n;
        const std::string source = sourceOf(type, i);
        add(type, values[i], action, source, "Published as malicious by " + source + "; see the demo's SOURCES.md.", true);
    }
}

void DemoIndicators::addBenign()
{
    // In-house tools and line-of-business applications: allowed by hash.
    int allowed = 0;
    for (const DemoFile& f : files_.files()) {
        if (allowed >= 12 || f.kind != FileKind::Executable)
            continue;
        const bool internal = f.signer == files_.internalSigner();
        const bool lineOfBusiness = f.name == "Ledgerline.exe" || f.name == "PayrunClient.exe" || f.name == "PeopleDesk.exe";
        if (!internal && !lineOfBusiness)
            continue;
        const char* type = allowed % 3 == 0 ? "FileSha256" : allowed % 3 == 1 ? "FileSha1" : "FileMd5";
        const std::string& value = allowed % 3 == 0 ? f.sha256 : allowed % 3 == 1 ? f.sha1 : f.md5;
        add(type, value, "Allowed", "In-house software: " + f.name, "Built and signed by Larkspur Freight IT.", true);
        ++allowed;
    }
    // Trusted services: a code host's addresses and a few everyday domains and URLs.
    for (const char* range : public_iocs::githubRanges()) {
        std::string address = range;
        address = address.substr(0, address.find('/'));
        address = address.substr(0, address.rfind('.') + 1) + "10";
        add("IpAddress", address, "Allowed", "Source code hosting", "Developer tooling; allowed so network protection never blocks it.", true);
    }
    const auto& popular = public_iocs::popularDomains();
    for (std::size_t i = 0; i < 6; ++i)
        add("DomainName", popular[i * 23 % popular.size()], "Allowed", "Business service", "Used across the company.", true);
    for (std::size_t i = 0; i < 3; ++i)
        add("Url", std::string("https://") + popular[(i * 37 + 5) % popular.size()] + "/downloads/", "Allowed",
            "Vendor download page", "Software updates come from here.", true);
    // Certificates: trusted CAs and the in-house signer allowed; revoked or abused ones blocked.
    const auto& cas = public_iocs::trustedCaThumbprints();
    for (std::size_t i = 0; i < 8 && i < cas.size(); ++i)
        add("CertificateThumbprint", cas[i], "Allowed", "Trusted root CA (Mozilla CA list)",
            "Files signed under this CA are trusted.", true);
    add("CertificateThumbprint", files_.signers()[std::size_t(files_.internalSigner())].thumbprint, "Allowed",
        "Larkspur Freight code signing", "The company's own code-signing certificate.", false);
    add("CertificateThumbprint", files_.signers()[21].thumbprint, "BlockAndRemediate", "Stolen vendor certificate",
        "The vendor reported this signing key stolen; files signed with it are blocked.", true);
    for (int i = 0; i < 6; ++i)
        add("CertificateThumbprint", random_.hex(20), "BlockAndRemediate", "Certificate abused by malware",
            "A code-signing certificate seen on malware samples.", true);
}

void DemoIndicators::plantSightings(PlantedEvents& events)
{
    const auto& machines = organisation_.machines();
    int planted = 0;
    for (const DemoIndicator& ind : indicators_) {
        if (ind.action == "Allowed" || ind.type == "CertificateThumbprint" || !random_.chance(ind.expiration ? 500 : 150))
            continue;
        if (++planted > 90)
            break;
        for (int i = 0, n = int(random_.between(1, 4)); i < n; ++i) {
            const int m = int(random_.below(machines.size()));
            const DemoMachine& machine = machines[std::size_t(m)];
            const DemoFile& by = files_.files()[files_.of(m).parents.front()];
            const std::int64_t t = random_.between(start_ + 60, end_ - 60);
            if (ind.type == "IpAddress") {
                events.network(t, machine, ind.value, {}, by);
            } else if (ind.type == "DomainName") {
                events.dnsQuery(t, machine, ind.value);
            } else if (ind.type == "Url") {
                events.browserUrl(t, machine, ind.value);
            } else {
                DemoFile& file = sightingFiles_.emplace_back();
                file.name = "update_" + std::to_string(random_.between(100, 999)) + ".exe";
                (ind.type == "FileSha256" ? file.sha256 : ind.type == "FileSha1" ? file.sha1 : file.md5) = ind.value;
                events.process(t, machine, file, by);
            }
        }
    }
}

OrderedJson DemoIndicators::json() const
{
    OrderedJson list = OrderedJson::array();
    for (const DemoIndicator& ind : indicators_)
        list.push_back(ind.body);
    return OrderedJson{{"indicators", std::move(list)}};
}

} // namespace indicia::service::demo
