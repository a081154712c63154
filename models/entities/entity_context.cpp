#include "models/entities/entity_context.h"

#include "engine/match/event_matcher.h"
#include "engine/telemetry/telemetry_source.h"
#include "engine/timeutil.h"
#include "models/preview/preview_list.h"

#include <algorithm>

namespace indicia {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A synthetic event naming the entity's values, so the engine's matcher and precedence
// judge them as they would a real event on a machine of the group.
telemetry::Event eventFor(const std::vector<std::pair<telemetry::ValueKind, std::string>>& values)
{
    telemetry::Event event;
    event.machine = "indicia-entity";
    event.kind = "entity";
    for (const auto& [kind, value] : values)
        event.add(kind, telemetry::Subject::Target, "entity", value);
    return event;
}

} // namespace

void EntityContext::setTelemetry(const QStringList& paths)
{
    telemetry_ = paths;
    groups_ = {};
    deviceInfo_ = false;
    for (const QString& path : paths) {
        telemetry::TelemetrySource source;
        std::string error;
        if (!source.open(path.toStdString(), error) || !source.givesMachineGroups())
            continue;
        deviceInfo_ = deviceInfo_ || source.format() == telemetry::Format::DeviceInfo;
        telemetry::ScanStats stats;
        source.loadMachineGroups(groups_, stats);
    }
}

std::vector<std::string> EntityContext::telemetryPaths() const
{
    std::vector<std::string> out;
    for (const QString& path : telemetry_)
        out.push_back(path.toStdString());
    return out;
}

QString EntityContext::groupOf(const QString& machine) const
{
    return qs(groups_.groupOf(machine.toStdString()));
}

bool EntityContext::loadIndicators(const WorkspaceStore& store, QString& error)
{
    const TimePoint asOf = nowUtc();
    std::vector<match::ListedIndicator> list = preview::loadListed(store, preview::ListChoice::Draft, asOf, error);
    if (!error.isEmpty())
        return false;
    const auto model = preview::workspaceScopeModel(store, error);
    if (!model)
        return false;
    setIndicators(std::move(list), *model, asOf);
    return true;
}

void EntityContext::setIndicators(std::vector<match::ListedIndicator> list, match::ScopeModel model, TimePoint asOf)
{
    titles_.clear();
    for (const match::ListedIndicator& listed : list)
        titles_[listed.id] = listed.indicator.title;
    snapshot_ = match::Snapshot::build(list, asOf);
    scopeModel_ = model;
}

CoveringIndicator EntityContext::describe(std::uint32_t index) const
{
    const match::CompiledIndicator& compiled = snapshot_->indicators()[index];
    CoveringIndicator out;
    out.id = qint64(compiled.id);
    out.type = compiled.type;
    out.value = qs(snapshot_->valueOf(index));
    out.action = compiled.action;
    if (const auto title = titles_.find(compiled.id); title != titles_.end())
        out.title = qs(title->second);
    for (const std::string& group : snapshot_->scopeOf(compiled))
        out.scope << qs(group);
    return out;
}

std::vector<CoveringIndicator>
EntityContext::covering(const std::vector<std::pair<telemetry::ValueKind, std::string>>& values) const
{
    std::vector<CoveringIndicator> out;
    if (!snapshot_)
        return out;
    const telemetry::Event event = eventFor(values);
    std::vector<match::Hit> hits;
    for (std::uint32_t i = 0; i < event.observableCount; ++i)
        snapshot_->match(event, i, hits);
    std::vector<std::uint32_t> seen;
    for (const match::Hit& hit : hits) {
        if (std::find(seen.begin(), seen.end(), hit.indicator) != seen.end())
            continue;
        seen.push_back(hit.indicator);
        out.push_back(describe(hit.indicator));
    }
    return out;
}

GroupVerdict EntityContext::verdict(const std::vector<std::pair<telemetry::ValueKind, std::string>>& values,
                                    const QString& group) const
{
    GroupVerdict out;
    out.deviceGroup = group;
    out.rule = qs(match::ruleCode(match::Rule::NoCandidate));
    out.outcome = qs(match::outcomeCode({}, false));
    if (!snapshot_)
        return out;
    telemetry::MachineGroups groups;
    groups.setDefaultGroup(group.toStdString());
    match::EventMatcher matcher(*snapshot_, groups, scopeModel_);
    std::vector<match::SubjectDecision> decisions;
    std::string deviceGroup;
    const telemetry::Event event = eventFor(values);
    if (!matcher.match(event, decisions, deviceGroup) || decisions.empty())
        return out;
    const match::SubjectDecision& subject = decisions.front();
    const match::Decision& decision = subject.decision;
    out.rule = qs(match::ruleCode(decision.decidedBy));
    out.explanation = qs(decision.explanation);
    out.outcome = qs(match::outcomeCode(decision.outcome, decision.winner.has_value()));
    if (decision.winner) {
        const match::Candidate& winner = subject.candidates[*decision.winner];
        out.winnerId = qint64(winner.id);
        out.winnerValue = qs(winner.value);
        out.winnerType = winner.type;
        out.action = winner.action;
    }
    return out;
}

QDateTime parseTelemetryTime(const QString& text)
{
    QString iso = text.trimmed();
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    // Seven-digit fractions (MDE) are more than Qt reads: keep milliseconds.
    const qsizetype dot = iso.indexOf(u'.');
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < iso.size() && iso.at(end).isDigit())
            ++end;
        if (end - dot > 4)
            iso.remove(dot + 4, end - dot - 4);
    }
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    // No offset written means UTC in these exports (Sysmon UtcTime, MDE Timestamp).
    if (!iso.endsWith(u'Z') && !iso.contains(u'+') && iso.lastIndexOf(u'-') < 10)
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

} // namespace indicia
