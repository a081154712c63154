#include "ui/demo/training_panel.h"

#include "models/store/workspace_store.h"
#include "models/training/training_catalog.h"
#include "models/training/training_snapshot.h"
#include "ui/dialog_seams.h"
#include "ui/palette.h"
#include "ui/workspace_controller.h"
#include "ui/wrapping_text_view.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace indicia {

TrainingPanel::TrainingPanel(WorkspaceController& controller, const demo::DemoData& data, QWidget* parent)
    : QDockWidget(tr("Training"), parent), controller_(controller), data_(data), exercises_(training::allExercises())
{
    setObjectName(QStringLiteral("trainingPanel"));
    hintsShown_.assign(exercises_.size(), 0);
    setWidget(buildBody());
    connect(&controller_, &WorkspaceController::workspaceOpened, this, [this] {
        lastResult_ = {};
        showExercise();
    });
    selectExercise(0);
}

TrainingPanel::~TrainingPanel() = default;

QWidget* TrainingPanel::buildBody()
{
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    list_ = new QListWidget(body);
    list_->setObjectName(QStringLiteral("trainingExercises"));
    list_->setAccessibleName(tr("Exercises"));
    for (const auto& exercise : exercises_)
        list_->addItem(exercise->title());
    list_->setMaximumHeight(list_->sizeHintForRow(0) * int(exercises_.size() + 1) + 8);
    connect(list_, &QListWidget::currentRowChanged, this, [this](int) { showExercise(); });
    layout->addWidget(list_);

    auto wrapped = [body](const QString& name) {
        auto* label = new QLabel(body);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    goal_ = wrapped(QStringLiteral("trainingGoal"));
    layout->addWidget(goal_);
    auto* personaRow = new QHBoxLayout;
    persona_ = wrapped(QStringLiteral("trainingPersona"));
    signIn_ = new QPushButton(tr("Sign in"), body);
    signIn_->setObjectName(QStringLiteral("trainingSignIn"));
    connect(signIn_, &QPushButton::clicked, this, [this] { emit signInRequested(currentExercise().persona()); });
    personaRow->addWidget(persona_, 1);
    personaRow->addWidget(signIn_);
    layout->addLayout(personaRow);
    // Hints and results quote hashes and URLs, which have no spaces to wrap at: a label
    // would widen the dock to fit them and clip the rest.
    auto wrapAnywhere = [body](const QString& name) {
        auto* view = new WrappingTextView(body);
        view->setObjectName(name);
        return view;
    };
    hints_ = wrapAnywhere(QStringLiteral("trainingHints"));
    hints_->setAccessibleName(tr("Hints"));
    layout->addWidget(hints_);
    hintButton_ = new QPushButton(tr("Show a &hint"), body);
    hintButton_->setObjectName(QStringLiteral("trainingHint"));
    connect(hintButton_, &QPushButton::clicked, this, &TrainingPanel::showNextHint);
    layout->addWidget(hintButton_, 0, Qt::AlignLeft);
    result_ = wrapAnywhere(QStringLiteral("trainingResult"));
    result_->setAccessibleName(tr("Check result"));
    layout->addWidget(result_);
    auto* buttons = new QHBoxLayout;
    auto* checkButton = new QPushButton(tr("&Check"), body);
    checkButton->setObjectName(QStringLiteral("trainingCheck"));
    checkButton->setDefault(true);
    connect(checkButton, &QPushButton::clicked, this, &TrainingPanel::check);
    auto* resetButton = new QPushButton(tr("&Reset exercise"), body);
    resetButton->setObjectName(QStringLiteral("trainingReset"));
    resetButton->setToolTip(tr("Put the workspace back as it was when this exercise started."));
    connect(resetButton, &QPushButton::clicked, this, &TrainingPanel::reset);
    buttons->addWidget(checkButton);
    buttons->addWidget(resetButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    scroll->setMinimumWidth(300);
    return scroll;
}

void TrainingPanel::selectExercise(int row)
{
    list_->setCurrentRow(row);
}

const training::Exercise& TrainingPanel::currentExercise() const
{
    return *exercises_[size_t(std::max(0, list_->currentRow()))];
}

void TrainingPanel::showExercise()
{
    if (list_->currentRow() < 0)
        return;
    const training::Exercise& exercise = currentExercise();
    goal_->setText(exercise.goal(data_));
    const demo::DemoPersona* wanted = data_.persona(exercise.persona());
    const bool signedIn = wanted && controller_.isOpen() && controller_.session().user == wanted->id;
    persona_->setText(wanted ? tr("For: %1").arg(wanted->displayName) : QString());
    signIn_->setVisible(wanted && !signedIn);
    const QStringList hints = exercise.hints(data_);
    const int shown = hintsShown_[size_t(list_->currentRow())];
    QString html;
    for (int i = 0; i < shown && i < hints.size(); ++i)
        html += QStringLiteral("<p>%1. %2</p>").arg(i + 1).arg(hints[i].toHtmlEscaped());
    hints_->setHtml(html);
    hints_->setVisible(shown > 0);
    hintButton_->setEnabled(shown < hints.size());
    lastResult_ = {};
    result_->clear();
    if (controller_.isOpen())
        ensureStartingPoint();
}

void TrainingPanel::showNextHint()
{
    int& shown = hintsShown_[size_t(list_->currentRow())];
    ++shown;
    showExercise();
}

QString TrainingPanel::snapshotPath() const
{
    return controller_.path() + QStringLiteral(".training-") + currentExercise().id();
}

void TrainingPanel::ensureStartingPoint()
{
    if (QFileInfo::exists(snapshotPath()))
        return;
    if (const StoreError error = training::TrainingSnapshot::save(controller_.store(), snapshotPath()))
        result_->setPlainText(error.message);
}

void TrainingPanel::check()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    lastResult_ = training::runCheck(currentExercise(), controller_.store(), data_);
    QApplication::restoreOverrideCursor();
    showResult();
    emit checked(lastResult_.passed);
}

void TrainingPanel::showResult()
{
    const QString colour = (lastResult_.passed ? Palette::successText() : Palette::errorText()).name();
    QString html = QStringLiteral("<p style='color:%1'><b>%2</b> %3</p>")
                       .arg(colour, lastResult_.passed ? tr("Passed.") : tr("Not passed."),
                            lastResult_.summary.toHtmlEscaped());
    if (!lastResult_.details.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString& detail : lastResult_.details)
            html += QStringLiteral("<li>%1</li>").arg(detail.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    result_->setHtml(html);
}

void TrainingPanel::reset()
{
    const auto answer = seams::question(this, tr("Reset exercise"),
                                        tr("Put the workspace back as it was when \"%1\" started? Changes made "
                                           "since are lost (the service keeps what was synced).")
                                            .arg(currentExercise().title()),
                                        QMessageBox::Reset | QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    if (const StoreError error = training::TrainingSnapshot::restore(controller_.store(), snapshotPath())) {
        result_->setPlainText(error.message);
        return;
    }
    controller_.undoStack()->clear(); // the undo steps refer to operations that no longer exist
    controller_.refresh();
    lastResult_ = {};
    result_->setPlainText(tr("The exercise starts again."));
}

} // namespace indicia
