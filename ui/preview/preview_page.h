#pragma once
// The Preview page: which machines and events the draft (or synced) list would match in
// loaded telemetry, what each enforcement means would do and why, before anything is
// synced. Summary cards, charts, events and machines tables, and KQL for org-scale hunts.

#include "models/async/workspace_reader.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QListWidget;
class QModelIndex;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace indicia {

class PreviewCharts;
class PreviewEventsModel;
class PreviewMachinesModel;
class PreviewRunner;
class SummaryCard;
class WorkspaceController;

class PreviewPage : public QWidget {
    Q_OBJECT
public:
    PreviewPage(WorkspaceController& controller, QWidget* parent = nullptr);

    void setTelemetryFiles(const QStringList& paths);
    QStringList telemetryFiles() const;
    PreviewRunner* runner() const { return runner_; }

public slots:
    void run();
    void cancel();

signals:
    // The deciding indicator in the Indicators page (see openEvent).
    void openIndicator(qint64 id);
    // A machine's page (the Machine column, the Machines table) and a file's page.
    void openMachine(const QString& machine);
    void openFile(const QString& hash);
    void finished();

private:
    QWidget* buildControls();
    QWidget* buildCards();
    QWidget* buildResults();
    void addFiles();
    void onFinished(bool cancelled);
    // The KQL is built only when its tab is shown (on the workspace reader's thread):
    // updateHunting() marks it stale, and builds it at once if the tab is showing.
    void updateHunting();
    void buildHunting();
    void setRunning(bool running);
    void showEventMenu(const QPoint& pos);
    // Double-click on an event: the Machine column opens the machine page; an event decided
    // by a file hash opens that file's page; any other, its deciding indicator.
    void openEvent(const QModelIndex& index);

    WorkspaceController& controller_;
    PreviewRunner* runner_ = nullptr;
    QComboBox* list_ = nullptr;
    QComboBox* scopeModel_ = nullptr;
    QListWidget* files_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    std::array<SummaryCard*, 5> cards_{};
    PreviewCharts* charts_ = nullptr;
    PreviewEventsModel* events_ = nullptr;
    PreviewMachinesModel* machines_ = nullptr;
    QTableView* eventsView_ = nullptr;
    QTableView* machinesView_ = nullptr;
    QTabWidget* tables_ = nullptr;
    QWidget* huntingTab_ = nullptr;
    QPlainTextEdit* hunting_ = nullptr;
    QPushButton* copyKql_ = nullptr;
    bool huntingStale_ = true;
    WorkspaceReader::Channel huntingJobs_;
};

} // namespace indicia
