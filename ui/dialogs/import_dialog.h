#pragma once
// Import indicators from an MDE template CSV or a plain list. A dry run checks the whole
// file first (on a worker thread, with progress and Cancel) and shows a status for each
// of its first rows; the user then picks "valid rows only" or "all or nothing" and
// imports. The import is one store operation, so it is one step on the undo stack.
//
// Open it with open() or exec(); drag-and-drop onto the window calls setFile().

#include "models/io/import_job.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace indicia {

class ImportPreviewFilter;
class ImportPreviewModel;
class ImportRunner;
class WorkspaceController;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(WorkspaceController& controller, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Checks `path` at once (a dry run); the user still confirms the import.
    void setFile(const QString& path);
    QString file() const { return file_; }
    bool isBusy() const;

public slots:
    // While a run is in progress, cancels it and closes once it has stopped.
    void reject() override;

signals:
    // A committed import (already on the undo stack).
    void imported(qint64 opId);

private:
    void buildUi();
    QWidget* buildModeBox();
    QWidget* buildStatusArea();
    void showMessage(QLabel* banner); // nullptr: none
    void loadTypedPath();
    void chooseFile();
    void saveSample();
    void startRun(bool dryRun);
    void onStarted(bool dryRun);
    void onProgress(qint64 rows, qint64 bytesRead, qint64 bytesTotal);
    void onFinished(const ImportOutcome& outcome);
    void showPreview(const ImportOutcome& outcome);
    void showResult(const ImportOutcome& outcome);
    void showRowDetail(int row);
    void showError(const QString& message);
    void setBusy(bool busy);
    void updateButtons();
    QString fileName() const;

    WorkspaceController& controller_;
    ImportRunner* runner_ = nullptr;
    ImportPreviewModel* model_ = nullptr;
    ImportPreviewFilter* filter_ = nullptr;
    QString file_;
    bool previewReady_ = false; // a dry run of file_ succeeded and was not imported yet
    bool closeWhenDone_ = false;

    QLineEdit* path_ = nullptr;
    QPushButton* chooseFile_ = nullptr;
    QPushButton* sampleCsv_ = nullptr;
    QLabel* error_ = nullptr;
    QLabel* counts_ = nullptr;
    QLineEdit* filterText_ = nullptr;
    QCheckBox* problemsOnly_ = nullptr;
    QLabel* quotaWarning_ = nullptr;
    QTableView* table_ = nullptr;
    QLabel* rowDetail_ = nullptr;
    QLabel* previewNote_ = nullptr;
    QRadioButton* validOnly_ = nullptr;
    QRadioButton* allOrNothing_ = nullptr;
    QButtonGroup* modeGroup_ = nullptr;
    QStackedWidget* status_ = nullptr; // idle, progress, summary or error: one fixed place
    QWidget* idle_ = nullptr;
    QWidget* progressRow_ = nullptr;
    QLabel* message_ = nullptr;        // the summary or error to show when not busy
    QLabel* progressLabel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* summary_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* close_ = nullptr;
};

} // namespace indicia
