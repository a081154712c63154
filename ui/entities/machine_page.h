#pragma once
// The machine page: a machine's device group and OS, the events of it that the list
// matches with the outcome per event, the indicators in effect for its group and the files
// seen on it. Pivots: a file (double-click an event or a file) and an indicator.

#include "models/entities/machine_profile.h"
#include "ui/entities/entity_tables.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace indicia {

class WorkspaceController;

class MachinePage : public QWidget {
    Q_OBJECT
public:
    MachinePage(WorkspaceController& controller, TelemetryProvider telemetry, QWidget* parent = nullptr);

    void showMachine(const QString& machine);
    QString currentMachine() const { return profile_.name; }
    const MachineProfile& profile() const { return profile_; }

public slots:
    void refresh();

signals:
    void openFile(const QString& hash);
    void openIndicator(qint64 id);

private:
    void fillTables();

    WorkspaceController& controller_;
    TelemetryProvider telemetry_;
    MachineProfile profile_;
    QLabel* title_ = nullptr;
    QLabel* summary_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QTableWidget* events_ = nullptr;
    QTableWidget* indicators_ = nullptr;
    QTableWidget* files_ = nullptr;
};

} // namespace indicia
