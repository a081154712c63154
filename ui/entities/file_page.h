#pragma once
// The file page: one file's identity joined across the loaded telemetry, where it was
// seen, the indicators that cover it and which one decides per device group; and the
// contextual actions (Add indicator, Block, Allow, Open in indicators). Reached by pivots
// (global search, a local file, an indicator row, a preview event), not by the page list.

#include "models/entities/file_profile.h"
#include "ui/entities/entity_tables.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace indicia {

class FileServiceLookup;
class IndicatorPane;
class WorkspaceController;

class FilePage : public QWidget {
    Q_OBJECT
public:
    FilePage(WorkspaceController& controller, TelemetryProvider telemetry, QWidget* parent = nullptr);

    // Builds the page for `hash`; `alsoKnown` are hashes of the same file known elsewhere
    // (a local file's digests). False when `hash` is not a file hash.
    bool showFile(const QString& hash, const QStringList& alsoKnown = {});
    const FileProfile& profile() const { return profile_; }
    QString currentHash() const { return profile_.query; }
    IndicatorPane* pane() const { return pane_; }
    // Optional: asks the service about the file when it is connected (skipped otherwise).
    void setServiceLookup(FileServiceLookup* lookup);

public slots:
    void refresh();
    void addIndicator();
    void block();
    void allow();
    void openInIndicators();

signals:
    void openIndicator(qint64 id);
    void openMachine(const QString& machine);

private:
    QWidget* buildHeader();
    QWidget* buildIdentity();
    QWidget* buildDetails();
    void fillIdentity();
    void fillTables();
    void updateActions();
    void openPane(Action action, int step);
    qint64 indicatorForStrongestHash() const;

    WorkspaceController& controller_;
    TelemetryProvider telemetry_;
    FileProfile profile_;
    QStringList alsoKnown_;
    FileServiceLookup* lookup_ = nullptr;
    QString serviceNote_;
    QLabel* title_ = nullptr;
    QLabel* subtitle_ = nullptr;
    QLabel* identity_ = nullptr;
    QLabel* prevalence_ = nullptr;
    QLabel* coverLabel_ = nullptr;
    QPushButton* add_ = nullptr;
    QPushButton* block_ = nullptr;
    QPushButton* allow_ = nullptr;
    QPushButton* openInIndicators_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QTableWidget* indicators_ = nullptr;
    QTableWidget* verdicts_ = nullptr;
    QTableWidget* machines_ = nullptr;
    QTableWidget* events_ = nullptr;
    IndicatorPane* pane_ = nullptr;
};

} // namespace indicia
