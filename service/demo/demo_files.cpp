#include "service/demo/demo_files.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace indicia::service::demo {

namespace {

constexpr std::size_t kFamilies = 3;

// What every machine of a platform runs and loads (names as the platforms spell them).
struct PlatformFiles {
    std::vector<const char*> executables; // most common first
    std::vector<const char*> libraries;
    std::vector<const char*> parents;     // the processes that start others
};

const PlatformFiles& platformFiles(OsFamily family)
{
    static const std::array<PlatformFiles, kFamilies> kFiles = {{
        {{"svchost.exe", "explorer.exe", "RuntimeBroker.exe", "msedge.exe", "taskhostw.exe", "conhost.exe",
          "SearchIndexer.exe", "dllhost.exe", "backgroundTaskHost.exe", "cmd.exe", "powershell.exe", "rundll32.exe",
          "services.exe", "lsass.exe", "winlogon.exe", "csrss.exe", "smss.exe", "spoolsv.exe", "wmiprvse.exe",
          "msiexec.exe", "MpCmdRun.exe", "wuauclt.exe"},
         {"ntdll.dll", "kernel32.dll", "kernelbase.dll", "user32.dll", "advapi32.dll", "combase.dll", "rpcrt4.dll",
          "sechost.dll", "ucrtbase.dll", "msvcrt.dll", "gdi32.dll", "ole32.dll", "oleaut32.dll", "shell32.dll",
          "shlwapi.dll", "ws2_32.dll", "crypt32.dll", "bcrypt.dll", "winhttp.dll", "wininet.dll", "dnsapi.dll",
          "iphlpapi.dll", "version.dll", "userenv.dll", "wintrust.dll", "mswsock.dll", "msasn1.dll",
          "cryptbase.dll", "profapi.dll", "netapi32.dll"},
         {"explorer.exe", "svchost.exe", "services.exe", "cmd.exe", "powershell.exe"}},
        {{"launchd", "mdworker_shared", "cfprefsd", "trustd", "Finder", "Dock", "mds", "Safari", "zsh",
          "WindowServer", "loginwindow", "softwareupdated", "syspolicyd", "bash"},
         {"libSystem.B.dylib", "libobjc.A.dylib", "CoreFoundation", "Foundation", "Security", "libc++.1.dylib",
          "libz.1.dylib", "CFNetwork", "libsqlite3.dylib", "AppKit"},
         {"launchd", "zsh", "Finder"}},
        {{"systemd", "bash", "sshd", "cron", "python3", "systemd-journald", "dbus-daemon", "rsyslogd", "sudo",
          "containerd", "dockerd", "apt"},
         {"libc.so.6", "libm.so.6", "libssl.so.3", "libcrypto.so.3", "libz.so.1", "libstdc++.so.6",
          "libgcc_s.so.1", "libsystemd.so.0", "libselinux.so.1", "libpthread.so.0"},
         {"systemd", "bash", "sshd", "cron"}},
    }};
    return kFiles[std::size_t(family)];
}

// Applications only one group runs (executables; "*" marks a process that starts others).
struct GroupApps {
    const char* group;
    OsFamily family;
    std::vector<const char*> executables;
};

const std::vector<GroupApps>& groupApps()
{
    static const std::vector<GroupApps> kApps = {
        {"Domain controllers", OsFamily::Windows, {"dns.exe", "dfsrs.exe", "ismserv.exe", "ntfrs.exe"}},
        {"Build servers", OsFamily::Windows,
         {"*BuildAgent.Worker.exe", "msbuild.exe", "cl.exe", "link.exe", "nuget.exe", "git.exe", "signtool.exe"}},
        {"Build servers", OsFamily::Linux, {"*build-agent", "make", "cmake", "gcc", "cc1plus", "ld", "git", "docker"}},
        {"Executives", OsFamily::Windows, {"BoardBook.exe", "SecureNotes.exe"}},
        {"Executives", OsFamily::MacOs, {"BoardBook", "SecureNotes"}},
        {"Finance", OsFamily::Windows, {"Ledgerline.exe", "PayrunClient.exe", "TaxFiler.exe", "EXCEL.EXE"}},
        {"Engineering", OsFamily::Windows, {"Forgepad.exe", "git.exe", "python.exe", "node.exe", "lf-cli.exe"}},
        {"Engineering", OsFamily::MacOs, {"Forgepad", "git", "python3.12", "node", "lf-cli"}},
        {"Engineering", OsFamily::Linux, {"forgepad", "git", "node", "gcc", "make", "lf-cli"}},
        {"HR", OsFamily::Windows, {"PeopleDesk.exe", "BenefitsHelper.exe", "WINWORD.EXE"}},
    };
    return kApps;
}

// Invented software vendors of the long tail (none is a real company's name on purpose).
constexpr std::array kVendors = {"Quillon", "Brightfern", "Tesselate", "Corvane", "Mistral", "Halden", "Oxbow",
                                 "Pinecrest", "Sableworks", "Tidemark", "Verity", "Wrenfield", "Ashgrove",
                                 "Bluequay", "Cobaltine", "Driftwood", "Emberlyn", "Foxmere", "Glimmer",
                                 "Hollowell", "Ironreed", "Juniper", "Kestrel", "Lumenra"};
constexpr std::array kProducts = {"Sync", "View", "Agent", "Helper", "Studio", "Updater", "Notes", "Meet", "Scan",
                                  "Vault", "Print", "Chart", "Mail", "Capture", "Player", "Backup", "Remote",
                                  "Translate", "Pdf", "Timer"};
constexpr int kPoolSize = 360;

std::string executableName(const std::string& base, OsFamily family)
{
    switch (family) {
    case OsFamily::Windows: return base + ".exe";
    case OsFamily::MacOs: return base;
    case OsFamily::Linux: {
        std::string lower = base;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return char(std::tolower(c)); });
        return lower;
    }
    }
    return base;
}

