#pragma once
// A machine as the machine page shows it: its device group and OS, the events of it that
// the workspace's list matches with the outcome per event (from the engine's preview), the
// indicators in effect for its group, and the files seen on it (for pivots).

#include "models/entities/entity_context.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace indicia {

struct MachineEvent {
    QDateTime time;
    QString timeText;
    QString kind;
    QString field;    // telemetry field that matched
    QString observed; // its value
    QString fileHash; // the observed value when it is a file hash (a pivot)
    qint64 indicatorId = 0;
    QString indicatorValue;
    Action action = Action::Block;
    QString outcome;
    QString rule;
};

struct MachineProfile {
    QString name;
    QString deviceGroup;
    QString os; // from DeviceInfo, when loaded
    bool deviceInfoLoaded = false; // a DeviceInfo export is loaded (an empty os: not in it)
    QList<MachineEvent> events;
    QList<CoveringIndicator> inEffect;
    qint64 inEffectTotal = 0; // inEffect is capped for display
    QStringList files;        // strongest hash per file seen on it
};

class MachineProfileBuilder {
public:
    static constexpr int kMaxListed = 500;

    explicit MachineProfileBuilder(const EntityContext& context)
        : context_(context)
    {
    }
    MachineProfile build(const QString& machine) const;

private:
    void addMatchedEvents(MachineProfile& profile) const;
    void addIndicatorsInEffect(MachineProfile& profile) const;
    void addFilesSeen(MachineProfile& profile) const;
    void addOperatingSystem(MachineProfile& profile) const;
    const EntityContext& context_;
};

// Machine names compare like MachineGroups does: case-insensitive, by the first label.
bool sameMachine(std::string_view a, std::string_view b);

} // namespace indicia
