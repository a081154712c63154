#pragma once
// Advanced Hunting CSV files for the demo organisation: DeviceInfo plus six event tables,
// with only the columns the preview reads and a few that make rows readable, so a million
// events stay near 200 MB. Background rows are drawn per table from an own random stream;
// rows the scenario and the indicators plant are merged in by time. Cells are appended as
// raw bytes into a large buffer: no QString and no allocation per cell.

#include "service/demo/demo_files.h"

#include <QString>

#include <array>
#include <deque>
#include <functional>
#include <string_view>

namespace indicia::service::demo {

enum class Table : std::uint8_t { Process, ImageLoad, File, Network, Events, Certificate, Count };
inline constexpr std::size_t kTableCount = std::size_t(Table::Count);

enum class Col : std::uint8_t {
    DeviceName, ActionType, FileName, SHA1, SHA256, MD5,
    InitiatingProcessFileName, InitiatingProcessSHA1, InitiatingProcessSHA256,
    RemoteIP, RemotePort, RemoteUrl, FileOriginUrl, AdditionalFields,
    IsSigned, Signer, SignerHash, Issuer, IssuerHash, Count
};
inline constexpr std::size_t kColCount = std::size_t(Col::Count);

struct EventRow {
    std::int64_t time = 0;
    Table table = Table::Process;
    std::array<std::string_view, kColCount> cells{}; // written as is: quote them beforehand if needed
    std::string_view& operator[](Col c) { return cells[std::size_t(c)]; }
};

// Rows placed on purpose, with storage for the text they need beyond the file population.
class PlantedEvents {
public:
    std::string_view keep(std::string text) { return arena_.emplace_back(std::move(text)); }
    void add(const EventRow& row) { rows_.push_back(row); }
    const std::vector<EventRow>& rows() const { return rows_; }

    // Row builders shared by the scenario and the indicator sightings.
    void process(std::int64_t t, const DemoMachine& m, const DemoFile& file, const DemoFile& parent);
    void fileCreated(std::int64_t t, const DemoMachine& m, const DemoFile& file, const DemoFile& by, std::string_view originUrl);
    void network(std::int64_t t, const DemoMachine& m, std::string_view ip, std::string_view url, const DemoFile& by);
    void browserUrl(std::int64_t t, const DemoMachine& m, std::string_view url);
    void dnsQuery(std::int64_t t, const DemoMachine& m, std::string_view host);
    void antivirus(std::int64_t t, const DemoMachine& m, const DemoFile& file);
    void certificate(std::int64_t t, const DemoMachine& m, const DemoFile& file, std::string_view signer,
                     std::string_view signerHash);

private:
    std::vector<EventRow> rows_;
    std::deque<std::string> arena_;
};

class TelemetryWriter {
public:
    TelemetryWriter(const DemoOrganisation& organisation, const DemoFiles& files, std::uint64_t seed,
                    std::int64_t start, std::int64_t end);

    // Writes <dir>/*.csv with `events` event rows in total (planted ones included). An error
    // text, or empty. `cancel` is polled and `progress` called every few thousand rows.
    QString write(const QString& dir, const PlantedEvents& planted, qint64 events,
                  const std::function<void(qint64, qint64)>& progress, const std::function<bool()>& cancel);

    static const char* fileName(Table table);

private:
    // A host the machines talk to, with the cells its rows need precomputed.
    struct Destination {
        std::string host;
        std::string ip;
        std::string url;       // as the browser opened it
        std::string dnsFields; // the quoted AdditionalFields cell of a DNS inspection
        std::string_view port;
    };
    void buildDestinations();
    void buildMachineWeights();
    void background(Table table, DemoRandom& random, std::int64_t t, EventRow& row) const;

    const DemoOrganisation& organisation_;
    const DemoFiles& files_;
    std::uint64_t seed_;
    std::int64_t start_, end_;
    std::vector<Destination> destinations_;
    WeightedTable destinationWeights_;
    WeightedTable machineWeights_;
    WeightedTable signingMachineWeights_; // machines with signed files (not every Linux box)
};

} // namespace indicia::service::demo
