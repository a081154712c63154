#include "service/demo/demo_telemetry_writer.h"

#include "service/demo/demo_public_iocs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace indicia::service::demo {

namespace {

struct TableSpec {
    const char* file;
    std::vector<Col> columns; // after Timestamp
    int perMille;             // share of the background rows
};

const TableSpec& tableSpec(Table table)
{
    using C = Col;
    static const std::array<TableSpec, kTableCount> kTables = {{
        {"DeviceProcessEvents.csv",
         {C::DeviceName, C::ActionType, C::FileName, C::SHA1, C::SHA256, C::MD5, C::InitiatingProcessFileName,
          C::InitiatingProcessSHA1, C::InitiatingProcessSHA256}, 170},
        {"DeviceImageLoadEvents.csv",
         {C::DeviceName, C::ActionType, C::FileName, C::SHA1, C::SHA256, C::InitiatingProcessFileName,
          C::InitiatingProcessSHA1}, 200},
        {"DeviceFileEvents.csv",
         {C::DeviceName, C::ActionType, C::FileName, C::SHA1, C::SHA256, C::FileOriginUrl,
          C::InitiatingProcessFileName, C::InitiatingProcessSHA1}, 110},
        {"DeviceNetworkEvents.csv",
         {C::DeviceName, C::ActionType, C::RemoteIP, C::RemotePort, C::RemoteUrl, C::InitiatingProcessFileName,
          C::InitiatingProcessSHA1}, 270},
        {"DeviceEvents.csv",
         {C::DeviceName, C::ActionType, C::FileName, C::SHA1, C::SHA256, C::RemoteUrl, C::AdditionalFields}, 190},
        {"DeviceFileCertificateInfo.csv",
         {C::DeviceName, C::SHA1, C::IsSigned, C::Signer, C::SignerHash, C::Issuer, C::IssuerHash}, 60},
    }};
    return kTables[std::size_t(table)];
}

constexpr std::string_view kColNames[kColCount] = {
    "DeviceName", "ActionType", "FileName", "SHA1", "SHA256", "MD5", "InitiatingProcessFileName",
    "InitiatingProcessSHA1", "InitiatingProcessSHA256", "RemoteIP", "RemotePort", "RemoteUrl", "FileOriginUrl",
    "AdditionalFields", "IsSigned", "Signer", "SignerHash", "Issuer", "IssuerHash"};

// Appends to a large buffer and hands it to the file in big writes.
class CsvOut {
public:
    static constexpr std::size_t kFlushAt = 4u << 20;
    explicit CsvOut(const QString& path) : file_(path) { buffer_.reserve(kFlushAt + 4096); }
    bool open() { return file_.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    void put(std::string_view text) { buffer_.append(text); }
    void put(char c) { buffer_.push_back(c); }
    // "2026-10-05T12:34:56Z", the date part cached per day.
    void time(std::int64_t t)
    {
        const std::int64_t day = t / 86400;
        if (day != day_) {
            day_ = day;
            dayText_ = isoTime(day * 86400).substr(0, 11);
        }
        buffer_.append(dayText_);
        const int s = int(t - day * 86400);
        const char text[9] = {char('0' + s / 36000), char('0' + s / 3600 % 10), ':', char('0' + s / 600 % 6),
                              char('0' + s / 60 % 10), ':', char('0' + s % 60 / 10), char('0' + s % 10), 'Z'};
        buffer_.append(text, sizeof text);
    }
    bool endRow()
    {
        buffer_.push_back('\n');
        return buffer_.size() < kFlushAt || flush();
    }
    bool flush()
    {
        const bool ok = file_.write(buffer_.data(), qint64(buffer_.size())) == qint64(buffer_.size());
        buffer_.clear();
        return ok;
    }
    bool close() { return flush() && (file_.close(), file_.error() == QFileDevice::NoError); }
    QString errorString() const { return file_.errorString(); }

private:
    QFile file_;
    std::string buffer_;
    std::int64_t day_ = -1;
    std::string dayText_;
};

void writeRow(CsvOut& out, const TableSpec& spec, const EventRow& row)
{
    out.time(row.time);
    for (const Col c : spec.columns) {
        out.put(',');
        out.put(row.cells[std::size_t(c)]);
    }
}

// Planted rows carry public values (URLs may hold commas or quotes): quote those cells.
// AdditionalFields arrives quoted already.
void writePlantedRow(CsvOut& out, const TableSpec& spec, const EventRow& row)
{
    out.time(row.time);
    for (const Col c : spec.columns) {
        const std::string_view cell = row.cells[std::size_t(c)];
        out.put(',');
        if (c == Col::AdditionalFields || cell.find_first_of(",\"\r\n") == std::string_view::npos) {
            out.put(cell);
            continue;
        }
        out.put('"');
        for (const char ch : cell) {
            if (ch == '"')
                out.put('"');
            out.put(ch);
        }
        out.put('"');
    }
}

} // namespace

// ---- Planted rows ------------------------------------------------------------------------

void PlantedEvents::process(std::int64_t t, const DemoMachine& m, const DemoFile& file, const DemoFile& parent)
{
    EventRow row{t, Table::Process, {}};
    row[Col::DeviceName] = m.name;
    row[Col::ActionType] = "ProcessCreated";
    row[Col::FileName] = file.name;
    row[Col::SHA1] = file.sha1;
    row[Col::SHA256] = file.sha256;
    row[Col::MD5] = file.md5;
    row[Col::InitiatingProcessFileName] = parent.name;
    row[Col::InitiatingProcessSHA1] = parent.sha1;
    row[Col::InitiatingProcessSHA256] = parent.sha256;
    add(row);
}

void PlantedEvents::fileCreated(std::int64_t t, const DemoMachine& m, const DemoFile& file, const DemoFile& by,
                                std::string_view originUrl)
{
    EventRow row{t, Table::File, {}};
    row[Col::DeviceName] = m.name;
    row[Col::ActionType] = "FileCreated";
    row[Col::FileName] = file.name;
    row[Col::SHA1] = file.sha1;
    row[Col::SHA256] = file.sha256;
    row[Col::FileOriginUrl] = originUrl;
    row[Col::InitiatingProcessFileName] = by.name;
    row[Col::InitiatingProcessSHA1] = by.sha1;
    add(row);
}

void PlantedEvents::network(std::int64_t t, const DemoMachine& m, std::string_view ip, std::string_view url,
                            const DemoFile& by)
{
    EventRow row{t, Table::Network, {}};
    row[Col::DeviceName] = m.name;
    row[Col::ActionType] = "ConnectionSuccess";
    row[Col::RemoteIP] = ip;
    row[Col::RemotePort] = url.starts_with("http://") ? "80" : "443";
    row[Col::RemoteUrl] = url;
    row[Col::InitiatingProcessFileName] = by.name;
    row[Col::InitiatingProcessSHA1] = by.sha1;
    add(row);
}

void PlantedEvents::browserUrl(std::int64_t t, const DemoMachine& m, std::string_view url)
{
    EventRow row{t, Table::Events, {}};
    row[Col::DeviceName] = m.name;
    row[Col::ActionType] = "BrowserLaunchedToOpenUrl";
    row[Col::RemoteUrl] = url;
    add(row);
}

void PlantedEvents::dnsQuery(std::int64_t t, const DemoMachine& m, std::string_view host)
{
    EventRow row{t, Table::Events, {}};
    row[Col::DeviceName] = m.name;
    row[Col::ActionType] = "DnsConnectionInspected";
    row[Col::AdditionalFields] = keep("\"{\"\"query\"\":\"\"" + std::string(host) + "\"\"}\"");
    add(row);
}

void PlantedEvents::antivirus(std::int64_t t, const DemoMachine& m, const DemoFile& file)
{
    EventRow row{t, Table::Events, {}};
    row[Col::DeviceName] = m.name;
    row[Col::ActionType] = "AntivirusDetection";
    row[Col::FileName] = file.name;
    row[Col::SHA1] = file.sha1;
    row[Col::SHA256] = file.sha256;
    add(row);
}

void PlantedEvents::certificate(std::int64_t t, const DemoMachine& m, const DemoFile& file, std::string_view signer,
                                std::string_view signerHash)
{
    EventRow row{t, Table::Certificate, {}};
    row[Col::DeviceName] = m.name;
    row[Col::SHA1] = file.sha1;
    row[Col::IsSigned] = "1";
    row[Col::Signer] = signer;
    row[Col::SignerHash] = signerHash;
    add(row);
}

// ---- Background rows ---------------------------------------------------------------------

TelemetryWriter::TelemetryWriter(const DemoOrganisation& organisation, const DemoFiles& files, std::uint64_t seed,
                                 std::int64_t start, std::int64_t end)
    : organisation_(organisation), files_(files), seed_(seed), start_(start), end_(end)
{
    buildDestinations();
    buildMachineWeights();
}

const char* TelemetryWriter::fileName(Table table) { return tableSpec(table).file; }

void TelemetryWriter::buildDestinations()
{
    DemoRandom random(seed_, 40);
    std::vector<std::string> hosts;
    for (const char* internal : {"intranet", "mail", "erp", "git", "build-cache", "wiki"})
        hosts.push_back(std::string(internal) + "." + DemoOrganisation::kDomain);
    std::vector<std::string> popular(public_iocs::popularDomains().begin(), public_iocs::popularDomains().end());
    for (std::size_t i = popular.size(); i > 1; --i) // Fisher-Yates: popularity order unrelated to the name
        std::swap(popular[i - 1], popular[std::size_t(random.below(i))]);
    hosts.insert(hosts.end(), popular.begin(), popular.end());
    static constexpr std::array kPrefixes = {"13.107.", "20.190.", "52.96.", "142.250.", "151.101.", "104.16.", "23.45.", "34.117."};
    for (std::size_t k = 0; k < hosts.size(); ++k) {
        Destination d;
        d.host = hosts[k];
        const bool internal = d.host.ends_with(DemoOrganisation::kDomain);
        d.ip = internal ? "10.10.0." + std::to_string(10 + k)
                        : kPrefixes[random.below(kPrefixes.size())] + std::to_string(random.between(1, 254)) + "."
                              + std::to_string(random.between(1, 254));
        d.url = "https://" + d.host + "/";
        d.dnsFields = "\"{\"\"query\"\":\"\"" + d.host + "\"\"}\"";
        d.port = "443";
        destinations_.push_back(std::move(d));
        destinationWeights_.add(1'000'000 / (k + 1)); // Zipf: a few hosts get most of the traffic
    }
}

void TelemetryWriter::buildMachineWeights()
{
    for (std::size_t m = 0; m < organisation_.machines().size(); ++m) {
        const DemoMachine& machine = organisation_.machines()[m];
        const bool build = organisation_.groups()[std::size_t(machine.group)].name == "Build servers";
        machineWeights_.add(build ? 8 : machine.server ? 5 : 3);
        signingMachineWeights_.add(files_.of(int(m)).signedFiles.empty() ? 0 : 3);
    }
}

void TelemetryWriter::background(Table table, DemoRandom& random, std::int64_t t, EventRow& row) const
{
    const auto& all = files_.files();
    const bool signing = table == Table::Certificate;
    const std::size_t mi = (signing ? signingMachineWeights_ : machineWeights_).pick(random);
    const DemoMachine& m = organisation_.machines()[mi];
    const MachineFiles& mine = files_.of(int(mi));
    const auto pickFrom = [&random, &all](const std::vector<std::uint32_t>& list, int skew) -> const DemoFile& {
        return all[list[random.skewed(list.size(), skew)]];
    };
    row.time = t;
    row.table = table;
    row.cells.fill({});
    row[Col::DeviceName] = m.name;
    switch (table) {
    case Table::Process: {
        const DemoFile& parent = pickFrom(mine.parents, 2);
        const DemoFile& file = pickFrom(mine.executables, 2);
        row[Col::ActionType] = "ProcessCreated";
        row[Col::FileName] = file.name;
        row[Col::SHA1] = file.sha1;
        row[Col::SHA256] = file.sha256;
        row[Col::MD5] = file.md5;
        row[Col::InitiatingProcessFileName] = parent.name;
        row[Col::InitiatingProcessSHA1] = parent.sha1;
        row[Col::InitiatingProcessSHA256] = parent.sha256;
        break;
    }
    case Table::ImageLoad: {
        const DemoFile& process = pickFrom(mine.executables, 2);
        const DemoFile& library = pickFrom(mine.libraries, 2);
        row[Col::ActionType] = "ImageLoaded";
        row[Col::FileName] = library.name;
        row[Col::SHA1] = library.sha1;
        row[Col::SHA256] = library.sha256;
        row[Col::InitiatingProcessFileName] = process.name;
        row[Col::InitiatingProcessSHA1] = process.sha1;
        break;
    }
    case Table::File: {
        const bool document = !mine.documents.empty() && random.chance(600);
        const DemoFile& file = document ? pickFrom(mine.documents, 1) : pickFrom(mine.executables, 3);
        const DemoFile& by = pickFrom(mine.executables, 2);
        row[Col::ActionType] = random.chance(700) ? "FileCreated" : "FileModified";
        row[Col::FileName] = file.name;
        row[Col::SHA1] = file.sha1;
        row[Col::SHA256] = file.sha256;
        row[Col::InitiatingProcessFileName] = by.name;
        row[Col::InitiatingProcessSHA1] = by.sha1;
        break;
    }
    case Table::Network: {
        const Destination& d = destinations_[destinationWeights_.pick(random)];
        const DemoFile& by = pickFrom(mine.executables, 2);
        row[Col::ActionType] = "ConnectionSuccess";
        row[Col::RemoteIP] = d.ip;
        row[Col::RemotePort] = d.port;
        row[Col::RemoteUrl] = d.host;
        row[Col::InitiatingProcessFileName] = by.name;
        row[Col::InitiatingProcessSHA1] = by.sha1;
        break;
    }
    case Table::Events: {
        const Destination& d = destinations_[destinationWeights_.pick(random)];
        if (random.chance(750)) {
            row[Col::ActionType] = "DnsConnectionInspected";
            row[Col::AdditionalFields] = d.dnsFields;
        } else {
            row[Col::ActionType] = "BrowserLaunchedToOpenUrl";
            row[Col::RemoteUrl] = d.url;
        }
        break;
    }
    case Table::Certificate: {
        const DemoFile& file = pickFrom(mine.signedFiles, 2);
        const DemoSigner& signer = files_.signers()[std::size_t(file.signer)];
        row[Col::SHA1] = file.sha1;
        row[Col::IsSigned] = "1";
        row[Col::Signer] = signer.name;
        row[Col::SignerHash] = signer.thumbprint;
        row[Col::Issuer] = signer.issuer;
        row[Col::IssuerHash] = signer.issuerThumbprint;
        break;
    }
    case Table::Count: break;
    }
}

QString TelemetryWriter::write(const QString& dir, const PlantedEvents& planted, qint64 events,
                               const std::function<void(qint64, qint64)>& progress, const std::function<bool()>& cancel)
{
    if (!QDir().mkpath(dir))
        return QCoreApplication::translate("TelemetryWriter", "Cannot create %1.").arg(dir);
    // DeviceInfo: which group each machine is in, the preview's machine-to-group source.
    {
        CsvOut out(dir + QStringLiteral("/DeviceInfo.csv"));
        if (!out.open())
            return QCoreApplication::translate("TelemetryWriter", "Cannot write %1: %2").arg(dir, out.errorString());
        out.put("Timestamp,DeviceId,DeviceName,OSPlatform,MachineGroup\n");
        for (const DemoMachine& m : organisation_.machines()) {
            out.time(m.lastSeen);
            for (const std::string_view cell : {std::string_view(m.id), std::string_view(m.name), std::string_view(m.osPlatform),
                                                std::string_view(organisation_.groups()[std::size_t(m.group)].name)}) {
                out.put(',');
                out.put(cell);
            }
            out.endRow();
        }
        if (!out.close())
            return QCoreApplication::translate("TelemetryWriter", "Cannot write %1: %2").arg(dir, out.errorString());
    }
    std::array<std::vector<EventRow>, kTableCount> plantedBy;
    for (const EventRow& row : planted.rows())
        plantedBy[std::size_t(row.table)].push_back(row);
    for (auto& rows : plantedBy)
        std::stable_sort(rows.begin(), rows.end(), [](const EventRow& a, const EventRow& b) { return a.time < b.time; });

    const qint64 backgroundTotal = std::max<qint64>(0, events - qint64(planted.rows().size()));
    qint64 assigned = 0, done = 0;
    const qint64 total = backgroundTotal + qint64(planted.rows().size());
    const std::int64_t span = end_ - start_;
    for (std::size_t t = 0; t < kTableCount; ++t) {
        const Table table = Table(t);
        const TableSpec& spec = tableSpec(table);
        const qint64 rows = t + 1 == kTableCount ? backgroundTotal - assigned : backgroundTotal * spec.perMille / 1000;
        assigned += rows;
        CsvOut out(dir + QLatin1Char('/') + QLatin1String(spec.file));
        if (!out.open())
            return QCoreApplication::translate("TelemetryWriter", "Cannot write %1: %2").arg(dir, out.errorString());
        out.put("Timestamp");
        for (const Col c : spec.columns) {
            out.put(',');
            out.put(kColNames[std::size_t(c)]);
        }
        out.put('\n');
        DemoRandom random(seed_, 100 + t); // one stream per table
        const std::vector<EventRow>& extra = plantedBy[t];
        std::size_t next = 0;
        EventRow row;
        for (qint64 i = 0; i < rows; ++i) {
            // Evenly spread over the window, jittered within each row's slot: rows come out in
            // time order without sorting a million of them.
            const std::int64_t slot = std::int64_t(i) * span / std::max<qint64>(rows, 1);
            const std::int64_t width = std::max<std::int64_t>(1, span / std::max<qint64>(rows, 1));
            background(table, random, start_ + slot + std::int64_t(random.below(std::uint64_t(width))), row);
            for (; next < extra.size() && extra[next].time <= row.time; ++next, ++done) {
                writePlantedRow(out, spec, extra[next]);
                out.endRow();
            }
            writeRow(out, spec, row);
            if (!out.endRow())
                return QCoreApplication::translate("TelemetryWriter", "Cannot write %1: %2").arg(dir, out.errorString());
            if ((++done & 0xFFFF) == 0) {
                if (cancel && cancel())
                    return QCoreApplication::translate("TelemetryWriter", "Cancelled.");
                if (progress)
                    progress(done, total);
            }
        }
        for (; next < extra.size(); ++next, ++done) {
            writePlantedRow(out, spec, extra[next]);
            out.endRow();
        }
        if (!out.close())
            return QCoreApplication::translate("TelemetryWriter", "Cannot write %1: %2").arg(dir, out.errorString());
    }
    if (progress)
        progress(total, total);
    return {};
}

} // namespace indicia::service::demo
