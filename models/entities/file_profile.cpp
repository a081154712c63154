#include "models/entities/file_profile.h"

#include "engine/entities/file_sightings.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace indicia {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void addUnique(QStringList& list, const std::string& value)
{
    const QString text = qs(value);
    if (!text.isEmpty() && !list.contains(text, Qt::CaseInsensitive))
        list << text;
}

void widen(QDateTime& first, QDateTime& last, const QDateTime& time)
{
    if (!time.isValid())
        return;
    if (!first.isValid() || time < first)
        first = time;
    if (!last.isValid() || time > last)
        last = time;
}

// Signer facts: the first record that states each wins (DeviceFileCertificateInfo rows
// and Sysmon image loads rarely disagree; when they do, the earlier export is kept).
void addSigner(FileProfile& profile, const entities::FileMention& file)
{
    const auto fill = [](QString& slot, const std::string& value) {
        if (slot.isEmpty())
            slot = qs(value);
    };
    fill(profile.signer, file.signer);
    fill(profile.issuer, file.issuer);
    fill(profile.certificateThumbprint, file.signerThumbprint);
    fill(profile.signatureStatus, file.signatureStatus);
    if (!profile.trusted)
        profile.trusted = file.trusted;
    if (!profile.microsoftRoot)
        profile.microsoftRoot = file.microsoftRoot;
    if (profile.size < 0)
        profile.size = file.size;
}

void addSighting(FileProfile& profile, QMap<QString, FileMachine>& machines, const EntityContext& context,
                 const entities::FileSighting& sighting)
{
    FileEvent event;
    event.timeText = qs(sighting.timestamp);
    event.time = parseTelemetryTime(event.timeText);
    event.machine = qs(sighting.machine);
    event.deviceGroup = context.groupOf(event.machine);
    event.kind = qs(sighting.kind);
    event.source = QFileInfo(context.telemetry().value(int(sighting.source))).fileName();
    event.record = qint64(sighting.record);
    if (sighting.file) {
        event.path = qs(sighting.file->path);
        addUnique(profile.names, sighting.file->name);
        addUnique(profile.paths, sighting.file->path);
        addSigner(profile, *sighting.file);
    }
    widen(profile.firstSeen, profile.lastSeen, event.time);
    if (!event.machine.isEmpty()) {
        // "WORKSTATION5" and "WORKSTATION5.theshire.local" are one machine (as MachineGroups
        // sees it): keyed by the first label, shown by the shorter name.
        FileMachine& machine = machines[event.machine.section(u'.', 0, 0).toLower()];
        if (machine.name.isEmpty() || event.machine.size() < machine.name.size())
            machine.name = event.machine;
        machine.deviceGroup = event.deviceGroup;
        ++machine.events;
        widen(machine.firstSeen, machine.lastSeen, event.time);
    }
    profile.events << event;
}

} // namespace

QString FileProfile::strongestHash() const
{
    return !sha256.isEmpty() ? sha256 : !sha1.isEmpty() ? sha1 : md5;
}

IndicatorType FileProfile::strongestType() const
{
    return !sha256.isEmpty() ? IndicatorType::FileSha256 : !sha1.isEmpty() ? IndicatorType::FileSha1
                                                                           : IndicatorType::FileMd5;
}

QString FileProfile::displayName() const
{
    return names.isEmpty() ? strongestHash() : names.first();
}

bool FileProfile::isMicrosoftSigned() const
{
    if (microsoftRoot)
        return *microsoftRoot;
    // Sysmon only names the signer: Microsoft's own signatures read "Microsoft Windows",
    // "Microsoft Corporation", "Microsoft Windows Publisher".
    return signer.startsWith(QStringLiteral("Microsoft "), Qt::CaseInsensitive)
        && signatureStatus.compare(QStringLiteral("Valid"), Qt::CaseInsensitive) == 0;
}

bool FileProfile::isTrustedPublisher() const
{
    if (trusted)
        return *trusted;
    return !signer.isEmpty() && signatureStatus.compare(QStringLiteral("Valid"), Qt::CaseInsensitive) == 0;
}

bool looksLikeFileHash(const QString& text)
{
    entities::FileHashes hashes;
    return entities::setHash(hashes, text.trimmed().toStdString());
}

FileProfile FileProfileBuilder::build(const QString& hash, const QStringList& alsoKnown) const
{
    FileProfile profile;
    profile.query = hash.trimmed();
    const entities::FileSearch search = entities::findFile(profile.query.toStdString(), context_.telemetryPaths());
    profile.sha256 = qs(search.hashes.sha256);
    profile.sha1 = qs(search.hashes.sha1);
    profile.md5 = qs(search.hashes.md5);
    for (const QString& other : alsoKnown) {
        entities::FileHashes known;
        if (entities::setHash(known, other.trimmed().toStdString())) {
            profile.sha256 = profile.sha256.isEmpty() ? qs(known.sha256) : profile.sha256;
            profile.sha1 = profile.sha1.isEmpty() ? qs(known.sha1) : profile.sha1;
            profile.md5 = profile.md5.isEmpty() ? qs(known.md5) : profile.md5;
        }
    }
    for (const std::string& error : search.errors)
        profile.errors << qs(error);
    QMap<QString, FileMachine> machines;
    for (const entities::FileSighting& sighting : search.sightings)
        addSighting(profile, machines, context_, sighting);
    for (const FileMachine& machine : machines)
        profile.machines << machine;
    std::sort(profile.machines.begin(), profile.machines.end(),
              [](const FileMachine& a, const FileMachine& b) { return a.events > b.events; });
    if (profile.isValid())
        addIndicators(profile);
    return profile;
}

void FileProfileBuilder::addIndicators(FileProfile& profile) const
{
    std::vector<std::pair<telemetry::ValueKind, std::string>> values;
    const auto add = [&values](telemetry::ValueKind kind, const QString& value) {
        if (!value.isEmpty())
            values.emplace_back(kind, value.toStdString());
    };
    add(telemetry::ValueKind::Sha256, profile.sha256);
    add(telemetry::ValueKind::Sha1, profile.sha1);
    add(telemetry::ValueKind::Md5, profile.md5);
    add(telemetry::ValueKind::CertificateThumbprint, profile.certificateThumbprint);
    for (const CoveringIndicator& indicator : context_.covering(values))
        profile.indicators << indicator;
    // The groups it was seen in, the groups its indicators name, and "no group".
    QStringList groups{QString()};
    for (const FileMachine& machine : profile.machines)
        if (!groups.contains(machine.deviceGroup, Qt::CaseInsensitive))
            groups << machine.deviceGroup;
    for (const CoveringIndicator& indicator : profile.indicators)
        for (const QString& group : indicator.scope)
            if (!groups.contains(group, Qt::CaseInsensitive))
                groups << group;
    for (const QString& group : groups)
        profile.verdicts << context_.verdict(values, group);
}

} // namespace indicia
