#pragma once
// The status bar: active indicators against the quota (a warning from 90%), pending
// changes, the last sync, and who is signed in with which role.

#include <QStatusBar>

class QLabel;

namespace indicia {

class WorkspaceController;

class WorkspaceStatusBar : public QStatusBar {
    Q_OBJECT
public:
    WorkspaceStatusBar(WorkspaceController& controller, QWidget* parent = nullptr);

    static constexpr double kQuotaWarningRatio = 0.9;

public slots:
    void update();

private:
    WorkspaceController& controller_;
    QLabel* quota_ = nullptr;
    QLabel* pending_ = nullptr;
    QLabel* lastSync_ = nullptr;
    QLabel* user_ = nullptr;
};

} // namespace indicia
