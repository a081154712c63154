#pragma once
// The Training panel (a dock in demo mode): the exercises, each with its goal, hints shown
// one at a time, an automatic Check, and Reset to the state the exercise started from.

#include "models/demo/demo_data.h"
#include "models/training/training_exercise.h"

#include <QDockWidget>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace indicia {

class WorkspaceController;
class WrappingTextView;

class TrainingPanel : public QDockWidget {
    Q_OBJECT
public:
    TrainingPanel(WorkspaceController& controller, const demo::DemoData& data, QWidget* parent = nullptr);
    ~TrainingPanel() override;

    int exerciseCount() const { return int(exercises_.size()); }
    void selectExercise(int row);
    const training::Exercise& currentExercise() const;
    // The last check's result (tests read it; the panel shows it).
    const training::CheckResult& lastResult() const { return lastResult_; }

public slots:
    void check();
    void reset();
    void showNextHint();

signals:
    void signInRequested(const QString& persona);
    void checked(bool passed);

private:
    QWidget* buildBody();
    void showExercise();
    // Where the exercise's starting point is kept, next to the workspace.
    QString snapshotPath() const;
    void ensureStartingPoint();
    void showResult();

    WorkspaceController& controller_;
    const demo::DemoData& data_;
    std::vector<std::unique_ptr<training::Exercise>> exercises_;
    std::vector<int> hintsShown_;
    training::CheckResult lastResult_;
    QListWidget* list_ = nullptr;
    QLabel* goal_ = nullptr;
    QLabel* persona_ = nullptr;
    QPushButton* signIn_ = nullptr;
    WrappingTextView* hints_ = nullptr;  // hints quote 64-digit hashes: wrap anywhere
    QPushButton* hintButton_ = nullptr;
    WrappingTextView* result_ = nullptr;
};

} // namespace indicia
