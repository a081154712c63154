#include "ui/pane/indicator_pane.h"

#include "models/rules/indicator_rules.h"
#include "ui/pane/action_step.h"
#include "ui/pane/indicator_step.h"
#include "ui/palette.h"
#include "ui/pane/summary_step.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPropertyAnimation>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace indicia {

namespace {
constexpr int kPaneWidth = 460;
}

IndicatorPane::IndicatorPane(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("indicatorPane"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);

    heading_ = new QLabel(this);
    heading_->setObjectName(QStringLiteral("paneHeading"));
    QFont headingFont = heading_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading_->setFont(headingFont);
    stepper_ = new QLabel(this);
    stepper_->setObjectName(QStringLiteral("paneStepper"));
    stepper_->setTextFormat(Qt::RichText);
    layout->addWidget(heading_);
    layout->addWidget(stepper_);

    indicatorStep_ = new IndicatorStep(this);
    actionStep_ = new ActionStep(this);
    scopeStep_ = new ScopeStep(this);
    summaryStep_ = new SummaryStep(this);
    steps_ = {indicatorStep_, actionStep_, scopeStep_, summaryStep_};
    stack_ = new QStackedWidget(this);
    for (WizardStep* step : steps_) {
        auto* scroll = new QScrollArea(stack_);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(step);
        stack_->addWidget(scroll);
        connect(step, &WizardStep::changed, this, &IndicatorPane::updateButtons);
    }
    layout->addWidget(stack_, 1);

    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("paneError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(Palette::errorBanner() + QStringLiteral(" padding: 4px;"));
    error_->hide();
    layout->addWidget(error_);

    auto* buttons = new QHBoxLayout();
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setObjectName(QStringLiteral("paneCancel"));
    back_ = new QPushButton(tr("< &Back"), this);
    back_->setObjectName(QStringLiteral("paneBack"));
    next_ = new QPushButton(tr("&Next >"), this);
    next_->setObjectName(QStringLiteral("paneNext"));
    next_->setDefault(true);
    save_ = new QPushButton(tr("&Save"), this);
    save_->setObjectName(QStringLiteral("paneSave"));
    buttons->addWidget(cancel_);
    buttons->addStretch();
    buttons->addWidget(back_);
    buttons->addWidget(next_);
    buttons->addWidget(save_);
    layout->addLayout(buttons);

    connect(cancel_, &QPushButton::clicked, this, &IndicatorPane::closePane);
    connect(back_, &QPushButton::clicked, this, &IndicatorPane::back);
    connect(next_, &QPushButton::clicked, this, &IndicatorPane::next);
    connect(save_, &QPushButton::clicked, this, &IndicatorPane::save);
    connect(indicatorStep_, &WizardStep::changed, this, [this] {
        actionStep_->setType(indicatorStep_->currentType());
        actionStep_->suggestTitle(indicatorStep_->suggestedTitle());
    });

    parent->installEventFilter(this);
    hide();
}

void IndicatorPane::openForNew(TabKind tab, const ScopeRights& rights)
{
    Indicator draft;
    draft.type = rules::typesOfTab(tab).value(0, IndicatorType::FileSha256);
    draft.action = draft.type == IndicatorType::CertificateThumbprint ? Action::BlockAndRemediate : Action::Block;
    open(draft, tab, rights, 0, IndicatorStepIndex);
}

void IndicatorPane::openForEdit(qint64 id, const Indicator& indicator, const ScopeRights& rights)
{
    open(indicator, tabOf(indicator.type), rights, id, ActionStepIndex);
}

void IndicatorPane::openWithDraft(const Indicator& draft, const ScopeRights& rights, Step startAt)
{
    open(draft, tabOf(draft.type), rights, 0, startAt);
}

void IndicatorPane::open(const Indicator& draft, TabKind tab, const ScopeRights& rights, qint64 id, Step startAt)
{
    editingId_ = id;
    heading_->setText(id ? tr("Edit indicator") : tr("Add indicator"));
    // Every wizard starts clean: nothing typed in an earlier one (its history comment, the
    // file it hashed) carries over, whoever is signed in now.
    indicatorStep_->reset();
    summaryStep_->reset();
    if (id)
        summaryStep_->setOriginal(draft);
    indicatorStep_->setTab(tab);
    indicatorStep_->setIdentityLocked(id != 0);
    scopeStep_->setRights(rights);
    for (WizardStep* step : steps_)
        step->load(draft);
    error_->hide();
    goTo(startAt);
    slideIn();
}

int IndicatorPane::currentStep() const
{
    return stack_->currentIndex();
}

void IndicatorPane::next()
{
    if (currentStep() < SummaryStepIndex && steps_[static_cast<size_t>(currentStep())]->isComplete())
        goTo(currentStep() + 1);
}

void IndicatorPane::back()
{
    if (currentStep() > IndicatorStepIndex)
        goTo(currentStep() - 1);
}

void IndicatorPane::goTo(int step)
{
    if (step == SummaryStepIndex) {
        const Indicator draft = collectDraft();
        summaryStep_->load(draft);
        QStringList warnings;
        for (const RuleIssue& w : rules::checkIndicator(draft).warnings)
            warnings << w.message;
        if (warningProvider_)
            warnings << warningProvider_(draft, editingId_);
        summaryStep_->setWarnings(warnings);
    }
    stack_->setCurrentIndex(step);
    QStringList names;
    for (int i = 0; i < StepCount; ++i) {
        const QString name = QStringLiteral("%1. %2").arg(i + 1).arg(steps_[static_cast<size_t>(i)]->title());
        names << (i == step ? QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()) : name.toHtmlEscaped());
    }
    stepper_->setText(names.join(QStringLiteral(" &nbsp;›&nbsp; ")));
    updateButtons();
}

