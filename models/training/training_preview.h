#pragma once
// What the exercises ask of a preview: run one synchronously over some demo telemetry
// files, and find, for a set of indicator values, how each matching event was decided.

#include "engine/match/preview.h"
#include "models/demo/demo_data.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace indicia {

class WorkspaceStore;

namespace training {

// The draft list of `store` over `files` (names in the demo's telemetry folder; DeviceInfo
// is always added so machines have their groups). nullptr with `error` on failure.
std::shared_ptr<const match::PreviewResult> runPreview(const WorkspaceStore& store, const demo::DemoData& data,
                                                       const QStringList& files, QString& error);

// One decision about an event that involves one of the values asked about.
struct ValueDecision {
    QString machine;
    QString deviceGroup;
    bool decided = false;     // some indicator won
    QString winnerValue;      // canonical value of the winner
    IndicatorType winnerType = IndicatorType::FileSha256;
    Action winnerAction = Action::Allowed;
    match::Outcome outcome;
};

// Every subject decision whose candidates include one of `values` (canonical, compared
// case-insensitively), in file order.
std::vector<ValueDecision> decisionsFor(const match::PreviewResult& result, const QStringList& values);

bool blocksExecution(const match::Outcome& outcome);
bool blocksConnection(const match::Outcome& outcome);

// The machine part of a name ("fin-lt-0042.example" and "FIN-LT-0042" are the same machine).
QString machineKey(const QString& name);

} // namespace training
} // namespace indicia
