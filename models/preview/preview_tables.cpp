#include "models/preview/preview_tables.h"

#include "models/rules/indicator_rules.h"

#include <map>
#include <set>

namespace indicia {

namespace {
QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool isBlock(std::string_view outcome)
{
    return outcome == "block" || outcome == "block-and-quarantine";
}
} // namespace

PreviewFigures figuresOf(const match::PreviewResult& result)
{
    const match::PreviewSummary& s = result.summary;
    PreviewFigures f;
    f.eventsScanned = qint64(s.eventsScanned);
    f.eventsMatched = qint64(s.eventsMatched);
    f.wouldAlert = qint64(s.alerts);
    f.allowsOverridingDetection = qint64(s.allowsOverridingDetection);
    f.badRecordsSkipped = qint64(s.badRecordsSkipped);
    f.cancelled = result.cancelled;
    for (const auto& [outcome, n] : s.perOutcome) {
        f.perOutcome.insert(qs(outcome), qint64(n));
        if (isBlock(outcome))
            f.wouldBlock += qint64(n);
    }
    for (const auto& [group, n] : s.perDeviceGroup)
        f.perDeviceGroup.insert(qs(group), qint64(n));
    // A machine where every decided match is an Allow is not "affected": nothing would
    // change for its user. Counted apart, so the Allows are not lost from sight.
    std::set<std::string_view> affected, allowed;
    for (const match::PreviewEvent& event : result.events) {
        if (!event.hasWinner())
            continue;
        for (const match::SubjectDecision& subject : event.subjects)
            if (subject.decision.winner)
                (match::outcomeCode(subject.decision.outcome) == "allow" ? allowed : affected).insert(event.machine);
        const QDate day = QDate::fromString(qs(event.timestamp).left(10), Qt::ISODate);
        if (day.isValid())
            ++f.perDay[day];
    }
    f.machinesAffected = qint64(affected.size());
    for (std::string_view machine : allowed)
        f.machinesOnlyAllowed += !affected.count(machine);
    for (const telemetry::RecordError& e : result.errors)
        f.errors << (e.record ? QStringLiteral("%1:%2: %3").arg(qs(e.source)).arg(e.record).arg(qs(e.reason))
                              : QStringLiteral("%1: %2").arg(qs(e.source), qs(e.reason)));
    return f;
}

PreviewEventsModel::PreviewEventsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PreviewEventsModel::setResult(std::shared_ptr<const match::PreviewResult> result,
                                   std::shared_ptr<const match::Snapshot> snapshot)
{
    beginResetModel();
    result_ = std::move(result);
    snapshot_ = std::move(snapshot);
    rows_.clear();
    if (result_) {
        for (std::uint32_t e = 0; e < result_->events.size(); ++e) {
            const auto& subjects = result_->events[e].subjects;
            for (std::uint32_t s = 0; s < subjects.size(); ++s)
                if (subjects[s].decision.winner)
                    rows_.push_back({e, s});
        }
    }
    endResetModel();
}

int PreviewEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int PreviewEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewEventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[size_t(index.row())];
    const match::PreviewEvent& event = result_->events[row.event];
    const match::SubjectDecision& subject = event.subjects[row.subject];
    const match::Candidate& winner = subject.candidates[*subject.decision.winner];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return qs(subject.decision.explanation);
    case IndicatorIdRole: return QVariant::fromValue(qint64(winner.id));
    case MachineRole: return qs(event.machine);
    case FileHashRole: return isHashType(winner.type) ? qs(winner.value) : QString();
    case SortRole: return display(row, index.column());
    default: return {};
    }
}

QVariant PreviewEventsModel::display(const Row& row, int column) const
{
    const match::PreviewEvent& event = result_->events[row.event];
    const match::SubjectDecision& subject = event.subjects[row.subject];
    const std::size_t w = *subject.decision.winner;
    const match::Candidate& winner = subject.candidates[w];
    switch (column) {
    case Time: return qs(event.timestamp);
    case Machine: return qs(event.machine);
    case DeviceGroup: return qs(event.deviceGroup);
    case Kind: return qs(event.kind);
    case Field: return qs(subject.matched[w].field);
    case Indicator: return QString(rules::typeLabel(winner.type) + QStringLiteral(": ") + qs(winner.value));
    case Action: return rules::actionLabel(winner.action);
    case Outcome: return qs(match::outcomeCode(subject.decision.outcome));
    case DecidedBy: return qs(match::ruleCode(subject.decision.decidedBy));
    case Why: return qs(subject.decision.explanation);
    default: return {};
    }
}

QVariant PreviewEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Machine: return tr("Machine");
    case DeviceGroup: return tr("Device group");
    case Kind: return tr("Event");
    case Field: return tr("Field");
    case Indicator: return tr("Deciding indicator");
    case Action: return tr("Action");
    case Outcome: return tr("Outcome");
    case DecidedBy: return tr("Decided by");
    case Why: return tr("Why");
    default: return {};
    }
}

PreviewMachinesModel::PreviewMachinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PreviewMachinesModel::setResult(const match::PreviewResult& result)
{
    std::map<std::string, Row> byMachine;
    for (const match::PreviewEvent& event : result.events) {
        if (!event.hasWinner())
            continue;
        Row& row = byMachine[event.machine];
        row.machine = qs(event.machine);
        row.group = qs(event.deviceGroup);
        ++row.events;
        for (const match::SubjectDecision& s : event.subjects) {
            if (!s.decision.winner)
                continue;
            const std::string_view outcome = match::outcomeCode(s.decision.outcome);
            row.blocked += isBlock(outcome);
            row.allowed += outcome == "allow";
            row.alerts += s.decision.outcome.alert != match::CloudAlert::None;
        }
    }
    beginResetModel();
    rows_.clear();
    for (auto& [name, row] : byMachine)
        rows_.push_back(std::move(row));
    endResetModel();
}

int PreviewMachinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int PreviewMachinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewMachinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != SortRole))
        return {};
    const Row& row = rows_[size_t(index.row())];
    switch (index.column()) {
    case Machine: return row.machine;
    case DeviceGroup: return row.group;
    case Events: return row.events;
    case Blocked: return row.blocked;
    case Alerts: return row.alerts;
    case Allowed: return row.allowed;
    default: return {};
    }
}

QVariant PreviewMachinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Machine: return tr("Machine");
    case DeviceGroup: return tr("Device group");
    case Events: return tr("Matched events");
    case Blocked: return tr("Would block");
    case Alerts: return tr("Would alert");
    case Allowed: return tr("Allowed");
    default: return {};
    }
}

} // namespace indicia
