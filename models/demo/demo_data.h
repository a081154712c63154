#pragma once
// The demo organisation as the console reads it: what `indicia-tenant --demo-seed N` (see
// service/demo) wrote into its demo directory. The console never links the generator; it
// reads these files, so the same directory serves the GUI, the CLI and the tests:
//   clients.json   the personas (tenant client accounts plus "persona" and "displayName")
//   scenario.json  the values planted for the training exercises
//   seed.json      device groups and machines
//   indicators.json the tenant's starting list (the expired ones never reach the tenant)
//   telemetry/     Advanced Hunting CSV exports, DeviceInfo.csv among them
//   report.txt     a threat report for the import exercise

#include "engine/indicator.h"
#include "models/store/store_session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace indicia::demo {

struct DemoPersona {
    QString id;      // the tenant client id, also the workspace user
    QString secret;  // loopback demo credential, kept in memory only
    QString persona; // "global-admin", "soc-analyst", "auditor"
    QString role;    // tenant role: admin, analyst, reader
    QString displayName;
    QStringList groups; // empty: every device group

    StoreSession session() const;
};

struct TypedValue {
    IndicatorType type = IndicatorType::FileSha256;
    QString value; // canonical
};

// The values the exercises are built around (canonical forms).
struct DemoScenario {
    struct Dropper {
        QString sha256, sha1, md5, fileName;
        QStringList financeMachines, buildMachines;
    } dropper;
    struct FalsePositive {
        QString sha256, fileName, detectingIndicatorValue;
        QStringList groups;
    } falsePositive;
    struct Report {
        QString file; // absolute path
        std::vector<TypedValue> valid;
        int invalidCount = 0;
    } report;
    struct ShadowedBlock {
        TypedValue block, allow;
        QString machine;
    } shadowedBlock;
    TypedValue conflict;
};

struct DemoGroup {
    QString id, name;
    int rank = 0;
};

struct DemoMachine {
    QString id, name, group, os;
    std::optional<TimePoint> lastSeen;
};

class DemoData {
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // Reads the demo directory; nullopt with `error` naming the file and the reason.
    static std::optional<DemoData> load(const QString& dir, QString& error);

    QString dir() const { return dir_; }
    const std::vector<DemoPersona>& personas() const { return personas_; }
    const DemoPersona* persona(const QString& personaOrId) const;
    const DemoScenario& scenario() const { return scenario_; }
    const std::vector<DemoGroup>& groups() const { return groups_; }
    const std::vector<DemoMachine>& machines() const { return machines_; }
    // indicators.json entries whose expiry is not after `now`: the service deleted them,
    // the workspace keeps them greyed until purged.
    const std::vector<Indicator>& expiredIndicators() const { return expired_; }
    // Every telemetry file, DeviceInfo.csv included, sorted.
    QStringList telemetryFiles() const;

private:
    QString loadPersonas(const QString& path);
    QString loadScenario(const QString& path);
    QString loadSeed(const QString& path);
    QString loadExpired(const QString& path);

    QString dir_;
    std::vector<DemoPersona> personas_;
    DemoScenario scenario_;
    std::vector<DemoGroup> groups_;
    std::vector<DemoMachine> machines_;
    std::vector<Indicator> expired_;
};

} // namespace indicia::demo
