#include "engine/entities/file_sightings.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace indicia::entities {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

bool isHex(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
}

std::optional<bool> parseBool(std::string_view text)
{
    const std::string value = lower(text);
    if (value == "true" || value == "1")
        return true;
    if (value == "false" || value == "0")
        return false;
    return std::nullopt;
}

std::string baseName(std::string_view path)
{
    const std::size_t slash = path.find_last_of("\\/");
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::int64_t parseSize(std::string_view text)
{
    std::int64_t size = -1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), size);
    return ec == std::errc() && end == text.data() + text.size() ? size : -1;
}

// "SHA1=..,MD5=..,SHA256=..,IMPHASH=..".
FileHashes parseSysmonHashes(std::string_view text)
{
    FileHashes hashes;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        const std::string_view item = text.substr(0, comma);
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
        const std::size_t equals = item.find('=');
        if (equals == std::string_view::npos)
            continue;
        const std::string_view algorithm = item.substr(0, equals);
        if (algorithm == "SHA1" || algorithm == "SHA256" || algorithm == "MD5")
            setHash(hashes, item.substr(equals + 1));
    }
    return hashes;
}

std::optional<FileMention> sysmonMention(const Record& r)
{
    FileMention file;
    file.hashes = parseSysmonHashes(r.value({"Hashes", "Hash"}));
    if (file.hashes.empty())
        return std::nullopt;
    file.path = r.value({"ImageLoaded", "TargetFilename", "Image"});
    file.name = file.path.empty() ? std::string(r.value({"OriginalFileName"})) : baseName(file.path);
    file.signer = r.value({"Signature"});
    file.signatureStatus = r.value({"SignatureStatus"});
    if (file.signatureStatus.empty() && parseBool(r.value({"Signed"})) == false)
        file.signatureStatus = "Unsigned";
    return file;
}

// The MDE columns of one subject: "" for the event's file, "InitiatingProcess" for the process.
std::optional<FileMention> huntingMention(const Record& r, const std::string& prefix)
{
    FileMention file;
    setHash(file.hashes, r.value({prefix + "SHA256"}));
    setHash(file.hashes, r.value({prefix + "SHA1"}));
    setHash(file.hashes, r.value({prefix + "MD5"}));
    if (file.hashes.empty())
        return std::nullopt;
    file.name = r.value({prefix + "FileName"});
    const std::string folder(r.value({prefix + "FolderPath"}));
    // FolderPath holds the full path in process tables and the folder in some others.
    file.path = folder.empty() || file.name.empty() || lower(folder).ends_with(lower(file.name))
                    ? folder
                    : folder + (folder.ends_with('\\') ? "" : "\\") + file.name;
    if (file.name.empty() && !file.path.empty())
        file.name = baseName(file.path);
    file.size = parseSize(r.value({prefix + "FileSize"}));
    if (prefix.empty()) { // DeviceFileCertificateInfo
        file.signer = r.value({"Signer"});
        file.issuer = r.value({"Issuer"});
        file.signerThumbprint = lower(r.value({"SignerHash"}));
        file.trusted = parseBool(r.value({"IsTrusted"}));
        file.microsoftRoot = parseBool(r.value({"IsRootSignerMicrosoft"}));
        if (const auto isSigned = parseBool(r.value({"IsSigned"})))
            file.signatureStatus = *isSigned ? "Signed" : "Unsigned";
    } else {
        file.signer = r.value({"InitiatingProcessSignerType"});
        file.signatureStatus = r.value({"InitiatingProcessSignatureStatus"});
    }
    return file;
}

bool isSysmon(const Record& r)
{
    return !r.value({"EventID"}).empty() && r.value({"DeviceName"}).empty();
}

// Searches every path once for `hashes`; fills `search.sightings` afresh.
void searchOnce(const std::vector<std::string>& paths, FileSearch& search)
{
    search.sightings.clear();
    search.errors.clear();
    const std::vector<std::string> needles = search.hashes.all();
    for (std::uint32_t i = 0; i < paths.size(); ++i) {
        std::string error;
        const auto visit = [&](const Record& record) {
            FileSighting sighting{i, record.number, std::string(recordTimestamp(record)),
                                  std::string(recordMachine(record)), recordKind(record), std::nullopt};
            for (FileMention& mention : fileMentions(record))
                if (!sighting.file && std::any_of(needles.begin(), needles.end(),
                                                  [&](const std::string& h) { return mention.hashes.contains(h); }))
                    sighting.file = std::move(mention);
            search.sightings.push_back(std::move(sighting));
        };
        if (!searchRecords(paths[i], needles, visit, error))
            search.errors.push_back(error);
    }
}

} // namespace

bool FileHashes::contains(std::string_view hash) const
{
    const std::string h = lower(hash);
    return !h.empty() && (h == sha256 || h == sha1 || h == md5);
}

bool FileHashes::mergeFrom(const FileHashes& other)
{
    bool filled = false;
    for (auto [mine, theirs] : {std::pair{&sha256, &other.sha256}, {&sha1, &other.sha1}, {&md5, &other.md5}})
        if (mine->empty() && !theirs->empty()) {
            *mine = *theirs;
            filled = true;
        }
    return filled;
}

std::vector<std::string> FileHashes::all() const
{
    std::vector<std::string> out;
    for (const std::string* h : {&sha256, &sha1, &md5})
        if (!h->empty())
            out.push_back(*h);
    return out;
}

const std::string& FileHashes::strongest() const
{
    return !sha256.empty() ? sha256 : !sha1.empty() ? sha1 : md5;
}

bool setHash(FileHashes& hashes, std::string_view hash)
{
    if (!isHex(hash))
        return false;
    switch (hash.size()) {
    case 64: hashes.sha256 = lower(hash); return true;
    case 40: hashes.sha1 = lower(hash); return true;
    case 32: hashes.md5 = lower(hash); return true;
    default: return false;
    }
}

std::vector<FileMention> fileMentions(const Record& record)
{
    std::vector<FileMention> out;
    if (isSysmon(record)) {
        if (auto file = sysmonMention(record))
            out.push_back(std::move(*file));
        return out;
    }
    for (const std::string prefix : {"", "InitiatingProcess"})
        if (auto file = huntingMention(record, prefix))
            out.push_back(std::move(*file));
    return out;
}

std::string_view recordMachine(const Record& record)
{
    return record.value({"DeviceName", "Hostname", "Computer"});
}

std::string_view recordTimestamp(const Record& record)
{
    return record.value({"Timestamp", "UtcTime", "@timestamp", "TimeCreated"});
}

std::string recordKind(const Record& record)
{
    if (isSysmon(record))
        return "sysmon-" + std::string(record.value({"EventID"}));
    const std::string_view action = record.value({"ActionType"});
    return action.empty() ? std::string("event") : std::string(action);
}

FileSearch findFile(std::string_view hash, const std::vector<std::string>& paths)
{
    FileSearch search;
    if (!setHash(search.hashes, hash))
        return search;
    // Each round can only add hashes (three at most), so this ends after a few rounds.
    for (int round = 0; round < 4; ++round) {
        searchOnce(paths, search);
        bool grew = false;
        for (const FileSighting& sighting : search.sightings)
            if (sighting.file)
                grew = search.hashes.mergeFrom(sighting.file->hashes) || grew;
        if (!grew)
            break;
    }
    return search;
}

} // namespace indicia::entities
