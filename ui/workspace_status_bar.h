#pragma once
// The status bar: active indicators against the quota (a warning from 90%), pending
// changes, the last sync, and who is signed in with which role.

#include "models/async/workspace_reader.h"

#include <QStatusBar>

class QLabel;

namespace indicia {

class WorkspaceController;
struct StatusFigures;

class WorkspaceStatusBar : public QStatusBar {
    Q_OBJECT
public:
    WorkspaceStatusBar(WorkspaceController& controller, QWidget* parent = nullptr);

    static constexpr double kQuotaWarningRatio = 0.9;

    // Where a temporary message is drawn: left of the permanent widgets.
    QRect messageArea() const;
    // The message as drawn: elided when it does not fit (the full text is the tooltip).
    QString shownMessage() const;

public slots:
    void update();

signals:
    void figuresShown(); // the counts arrived from the reader (tests wait on it)

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void show(const StatusFigures& figures);
    void updateMessageToolTip();

    WorkspaceReader::Channel channel_;
    WorkspaceController& controller_;
    QLabel* quota_ = nullptr;
    QLabel* pending_ = nullptr;
    QLabel* lastSync_ = nullptr;
    QLabel* user_ = nullptr;
};

} // namespace indicia
