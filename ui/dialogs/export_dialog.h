#pragma once
// Export indicators: the selected rows, the current tab or everything, in a chosen format
// (MDE CSV now), to a file picked through the save seam. Warns before writing when the
// result would not fit MDE (more than 15,000 indicators, IP ranges it refuses). Expired
// indicators are never exported.

#include "models/io/indicator_export.h"

#include <QDialog>
#include <QList>

#include <cstdint>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace indicia {

class WorkspaceController;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `selectedIds`: the rows selected in the current tab (may be empty).
    ExportDialog(WorkspaceController& controller, TabKind currentTab, QList<std::int64_t> selectedIds,
                 QWidget* parent = nullptr);

    ExportSelection selection() const;
    ExportFormat format() const;

signals:
    void exported(const QString& path, qint64 count);

private:
    void buildUi();
    QWidget* buildScopeBox();
    void updateSurvey();
    void runExport();
    QString suggestedPath() const;

    WorkspaceController& controller_;
    TabKind currentTab_;
    QList<std::int64_t> selectedIds_;

    QRadioButton* selected_ = nullptr;
    QRadioButton* currentTabScope_ = nullptr;
    QRadioButton* everything_ = nullptr;
    QButtonGroup* scopeGroup_ = nullptr;
    QComboBox* format_ = nullptr;
    QLabel* warning_ = nullptr;
    QLabel* summary_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* close_ = nullptr;
};

} // namespace indicia
