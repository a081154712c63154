#pragma once
// What the file and machine pages look things up in: the loaded telemetry files, the
// machine-to-group mapping they carry (DeviceInfo, machine,group CSV), and the workspace's
// indicator list compiled into an engine Snapshot, so that "which indicator wins here"
// is answered by the same precedence code the preview uses.

#include "engine/match/precedence.h"
#include "engine/match/snapshot.h"
#include "engine/telemetry/machine_groups.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace indicia {

class WorkspaceStore;

// An indicator that covers an entity, as the pages list it.
struct CoveringIndicator {
    qint64 id = 0;
    IndicatorType type = IndicatorType::FileSha256;
    QString value;
    Action action = Action::Block;
    QString title;
    QStringList scope; // empty: all devices
};

// Which indicator decides for one device group, and by which precedence rule.
struct GroupVerdict {
    QString deviceGroup; // empty: machines in no named group
    qint64 winnerId = 0; // 0: nothing decides
    QString winnerValue;
    IndicatorType winnerType = IndicatorType::FileSha256;
    Action action = Action::Block;
    QString rule;        // engine rule code ("hash-strength", "only-candidate", ...)
    QString outcome;     // engine outcome code ("block", "allow", ...)
    QString explanation;
};

class EntityContext {
public:
    void setTelemetry(const QStringList& paths);
    // The draft list of `store` (every indicator, as the Preview's default) and its scope model.
    bool loadIndicators(const WorkspaceStore& store, QString& error);
    void setIndicators(std::vector<match::ListedIndicator> list, match::ScopeModel model, TimePoint asOf);

    const QStringList& telemetry() const { return telemetry_; }
    std::vector<std::string> telemetryPaths() const;
    const telemetry::MachineGroups& machineGroups() const { return groups_; }
    // Whether a DeviceInfo export is among the telemetry (where machines' OS comes from).
    bool hasDeviceInfo() const { return deviceInfo_; }
    QString groupOf(const QString& machine) const;
    const match::Snapshot* snapshot() const { return snapshot_.get(); }
    match::ScopeModel scopeModel() const { return scopeModel_; }

    // Indicators matching any of `values` of the given kinds (hashes, thumbprints).
    std::vector<CoveringIndicator> covering(const std::vector<std::pair<telemetry::ValueKind, std::string>>& values) const;
    // Precedence for those values on a machine of `group`.
    GroupVerdict verdict(const std::vector<std::pair<telemetry::ValueKind, std::string>>& values,
                         const QString& group) const;
    CoveringIndicator describe(std::uint32_t snapshotIndex) const;

private:
    QStringList telemetry_;
    telemetry::MachineGroups groups_;
    bool deviceInfo_ = false;
    std::shared_ptr<const match::Snapshot> snapshot_;
    std::map<std::uint64_t, std::string> titles_;
    match::ScopeModel scopeModel_ = match::ScopeModel::Seed;
};

// Telemetry timestamps ("2023-10-18T14:37:28.2012261Z", Sysmon's "2023-07-19 16:02:23.992")
// as UTC; invalid when unreadable.
QDateTime parseTelemetryTime(const QString& text);

} // namespace indicia
