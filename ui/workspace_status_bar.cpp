#include "ui/workspace_status_bar.h"

#include "models/async/screen_queries.h"
#include "models/session/workspace_session.h"
#include "models/store/workspace_store.h"
#include "ui/palette.h"
#include "ui/workspace_controller.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPaintEvent>

namespace indicia {

namespace {
QLabel* makeLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setContentsMargins(8, 0, 8, 0);
    return label;
}
} // namespace

WorkspaceStatusBar::WorkspaceStatusBar(WorkspaceController& controller, QWidget* parent)
    : QStatusBar(parent)
    , controller_(controller)
{
    setObjectName(QStringLiteral("statusBar"));
    quota_ = makeLabel(this, "statusQuota");
    pending_ = makeLabel(this, "statusPending");
    lastSync_ = makeLabel(this, "statusLastSync");
    user_ = makeLabel(this, "statusUser");
    addPermanentWidget(quota_);
    addPermanentWidget(pending_);
    addPermanentWidget(lastSync_);
    addPermanentWidget(user_);
    connect(this, &QStatusBar::messageChanged, this, &WorkspaceStatusBar::updateMessageToolTip);
    connect(&controller_, &WorkspaceController::changed, this, &WorkspaceStatusBar::update);
    connect(&controller_, &WorkspaceController::sessionChanged, this, &WorkspaceStatusBar::update);
    update();
}

void WorkspaceStatusBar::update()
{
    if (!controller_.isOpen())
        return;
    // Counting scans the whole table: done on the reader's thread, shown when ready.
    const qint64 now = controller_.store().now();
    screen_queries::statusFigures(*controller_.reader(), channel_, now, this,
                                  [this](const StatusFigures& figures) { show(figures); });
    const StoreSession& s = controller_.session();
    user_->setText(tr("%1 (%2)").arg(s.user, session::roleName(s.role)));
}

void WorkspaceStatusBar::show(const StatusFigures& figures)
{
    const qint64 quota = controller_.store().quota();
    const bool nearQuota = quota > 0 && double(figures.active) >= kQuotaWarningRatio * double(quota);
    quota_->setText(tr("%L1 / %L2 active").arg(figures.active).arg(quota));
    quota_->setToolTip(nearQuota ? tr("Close to the service's limit of %L1 active indicators.").arg(quota)
                                 : tr("Active indicators against the service's limit."));
    quota_->setStyleSheet(nearQuota ? Palette::textStyle(Palette::errorText()) + QStringLiteral(" font-weight: bold;")
                                    : QString());
    pending_->setText(tr("%L1 pending").arg(figures.pending));
    const QString last = controller_.store().setting(QStringLiteral("sync.last"));
    const QDateTime when = QDateTime::fromSecsSinceEpoch(last.toLongLong());
    lastSync_->setText(last.isEmpty() ? tr("Never synced")
                                      : tr("Last sync %1").arg(QLocale().toString(when, QLocale::ShortFormat)));
    lastSync_->setToolTip(controller_.store().setting(QStringLiteral("sync.last_result")));
    emit figuresShown();
}

QRect WorkspaceStatusBar::messageArea() const
{
    // QStatusBar hides the normal widgets while a message shows; the permanent ones stay,
    // and the message ends where the leftmost of them begins.
    int right = width() - 12;
    for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (child->isVisible() && !child->isWindow() && child->x() > 0)
            right = std::min(right, child->x() - 2);
    const int left = 6;
    return QRect(left, 0, std::max(0, right - left), height());
}

QString WorkspaceStatusBar::shownMessage() const
{
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageArea().width());
}

void WorkspaceStatusBar::updateMessageToolTip()
{
    const QString message = currentMessage();
    setToolTip(!message.isEmpty() && shownMessage() != message ? message : QString());
}

void WorkspaceStatusBar::resizeEvent(QResizeEvent* event)
{
    QStatusBar::resizeEvent(event);
    updateMessageToolTip();
}

void WorkspaceStatusBar::paintEvent(QPaintEvent* event)
{
    QStatusBar::paintEvent(event);
    const QString message = currentMessage();
    const QString shown = shownMessage();
    if (message.isEmpty() || shown == message)
        return;
    // QStatusBar cuts a long message off mid-letter under the permanent widgets: paint it
    // again, elided, over the base's drawing.
    QPainter painter(this);
    const QRect area = messageArea();
    painter.fillRect(QRect(0, area.top(), area.right() + 1, area.height()), palette().window());
    painter.setPen(palette().windowText().color());
    painter.drawText(area, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shown);
}

} // namespace indicia
