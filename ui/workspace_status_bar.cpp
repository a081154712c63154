#include "ui/workspace_status_bar.h"

#include "models/session/workspace_session.h"
#include "models/store/workspace_store.h"
#include "ui/workspace_controller.h"

#include <QLabel>

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
    connect(&controller_, &WorkspaceController::changed, this, &WorkspaceStatusBar::update);
    connect(&controller_, &WorkspaceController::sessionChanged, this, &WorkspaceStatusBar::update);
    update();
}

void WorkspaceStatusBar::update()
{
    if (!controller_.isOpen())
        return;
    const StoreStats stats = controller_.store().stats();
    const bool nearQuota = stats.quota > 0 && double(stats.active) >= kQuotaWarningRatio * double(stats.quota);
    quota_->setText(tr("%L1 / %L2 active").arg(stats.active).arg(stats.quota));
    quota_->setToolTip(nearQuota ? tr("Close to the service's limit of %L1 active indicators.").arg(stats.quota)
                                 : tr("Active indicators against the service's limit."));
    quota_->setStyleSheet(nearQuota ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    pending_->setText(tr("%L1 pending").arg(stats.pendingSync));
    const QString last = controller_.store().setting(QStringLiteral("sync.last"));
    lastSync_->setText(last.isEmpty() ? tr("Never synced") : tr("Last sync %1").arg(last));
    const StoreSession& s = controller_.session();
    user_->setText(tr("%1 (%2)").arg(s.user, session::roleName(s.role)));
}

} // namespace indicia
