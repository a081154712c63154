#include "ui/pane/scope_step.h"

#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace indicia {

ScopeStep::ScopeStep(QWidget* parent)
    : WizardStep(parent)
{
    auto* layout = new QVBoxLayout(this);
    allDevices_ = new QRadioButton(tr("&All devices"), this);
    allDevices_->setObjectName(QStringLiteral("paneScopeAll"));
    someGroups_ = new QRadioButton(tr("&Specific device groups"), this);
    someGroups_->setObjectName(QStringLiteral("paneScopeGroups"));
    groups_ = new QListWidget(this);
    groups_->setObjectName(QStringLiteral("paneGroupList"));
    groups_->setAccessibleName(tr("Device groups"));
    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("paneScopeHint"));
    hint_->setWordWrap(true);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(allDevices_);
    layout->addWidget(someGroups_);
    layout->addWidget(groups_, 1);
    layout->addWidget(hint_);

    connect(someGroups_, &QRadioButton::toggled, groups_, &QWidget::setEnabled);
    connect(someGroups_, &QRadioButton::toggled, this, &WizardStep::changed);
    connect(groups_, &QListWidget::itemChanged, this, &WizardStep::changed);
    connect(this, &WizardStep::changed, this, [this] {
        if (groups_->count() == 0)
            hint_->setText(tr("No device groups are known yet: they come from the service when you sync, or "
                              "from imported indicators that name them."));
        else
            hint_->setText(isComplete() ? QString() : tr("Choose at least one device group."));
    });
}

QString ScopeStep::title() const { return tr("Scope"); }

void ScopeStep::setRights(const ScopeRights& rights)
{
    const QSignalBlocker block(groups_);
    groups_->clear();
    for (const QString& name : rights.groups) {
        auto* item = new QListWidgetItem(name, groups_);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    allDevices_->setEnabled(rights.mayTargetAllDevices);
    allDevices_->setToolTip(rights.mayTargetAllDevices ? QString() : rights.whyNotAllDevices);
    if (!rights.mayTargetAllDevices)
        someGroups_->setChecked(true);
}

void ScopeStep::load(const Indicator& draft)
{
    const QSignalBlocker block(groups_);
    QStringList wanted;
    for (const std::string& g : draft.rbacGroups)
        wanted << QString::fromStdString(g);
    for (int i = 0; i < groups_->count(); ++i) {
        QListWidgetItem* item = groups_->item(i);
        item->setCheckState(wanted.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    // A scope the user cannot express (all devices without the right) stays on groups.
    const bool all = draft.rbacGroups.empty() && allDevices_->isEnabled();
    allDevices_->setChecked(all);
    someGroups_->setChecked(!all);
    groups_->setEnabled(!all);
    emit changed();
}

QStringList ScopeStep::checkedGroups() const
{
    QStringList out;
    for (int i = 0; i < groups_->count(); ++i)
        if (groups_->item(i)->checkState() == Qt::Checked)
            out << groups_->item(i)->text();
    return out;
}

void ScopeStep::save(Indicator& draft) const
{
    draft.rbacGroups.clear();
    if (someGroups_->isChecked())
        for (const QString& g : checkedGroups())
            draft.rbacGroups.push_back(g.toStdString());
}

bool ScopeStep::isComplete() const
{
    return allDevices_->isChecked() || !checkedGroups().isEmpty();
}

} // namespace indicia
