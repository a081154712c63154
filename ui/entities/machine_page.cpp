#include "ui/entities/machine_page.h"

#include "models/rules/indicator_rules.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace indicia {

MachinePage::MachinePage(WorkspaceController& controller, TelemetryProvider telemetry, QWidget* parent)
    : QWidget(parent)
    , controller_(controller)
    , telemetry_(std::move(telemetry))
{
    setObjectName(QStringLiteral("machinePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("machineTitle"));
    title_->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("machineSummary"));
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title_);
    layout->addWidget(summary_);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("machineTabs"));
    tabs_->setDocumentMode(true);
    events_ = makeEntityTable("machineEvents",
                              {tr("Time"), tr("Kind"), tr("Field"), tr("Value"), tr("Deciding indicator"), tr("Action"),
                               tr("Outcome"), tr("Rule")},
                              3, tabs_);
    indicators_ = makeEntityTable("machineIndicators", {tr("Type"), tr("Value"), tr("Action"), tr("Scope"), tr("Title")},
                                  4, tabs_);
    files_ = makeEntityTable("machineFiles", {tr("File hash")}, 0, tabs_);
    tabs_->addTab(events_, tr("Matching events"));
    tabs_->addTab(indicators_, tr("Indicators in effect"));
    tabs_->addTab(files_, tr("Files seen"));
    layout->addWidget(tabs_, 1);
    // Double-click on an event opens its file when a file hash matched, else its indicator.
    connect(events_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const MachineEvent& e = profile_.events.at(row);
        if (!e.fileHash.isEmpty())
            emit openFile(e.fileHash);
        else if (e.indicatorId)
            emit openIndicator(e.indicatorId);
    });
    connect(indicators_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit openIndicator(indicators_->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(files_, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { emit openFile(files_->item(row, 0)->text()); });
}

void MachinePage::showMachine(const QString& machine)
{
    profile_.name = machine;
    refresh();
}

void MachinePage::refresh()
{
    if (profile_.name.isEmpty())
        return;
    const EntityContext context = loadEntityContext(controller_, telemetry_);
    profile_ = MachineProfileBuilder(context).build(profile_.name);
    title_->setText(profile_.name);
    summary_->setText(tr("Device group: %1    Operating system: %2    Matching events: %3")
                          .arg(groupText(profile_.deviceGroup),
                               !profile_.os.isEmpty()          ? profile_.os
                               : profile_.deviceInfoLoaded ? tr("unknown (not in the loaded DeviceInfo export)")
                                                           : tr("unknown (load a DeviceInfo export)"))
                          .arg(profile_.events.size()));
    fillTables();
}

void MachinePage::fillTables()
{
    for (QTableWidget* table : {events_, indicators_, files_})
        table->setRowCount(0);
    for (const MachineEvent& e : profile_.events)
        appendRow(events_,
                  {timeText(e.time, e.timeText), e.kind, e.field, e.observed,
                   e.indicatorId ? e.indicatorValue : tr("none"), e.indicatorId ? rules::actionLabel(e.action) : QString(),
                   e.outcome, e.rule},
                  e.indicatorId);
    for (const CoveringIndicator& i : profile_.inEffect)
        appendRow(indicators_,
                  {rules::typeLabel(i.type), i.value, rules::actionLabel(i.action),
                   i.scope.isEmpty() ? tr("All devices") : i.scope.join(QStringLiteral(", ")), i.title},
                  i.id);
    for (const QString& hash : profile_.files)
        appendRow(files_, {hash}, hash);
    for (QTableWidget* table : {events_, indicators_, files_})
        finishTable(table);
    tabs_->setTabText(0, tr("Matching events (%1)").arg(profile_.events.size()));
    tabs_->setTabText(1, tr("Indicators in effect (%1)").arg(profile_.inEffectTotal));
    tabs_->setTabText(2, tr("Files seen (%1)").arg(profile_.files.size()));
}

} // namespace indicia
