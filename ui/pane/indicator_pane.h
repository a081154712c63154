#pragma once
// The side pane that creates or edits one indicator: Indicator -> Action -> Scope ->
// Summary. It slides in from the right over the list (not a modal dialog). Next stays
// disabled until the step is valid, Back keeps what was typed, Esc closes.

#include "engine/indicator.h"
#include "ui/pane/scope_step.h"

#include <QFrame>

#include <array>
#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace indicia {

class ActionStep;
class IndicatorStep;
class SummaryStep;
class WizardStep;

class IndicatorPane : public QFrame {
    Q_OBJECT
public:
    // Saves the indicator (editingId 0 = new); returns an empty string or the reason it
    // could not be saved (shown in the pane, which then stays open).
    using SaveHandler = std::function<QString(const Indicator&, qint64 editingId, const QString& comment)>;
    // Extra warnings for the summary: known-good lists, duplicates, quota.
    using WarningProvider = std::function<QStringList(const Indicator&, qint64 editingId)>;

    enum Step { IndicatorStepIndex, ActionStepIndex, ScopeStepIndex, SummaryStepIndex, StepCount };

    explicit IndicatorPane(QWidget* parent);

    void setSaveHandler(SaveHandler handler) { saveHandler_ = std::move(handler); }
    void setWarningProvider(WarningProvider provider) { warningProvider_ = std::move(provider); }

    void openForNew(TabKind tab, const ScopeRights& rights);
    void openForEdit(qint64 id, const Indicator& indicator, const ScopeRights& rights);
    // Opens with a prefilled draft (e.g. "Block" on a file page) at the given step.
    void openWithDraft(const Indicator& draft, const ScopeRights& rights, Step startAt);

    int currentStep() const;
    bool isOpen() const { return isVisible(); }

public slots:
    void next();
    void back();
    void closePane();

signals:
    void saved();
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void open(const Indicator& draft, TabKind tab, const ScopeRights& rights, qint64 id, Step startAt);
    void goTo(int step);
    void updateButtons();
    Indicator collectDraft() const;
    void save();
    void slideIn();
    void placeAtRightEdge();
    bool eventFilter(QObject* watched, QEvent* event) override;

    IndicatorStep* indicatorStep_ = nullptr;
    ActionStep* actionStep_ = nullptr;
    ScopeStep* scopeStep_ = nullptr;
    SummaryStep* summaryStep_ = nullptr;
    std::array<WizardStep*, StepCount> steps_{};
    QLabel* heading_ = nullptr;
    QLabel* stepper_ = nullptr;
    QLabel* error_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* cancel_ = nullptr;
    SaveHandler saveHandler_;
    WarningProvider warningProvider_;
    qint64 editingId_ = 0;
};

} // namespace indicia
