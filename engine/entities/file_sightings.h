#pragma once
// What telemetry says about one file: starting from any one of its hashes, every record
// that mentions it, and the file's other hashes joined from records that carry several
// (a Sysmon "Hashes=SHA1=..,MD5=..,SHA256=.." field, MDE's SHA1/SHA256/MD5 columns), its
// names, paths, size and signer. The join repeats until no new hash turns up, so an MD5
// seen next to a SHA-1 in one export and that SHA-1 next to a SHA-256 in another end up
// as one file.

#include "engine/entities/record_search.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace indicia::entities {

// A file's hashes as far as known: lower-case hex, empty when unknown.
struct FileHashes {
    std::string sha256;
    std::string sha1;
    std::string md5;

    bool contains(std::string_view hash) const; // any of the three, ignoring case
    bool empty() const { return sha256.empty() && sha1.empty() && md5.empty(); }
    // Fills the empty slots from `other`; true when one was filled.
    bool mergeFrom(const FileHashes& other);
    std::vector<std::string> all() const;
    // SHA256, else SHA1, else MD5 (the strongest for an indicator).
    const std::string& strongest() const;
};

// Puts a hash into the slot its length says (32 MD5, 40 SHA-1, 64 SHA-256); false for
// anything that is not hex of one of these lengths.
bool setHash(FileHashes& hashes, std::string_view hash);

// What one record says about one file it names.
struct FileMention {
    FileHashes hashes;
    std::string name; // file name only
    std::string path; // full path when known
    std::int64_t size = -1;
    std::string signer;
    std::string issuer;
    std::string signerThumbprint; // DeviceFileCertificateInfo SignerHash
    std::string signatureStatus;  // "Valid", "Signed", "Unsigned", ...
    std::optional<bool> trusted;
    std::optional<bool> microsoftRoot;
};

// The files `record` names with their hashes: the event's file and, for MDE, the
// initiating process. Sysmon hash fields are parsed; the path comes from the field that
// event type uses for its file (Image, ImageLoaded, TargetFilename).
std::vector<FileMention> fileMentions(const Record& record);

// The record's machine, time and kind ("sysmon-1", or the ActionType), as the preview names them.
std::string_view recordMachine(const Record& record);
std::string_view recordTimestamp(const Record& record);
std::string recordKind(const Record& record);

struct FileSighting {
    std::uint32_t source = 0; // index into the paths searched
    std::uint64_t record = 0;
    std::string timestamp;
    std::string machine;
    std::string kind;
    // The file as this record names it; empty when the hash appears only in free text
    // (a command line) or a field we do not read.
    std::optional<FileMention> file;
};

struct FileSearch {
    FileHashes hashes;
    std::vector<FileSighting> sightings; // every record mentioning any of the hashes, in file order
    std::vector<std::string> errors;     // files that could not be read
};

// Nothing is found (and `hashes` stays empty) for text that is not a hash.
FileSearch findFile(std::string_view hash, const std::vector<std::string>& paths);

} // namespace indicia::entities
