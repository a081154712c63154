#include "models/entities/machine_profile.h"

#include "engine/entities/record_search.h"
#include "engine/match/preview.h"
#include "engine/telemetry/telemetry_source.h"

#include <algorithm>
#include <cctype>

namespace indicia {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string_view firstLabel(std::string_view name)
{
    return name.substr(0, name.find('.'));
}

bool isHashKind(telemetry::ValueKind kind)
{
    return kind == telemetry::ValueKind::Sha256 || kind == telemetry::ValueKind::Sha1
        || kind == telemetry::ValueKind::Md5;
}

int strength(telemetry::ValueKind kind)
{
    return kind == telemetry::ValueKind::Sha256 ? 3 : kind == telemetry::ValueKind::Sha1 ? 2 : 1;
}

} // namespace

bool sameMachine(std::string_view a, std::string_view b)
{
    const std::string_view x = firstLabel(a), y = firstLabel(b);
    return x.size() == y.size() && std::equal(x.begin(), x.end(), y.begin(), [](char p, char q) {
               return std::tolower(static_cast<unsigned char>(p)) == std::tolower(static_cast<unsigned char>(q));
           });
}

MachineProfile MachineProfileBuilder::build(const QString& machine) const
{
    MachineProfile profile;
    profile.name = machine;
    profile.deviceGroup = context_.groupOf(machine);
    profile.deviceInfoLoaded = context_.hasDeviceInfo();
    addOperatingSystem(profile);
    addMatchedEvents(profile);
    addIndicatorsInEffect(profile);
    addFilesSeen(profile);
    return profile;
}

void MachineProfileBuilder::addMatchedEvents(MachineProfile& profile) const
{
    if (!context_.snapshot())
        return;
    const std::string name = profile.name.toStdString();
    match::PreviewOptions options;
    options.scopeModel = context_.scopeModel();
    options.threads = 1; // the page waits for it; the files are the user's, usually small
    const match::PreviewResult result =
        match::runPreview(*context_.snapshot(), context_.telemetryPaths(), context_.machineGroups(), options);
    for (const match::PreviewEvent& event : result.events) {
        if (!sameMachine(event.machine, name))
            continue;
        for (const match::SubjectDecision& subject : event.subjects) {
            MachineEvent row;
            row.timeText = qs(event.timestamp);
            row.time = parseTelemetryTime(row.timeText);
            row.kind = qs(event.kind);
            row.rule = qs(match::ruleCode(subject.decision.decidedBy));
            row.outcome = qs(match::outcomeCode(subject.decision.outcome, subject.decision.winner.has_value()));
            const std::size_t shown = subject.decision.winner.value_or(0);
            if (shown < subject.matched.size()) {
                row.field = qs(subject.matched[shown].field);
                row.observed = qs(subject.matched[shown].observedValue);
            }
            if (subject.decision.winner) {
                const match::Candidate& winner = subject.candidates[shown];
                row.indicatorId = qint64(winner.id);
                row.indicatorValue = qs(winner.value);
                row.action = winner.action;
                if (isHashType(winner.type))
                    row.fileHash = row.observed;
            }
            profile.events << row;
        }
    }
}

void MachineProfileBuilder::addIndicatorsInEffect(MachineProfile& profile) const
{
    const match::Snapshot* snapshot = context_.snapshot();
    if (!snapshot)
        return;
    const int group = snapshot->groupId(profile.deviceGroup.toStdString());
    const auto indicators = snapshot->indicators();
    for (std::uint32_t i = 0; i < indicators.size(); ++i) {
        if (!indicators[i].allDevices() && !snapshot->covers(indicators[i], group))
            continue;
        if (++profile.inEffectTotal <= kMaxListed)
            profile.inEffect << context_.describe(i);
    }
}

void MachineProfileBuilder::addFilesSeen(MachineProfile& profile) const
{
    const std::string name = profile.name.toStdString();
    for (const std::string& path : context_.telemetryPaths()) {
        telemetry::TelemetrySource source;
        std::string error;
        if (!source.open(path, error) || source.givesMachineGroups())
            continue;
        const std::vector<std::size_t> cuts = source.split(1);
        telemetry::ScanStats stats;
        source.scan(cuts.front(), cuts.back(), [&](const telemetry::Event& event) {
            if (profile.files.size() >= kMaxListed || !sameMachine(event.machine, name))
                return;
            // The event's file and the process that caused it are both files seen here.
            for (const auto subject : {telemetry::Subject::Target, telemetry::Subject::InitiatingProcess}) {
                const telemetry::Observable* best = nullptr;
                for (std::size_t i = 0; i < event.observableCount; ++i) {
                    const telemetry::Observable& o = event.observables[i];
                    if (o.subject == subject && isHashKind(o.kind) && (!best || strength(o.kind) > strength(best->kind)))
                        best = &o;
                }
                const QString hash = best ? qs(best->value).toLower() : QString();
                if (!hash.isEmpty() && !profile.files.contains(hash))
                    profile.files << hash;
            }
        }, stats);
    }
}

void MachineProfileBuilder::addOperatingSystem(MachineProfile& profile) const
{
    const std::string label(firstLabel(profile.name.toStdString()));
    for (const std::string& path : context_.telemetryPaths()) {
        std::string error;
        entities::searchRecords(path, {label}, [&](const entities::Record& record) {
            const std::string_view platform = record.value({"OSPlatform"});
            if (platform.empty() || !sameMachine(record.value({"DeviceName"}), label))
                return;
            profile.os = qs(platform);
            if (const std::string_view version = record.value({"OSVersion", "OSBuild"}); !version.empty())
                profile.os += QStringLiteral(" ") + qs(version);
        }, error);
    }
}

} // namespace indicia
