#pragma once
// What the loaded telemetry holds, for Ctrl+K: every file it names (all its known hashes
// joined, as the file page joins them, and its names) and every machine (with its device
// group when a DeviceInfo export says it). Built once per set of telemetry files by reading
// each record once, then searched in memory as the user types; the entity pages still read
// the files themselves for the full story of the one file or machine chosen.

#include "models/search/search_hit.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace indicia {

class TelemetryIndex {
    Q_DECLARE_TR_FUNCTIONS(TelemetryIndex)

public:
    // Reads `paths`; a file that cannot be read is named in errors(). Stops early (with a
    // partial index) once `cancel` is set.
    static std::shared_ptr<const TelemetryIndex> build(const QStringList& paths,
                                                       const std::atomic<bool>* cancel = nullptr);

    // Hashes (complete, or a prefix of 6 hex digits or more), file names and machine names
    // matching `query`, at most `limitPerKind` of each kind, best first.
    SearchHits search(const QString& query, int limitPerKind) const;

    std::size_t fileCount() const { return files_.size(); }
    std::size_t machineCount() const { return machines_.size(); }
    const QStringList& errors() const { return errors_; }

private:
    struct File {
        std::string sha256, sha1, md5; // lower-case hex, empty when unknown
        QStringList names;
        std::uint32_t records = 0;
        bool merged = false; // folded into another entry that shares a hash
        const std::string& strongest() const { return !sha256.empty() ? sha256 : !sha1.empty() ? sha1 : md5; }
    };
    struct Machine {
        QString name;
        QString group;
    };

    void addFile(const std::string& sha256, const std::string& sha1, const std::string& md5, const std::string& name);
    void addMachine(const QString& name, const QString& group);
    void compact();
    SearchHits searchHashes(const QString& query, int limit) const;
    SearchHits searchNames(const QString& query, int limit) const;
    SearchHits searchMachines(const QString& query, int limit) const;
    QString fileDetail(const File& file) const;

    std::vector<File> files_;
    std::unordered_map<std::string, std::uint32_t> fileByHash_; // any hash -> files_ index
    std::vector<Machine> machines_;
    std::unordered_map<std::string, std::uint32_t> machineByKey_; // first label, lower case
    QStringList errors_;
};

} // namespace indicia