std::string libraryName(const std::string& base, OsFamily family)
{
    switch (family) {
    case OsFamily::Windows: return base + "Core.dll";
    case OsFamily::MacOs: return "lib" + base + ".dylib";
    case OsFamily::Linux: return "lib" + executableName(base, family) + ".so.1";
    }
    return base;
}

} // namespace

DemoFiles::DemoFiles(const DemoOrganisation& organisation, DemoRandom random)
    : organisation_(organisation), random_(random), machines_(organisation.machines().size())
{
    addSigners();
    addPlatformFiles();
    addGroupApplications();
    addApplicationPool();
    addRareFiles();
    finishLists();
}

std::uint32_t DemoFiles::add(DemoFile file)
{
    files_.push_back(std::move(file));
    holders_.emplace_back();
    return std::uint32_t(files_.size() - 1);
}

DemoFile DemoFiles::invent(const std::string& name, FileKind kind, int signer)
{
    DemoFile f;
    f.name = name;
    f.sha1 = random_.hex(20);
    f.sha256 = random_.hex(32);
    f.md5 = random_.hex(16);
    f.kind = kind;
    f.signer = signer;
    f.size = kind == FileKind::Library ? random_.between(40'000, 4'000'000)
           : kind == FileKind::Document ? random_.between(12'000, 2'500'000)
                                        : random_.between(60'000, 60'000'000);
    return f;
}

std::uint32_t DemoFiles::addPlanted(DemoFile file, const std::vector<int>& machines)
{
    const std::uint32_t index = add(std::move(file));
    for (const int m : machines)
        holders_[index].push_back(m);
    return index;
}

void DemoFiles::addSigners()
{
    // Issuers and signers are invented; their thumbprints are random, so no real
    // certificate is claimed to have signed anything here.
    const std::array<std::string, 3> issuers = {"Demo Public Code Signing CA R1", "Demo Public Code Signing CA R2",
                                                "Demo Extended Validation CA G3"};
    std::array<std::string, 3> issuerThumbprints;
    for (std::string& t : issuerThumbprints)
        t = random_.hex(20);
    auto signer = [&](const std::string& name) {
        const std::size_t issuer = std::size_t(random_.below(issuers.size()));
        signers_.push_back({name, random_.hex(20), issuers[issuer], issuerThumbprints[issuer]});
    };
    signer("Platform Vendor Windows Publisher"); // 0: Windows
    signer("Platform Vendor macOS Publisher");   // 1: macOS
    for (const char* vendor : kVendors)
        signer(std::string(vendor) + " Software Ltd");
    internalSigner_ = int(signers_.size());
    signer(std::string(DemoOrganisation::kName) + " Internal Code Signing");
}

void DemoFiles::install(int machine, std::uint32_t file)
{
    MachineFiles& m = machines_[std::size_t(machine)];
    switch (files_[file].kind) {
    case FileKind::Executable: m.executables.push_back(file); break;
    case FileKind::Library: m.libraries.push_back(file); break;
    case FileKind::Document: m.documents.push_back(file); break;
    }
    holders_[file].push_back(machine);
}

void DemoFiles::addPlatformFiles()
{
    const auto& machines = organisation_.machines();
    for (std::size_t f = 0; f < kFamilies; ++f) {
        const OsFamily family = OsFamily(f);
        const PlatformFiles& names = platformFiles(family);
        const int signer = family == OsFamily::Windows ? 0 : family == OsFamily::MacOs ? 1 : -1;
        std::vector<std::uint32_t> added;
        for (const char* name : names.executables)
            added.push_back(add(invent(name, FileKind::Executable, signer)));
        for (const char* name : names.libraries)
            added.push_back(add(invent(name, FileKind::Library, signer)));
        for (std::size_t m = 0; m < machines.size(); ++m) {
            if (machines[m].family != family)
                continue;
            for (const std::uint32_t file : added) {
                install(int(m), file);
                for (const char* parent : names.parents)
                    if (files_[file].name == parent)
                        machines_[m].parents.push_back(file);
            }
        }
    }
}

void DemoFiles::addGroupApplications()
{
    const auto& machines = organisation_.machines();
    for (const GroupApps& apps : groupApps()) {
        const std::vector<int> members = organisation_.machinesIn(apps.group);
        for (const char* spec : apps.executables) {
            const bool parent = spec[0] == '*';
            const std::string name = parent ? spec + 1 : spec;
            const bool internal = name.starts_with("lf-");
            const std::uint32_t file = add(invent(name, FileKind::Executable, internal ? internalSigner_ : 2 + int(random_.below(kVendors.size()))));
            for (const int m : members) {
                if (machines[std::size_t(m)].family != apps.family)
                    continue;
                install(m, file);
                if (parent)
                    machines_[std::size_t(m)].parents.push_back(file);
            }
        }
    }
}

void DemoFiles::addApplicationPool()
{
    const auto& machines = organisation_.machines();
    for (int k = 0; k < kPoolSize; ++k) {
        const int vendor = k % int(kVendors.size());
        const std::string base = std::string(kVendors[std::size_t(vendor)]) + kProducts[std::size_t(k / int(kVendors.size())) % kProducts.size()];
        // Every application exists for Windows; some for macOS, fewer for Linux.
        const bool onFamily[kFamilies] = {true, k % 5 < 2, k % 5 == 0};
        // Installed on a machine with probability 3 / (k + 3): the first few are nearly
        // everywhere, the last ones on a handful of machines (Zipf-like, exponent 1).
        const std::uint64_t perMillion = std::min<std::uint64_t>(1'000'000, 3'000'000 / std::uint64_t(k + 3));
        std::uint32_t exe[kFamilies], lib[kFamilies];
        const bool hasLibrary = k % 3 != 0;
        for (std::size_t f = 0; f < kFamilies; ++f) {
            if (!onFamily[f])
                continue;
            exe[f] = add(invent(executableName(base, OsFamily(f)), FileKind::Executable, 2 + vendor));
            lib[f] = hasLibrary ? add(invent(libraryName(base, OsFamily(f)), FileKind::Library, 2 + vendor)) : 0;
        }
        for (std::size_t m = 0; m < machines.size(); ++m) {
            const std::size_t f = std::size_t(machines[m].family);
            if (!onFamily[f] || random_.below(1'000'000) >= perMillion)
                continue;
            install(int(m), exe[f]);
            if (hasLibrary)
                install(int(m), lib[f]);
        }
    }
}

void DemoFiles::addRareFiles()
{
    // Downloads, scripts and documents that exist on one machine only: the long tail every
    // real estate has, and what makes a malicious file stand out by its low prevalence.
    static constexpr std::array kDocuments = {"Invoice_%d.pdf", "Shipment_manifest_%d.xlsx", "Customs_declaration_%d.pdf",
                                              "Meeting_notes_%d.docx", "Quote_%d.pdf", "Route_plan_%d.xlsx"};
    static constexpr std::array kTools = {"setup_%d.exe", "installer-%d.msi", "report_tool_%d.exe", "sync-script-%d.ps1"};
    const auto& machines = organisation_.machines();
    for (std::size_t m = 0; m < machines.size(); ++m) {
        const int count = int(random_.between(1, 5));
        for (int i = 0; i < count; ++i) {
            char name[64];
            const int number = int(random_.between(1000, 99999));
            const bool tool = machines[m].family == OsFamily::Windows && random_.chance(350);
            std::snprintf(name, sizeof name, tool ? kTools[random_.below(kTools.size())] : kDocuments[random_.below(kDocuments.size())], number);
            install(int(m), add(invent(name, tool ? FileKind::Executable : FileKind::Document, -1)));
        }
    }
}

void DemoFiles::finishLists()
{
    for (MachineFiles& m : machines_) {
        for (const auto* list : {&m.executables, &m.libraries})
            for (const std::uint32_t f : *list)
                if (files_[f].signer >= 0)
                    m.signedFiles.push_back(f);
        if (m.parents.empty() && !m.executables.empty())
            m.parents.push_back(m.executables.front());
    }
}

OrderedJson DemoFiles::filesJson() const
{
    const auto& machines = organisation_.machines();
    OrderedJson out = OrderedJson::array();
    for (std::size_t i = 0; i < files_.size(); ++i) {
        if (holders_[i].empty())
            continue;
        const DemoFile& f = files_[i];
        OrderedJson ids = OrderedJson::array();
        for (const int m : holders_[i])
            ids.push_back(machines[std::size_t(m)].id);
        OrderedJson entity = {{"sha1", f.sha1}, {"sha256", f.sha256}, {"md5", f.md5}, {"fileName", f.name},
                              {"size", f.size}, {"isPeFile", f.name.ends_with(".exe") || f.name.ends_with(".dll")},
                              {"globalPrevalence", std::int64_t(holders_[i].size()) * 41 + 3}};
        if (f.signer >= 0) {
            const DemoSigner& s = signers_[std::size_t(f.signer)];
            entity["signer"] = s.name;
            entity["issuer"] = s.issuer;
            entity["signerHash"] = s.thumbprint;
            entity["isValidCertificate"] = true;
        }
        entity["machineIds"] = std::move(ids);
        out.push_back(std::move(entity));
    }
    return out;
}

} // namespace indicia::service::demo
