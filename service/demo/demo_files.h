#pragma once
// The file population of the demo organisation: operating-system files on every machine of
// a platform, group applications, a long tail of applications installed with Zipf-like
// popularity (a few on most machines, most on a handful) and files unique to one machine.
// Each machine keeps the list of what it has, most popular first, which the telemetry
// writer draws from; hashes are invented (deterministic random hex).

#include "service/demo/demo_organisation.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace indicia::service::demo {

enum class FileKind : std::uint8_t { Executable, Library, Document };

struct DemoSigner {
    std::string name;       // subject as DeviceFileCertificateInfo writes it
    std::string thumbprint; // SHA-1 of the signing certificate
    std::string issuer;
    std::string issuerThumbprint;
};

struct DemoFile {
    std::string name;
    std::string sha1, sha256, md5;
    std::int64_t size = 0;
    FileKind kind = FileKind::Executable;
    int signer = -1; // index into signers(); -1: unsigned
};

// What one machine has, as indices into files(), most popular first.
struct MachineFiles {
    std::vector<std::uint32_t> executables;
    std::vector<std::uint32_t> libraries;
    std::vector<std::uint32_t> documents;
    std::vector<std::uint32_t> parents; // processes that start others (shells, services, agents)
    std::vector<std::uint32_t> signedFiles;
};

class DemoFiles {
public:
    DemoFiles(const DemoOrganisation& organisation, DemoRandom random);

    const std::deque<DemoFile>& files() const { return files_; }
    const std::vector<DemoSigner>& signers() const { return signers_; }
    const MachineFiles& of(int machine) const { return machines_[std::size_t(machine)]; }

    // Adds a file the scenario plants (not drawn by the background telemetry) on `machines`.
    std::uint32_t addPlanted(DemoFile file, const std::vector<int>& machines);
    // A new invented file (hashes and size drawn here).
    DemoFile invent(const std::string& name, FileKind kind, int signer);
    int internalSigner() const { return internalSigner_; }

    // The seed document's files: hashes, size, name and the machines that have each file.
    OrderedJson filesJson() const;

private:
    std::uint32_t add(DemoFile file);
    void addSigners();
    void addPlatformFiles();
    void addGroupApplications();
    void addApplicationPool();
    void addRareFiles();
    void install(int machine, std::uint32_t file);
    void finishLists();

    const DemoOrganisation& organisation_;
    DemoRandom random_;
    std::deque<DemoFile> files_; // a deque: rows keep views into its strings
    std::vector<DemoSigner> signers_;
    std::vector<MachineFiles> machines_;
    std::vector<std::vector<int>> holders_; // per file: the machines that have it
    int internalSigner_ = 0;
};

} // namespace indicia::service::demo
