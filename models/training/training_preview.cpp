#include "models/training/training_preview.h"

#include "models/preview/preview_list.h"
#include "models/store/workspace_store.h"

#include <QDir>
#include <QSet>

namespace indicia::training {

std::shared_ptr<const match::PreviewResult> runPreview(const WorkspaceStore& store, const demo::DemoData& data,
                                                       const QStringList& files, QString& error)
{
    const TimePoint now{std::chrono::seconds(store.now())};
    const std::vector<match::ListedIndicator> listed = preview::loadListed(store, preview::ListChoice::Draft, now, error);
    if (!error.isEmpty())
        return nullptr;
    const std::shared_ptr<const match::Snapshot> snapshot = match::Snapshot::build(listed, now);
    const QDir telemetry(QDir(data.dir()).filePath(QStringLiteral("telemetry")));
    std::vector<std::string> paths{telemetry.filePath(QStringLiteral("DeviceInfo.csv")).toStdString()};
    for (const QString& file : files)
        paths.push_back(telemetry.filePath(file).toStdString());
    match::PreviewOptions options;
    options.scopeModel = preview::workspaceScopeModel(store, error).value_or(match::ScopeModel::Seed);
    error.clear();
    auto result = std::make_shared<match::PreviewResult>(match::runPreview(*snapshot, paths, {}, options));
    for (const telemetry::RecordError& problem : result->errors) {
        if (problem.record == 0) { // a whole file could not be read
            error = QString::fromStdString(problem.source + ": " + problem.reason);
            return nullptr;
        }
    }
    return result;
}

std::vector<ValueDecision> decisionsFor(const match::PreviewResult& result, const QStringList& values)
{
    QSet<QString> wanted;
    for (const QString& value : values)
        wanted.insert(value.toLower());
    std::vector<ValueDecision> out;
    for (const match::PreviewEvent& event : result.events) {
        for (const match::SubjectDecision& subject : event.subjects) {
            bool involved = false;
            for (const match::Candidate& candidate : subject.candidates)
                involved = involved || wanted.contains(QString::fromStdString(candidate.value).toLower());
            if (!involved)
                continue;
            ValueDecision decision;
            decision.machine = QString::fromStdString(event.machine);
            decision.deviceGroup = QString::fromStdString(event.deviceGroup);
            if (const auto& winner = subject.decision.winner) {
                const match::Candidate& won = subject.candidates[*winner];
                decision.decided = true;
                decision.winnerValue = QString::fromStdString(won.value);
                decision.winnerType = won.type;
                decision.winnerAction = won.action;
                decision.outcome = subject.decision.outcome;
            }
            out.push_back(decision);
        }
    }
    return out;
}

bool blocksExecution(const match::Outcome& outcome)
{
    return outcome.prevention == match::Prevention::Block || outcome.prevention == match::Prevention::BlockAndQuarantine;
}

bool blocksConnection(const match::Outcome& outcome)
{
    return outcome.network == match::NetworkProtection::Block;
}

QString machineKey(const QString& name)
{
    return name.section(QLatin1Char('.'), 0, 0).toLower();
}

} // namespace indicia::training