void IndicatorPane::updateButtons()
{
    const int step = currentStep();
    bool previousComplete = true;
    for (int i = 0; i < step; ++i)
        previousComplete = previousComplete && steps_[static_cast<size_t>(i)]->isComplete();
    back_->setEnabled(step > IndicatorStepIndex);
    next_->setVisible(step < SummaryStepIndex);
    next_->setEnabled(step < SummaryStepIndex && steps_[static_cast<size_t>(step)]->isComplete());
    save_->setVisible(step == SummaryStepIndex);
    save_->setEnabled(step == SummaryStepIndex && previousComplete);
}

Indicator IndicatorPane::collectDraft() const
{
    Indicator draft;
    for (WizardStep* step : steps_)
        step->save(draft);
    return draft;
}

void IndicatorPane::save()
{
    if (!saveHandler_)
        return;
    const QString failure = saveHandler_(collectDraft(), editingId_, summaryStep_->comment());
    if (!failure.isEmpty()) {
        error_->setText(failure);
        error_->show();
        return;
    }
    emit saved();
    closePane();
}

void IndicatorPane::closePane()
{
    hide();
    emit closed();
}

void IndicatorPane::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        closePane();
        return;
    }
    QFrame::keyPressEvent(event);
}

void IndicatorPane::placeAtRightEdge()
{
    const QWidget* host = parentWidget();
    const int width = std::min(kPaneWidth, host->width());
    setGeometry(host->width() - width, 0, width, host->height());
}

void IndicatorPane::slideIn()
{
    placeAtRightEdge();
    const QRect target = geometry();
    show();
    raise();
    auto* animation = new QPropertyAnimation(this, "pos", this);
    animation->setDuration(160);
    animation->setStartValue(QPoint(parentWidget()->width(), target.y()));
    animation->setEndValue(target.topLeft());
    animation->setEasingCurve(QEasingCurve::OutCubic);
    animation->start(QAbstractAnimation::DeleteWhenStopped);
    indicatorStep_->setFocus();
    steps_[static_cast<size_t>(currentStep())]->setFocus();
}

bool IndicatorPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        placeAtRightEdge();
    return QFrame::eventFilter(watched, event);
}

} // namespace indicia
