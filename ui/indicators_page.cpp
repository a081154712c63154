#include "ui/indicators_page.h"

#include "models/list/indicator_table_model.h"
#include "models/rules/indicator_rules.h"
#include "models/rules/known_good.h"
#include "models/store/workspace_store.h"
#include "ui/dialog_seams.h"
#include "ui/indicator_filter_bar.h"
#include "ui/indicator_tab.h"
#include "ui/main_actions.h"
#include "ui/pane/indicator_pane.h"
#include "ui/prompt_text.h"
#include "ui/workspace_controller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QIODevice>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace indicia {

namespace {
constexpr TabKind kTabs[] = {TabKind::FileHashes, TabKind::IpAddresses, TabKind::UrlsDomains, TabKind::Certificates};
}

IndicatorsPage::IndicatorsPage(WorkspaceController& controller, MainActions& actions, QWidget* parent)
    : QWidget(parent)
    , controller_(controller)
    , actions_(actions)
{
    setObjectName(QStringLiteral("indicatorsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    filterBar_ = new IndicatorFilterBar(this);
    layout->addWidget(filterBar_);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("indicatorTabs"));
    tabs_->setDocumentMode(true);
    for (TabKind kind : kTabs) {
        auto* page = new IndicatorTab(kind, actions_.addIndicator, actions_.importIndicators, tabs_);
        tabPages_[static_cast<size_t>(kind)] = page;
        tabs_->addTab(page, rules::tabLabel(kind));
        connect(page, &IndicatorTab::selectionChanged, this, &IndicatorsPage::updateActionStates);
        connect(page, &IndicatorTab::activated, this, &IndicatorsPage::editCurrent);
        connect(page, &IndicatorTab::contextMenuRequested, this, &IndicatorsPage::showContextMenu);
    }
    layout->addWidget(tabs_, 1);

    pane_ = new IndicatorPane(this);
    pane_->setSaveHandler([this](const Indicator& draft, qint64 id, const QString& comment) {
        QString reason = comment;
        if (rules::hitsKnownGood(draft) && !askKnownGoodReason(draft, reason))
            return tr("Not saved: saving a known-good value needs a reason.");
        return controller_.saveIndicator(draft, id, reason);
    });
    pane_->setWarningProvider(
        [this](const Indicator& draft, qint64 id) { return summaryWarnings(draft, std::int64_t(id)); });
    // The pane hides when it saves or is cancelled: without this the keyboard would move on to the
    // next focusable widget, the toolbar's search field, which eats Ctrl+E.
    connect(pane_, &IndicatorPane::closed, this, &IndicatorsPage::focusList);

    connect(tabs_, &QTabWidget::currentChanged, this, &IndicatorsPage::updateActionStates);
    connect(filterBar_, &IndicatorFilterBar::filterChanged, this, [this](const IndicatorFilter& filter) {
        for (TabKind kind : kTabs)
            if (IndicatorTableModel* m = controller_.model(kind))
                m->setFilter(filter);
        updateCounts();
    });
    connect(&controller_, &WorkspaceController::workspaceOpened, this, &IndicatorsPage::attachModels);
    connect(&controller_, &WorkspaceController::changed, this, &IndicatorsPage::updateCounts);
    connect(&controller_, &WorkspaceController::sessionChanged, this, &IndicatorsPage::updateActionStates);
    connect(actions_.addIndicator, &QAction::triggered, this, &IndicatorsPage::addIndicator);
    connect(actions_.editIndicator, &QAction::triggered, this, &IndicatorsPage::editCurrent);
    connect(actions_.deleteIndicators, &QAction::triggered, this, &IndicatorsPage::deleteSelected);
    connect(actions_.copyValue, &QAction::triggered, this, &IndicatorsPage::copySelectedValues);
    connect(actions_.find, &QAction::triggered, this, &IndicatorsPage::focusSearch);
    if (controller_.isOpen())
        attachModels();
}

TabKind IndicatorsPage::currentTab() const
{
    return kTabs[std::max(0, tabs_->currentIndex())];
}

void IndicatorsPage::attachModels()
{
    for (TabKind kind : kTabs) {
        IndicatorTableModel* model = controller_.model(kind);
        tab(kind)->setModel(model);
        model->setFilter(filterBar_->filter());
        // Big lists filter on the reader's thread: their counts arrive later.
        connect(model, &IndicatorTableModel::countChanged, this, &IndicatorsPage::updateCounts, Qt::UniqueConnection);
    }
    filterBar_->setGroups(controller_.rights().groups);
    updateCounts();
    updateActionStates();
}

void IndicatorsPage::updateCounts()
{
    const IndicatorFilter filter = filterBar_->filter();
    const bool filterActive = !(filter == IndicatorFilter{});
    for (TabKind kind : kTabs) {
        const IndicatorTableModel* model = controller_.model(kind);
        const int index = static_cast<int>(kind);
        tabs_->setTabText(index, tr("%1 (%L2)").arg(rules::tabLabel(kind)).arg(model ? model->rowCount() : 0));
        tab(kind)->updatePage(filterActive);
    }
    updateActionStates();
}

void IndicatorsPage::setActive(bool active)
{
    if (active_ == active)
        return;
    active_ = active;
    updateActionStates();
}

QList<std::int64_t> IndicatorsPage::selectedIds() const
{
    return active_ ? currentTabPage()->selectedIds() : QList<std::int64_t>();
}

void IndicatorsPage::focusList()
{
    IndicatorTab* tab = currentTabPage();
    if (!active_ || pane_->isOpen())
        return;
    if (tab->currentIndex() == 1)
        tab->view()->setFocus(Qt::OtherFocusReason);
    else
        tabs_->setFocus(Qt::OtherFocusReason); // the empty state: its buttons follow
}

void IndicatorsPage::updateActionStates()
{
    const SessionRights& rights = controller_.rights();
    const QList<std::int64_t> ids = selectedIds();
    QString why = rights.whyReadOnly;
    bool editable = rights.canWrite && !ids.isEmpty();
    for (std::int64_t id : ids) {
        if (!editable)
            break;
        editable = controller_.mayEdit(id, &why);
    }
    actions_.addIndicator->setEnabled(rights.canWrite);
    actions_.importIndicators->setEnabled(rights.canWrite);
    actions_.deleteIndicators->setEnabled(editable);
    actions_.editIndicator->setEnabled(ids.size() == 1);
    actions_.copyValue->setEnabled(!ids.isEmpty());
    for (QAction* a : {actions_.addIndicator, actions_.importIndicators, actions_.deleteIndicators})
        a->setToolTip(a->isEnabled() || why.isEmpty() ? a->text().remove(u'&').remove(QStringLiteral("..."))
                                                      : why);
}

void IndicatorsPage::addIndicator()
{
    if (!controller_.rights().canWrite)
        return;
    const SessionRights& rights = controller_.rights();
    pane_->openForNew(currentTab(), {rights.mayTargetAllDevices, rights.groups, rights.whyNoAllDevices});
}

void IndicatorsPage::editCurrent()
{
    const QList<std::int64_t> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const auto record = controller_.store().get(ids.first());
    if (!record.ok())
        return showError(record.error().message);
    QString why;
    if (!controller_.mayEdit(ids.first(), &why))
        return showError(why);
    const SessionRights& rights = controller_.rights();
    pane_->openForEdit(qint64(ids.first()), record->indicator,
                       {rights.mayTargetAllDevices, rights.groups, rights.whyNoAllDevices});
}

void IndicatorsPage::deleteSelected()
{
    const QList<std::int64_t> ids = selectedIds();
    if (ids.isEmpty() || !actions_.deleteIndicators->isEnabled())
        return;
    QStringList values;
    for (std::int64_t id : ids.mid(0, PromptText::kShown))
        if (const auto record = controller_.store().get(id); record.ok())
            values << QString::fromStdString(record->indicator.value);
    const QString text = ids.size() == 1 && values.size() == 1
                             ? tr("Delete the indicator %1? You can undo this.").arg(values.first())
                             : tr("Delete %n indicators: %1? You can undo this.", nullptr, int(ids.size()))
                                   .arg(PromptText::namedList(values, ids.size()));
    const auto answer = seams::question(this, tr("Delete indicators"), text, QMessageBox::Yes | QMessageBox::No);
    focusList();
    if (answer != QMessageBox::Yes)
        return;
    if (const QString error = controller_.removeIndicators(ids); !error.isEmpty())
        showError(error);
}

void IndicatorsPage::setActionOnSelected(Action action)
{
    if (const QString error = controller_.setAction(selectedIds(), action); !error.isEmpty())
        showError(error);
}

void IndicatorsPage::copySelectedValues()
{
    QStringList values;
    for (std::int64_t id : selectedIds())
        if (const auto record = controller_.store().get(id); record.ok())
            values << QString::fromStdString(record->indicator.value);
    if (!values.isEmpty())
        QApplication::clipboard()->setText(values.join(u'\n'));
}

void IndicatorsPage::focusSearch()
{
    filterBar_->searchBox()->setFocus(Qt::ShortcutFocusReason);
    filterBar_->searchBox()->selectAll();
}

bool IndicatorsPage::showIndicator(std::int64_t id)
{
    const auto record = controller_.store().get(id);
    if (!record.ok())
        return false;
    const TabKind kind = tabOf(record->indicator.type);
    tabs_->setCurrentIndex(static_cast<int>(kind));
    if (tab(kind)->selectId(id))
        return true;
    filterBar_->searchBox()->clear(); // a filter hides it: show everything
    controller_.model(kind)->setFilter({});
    updateCounts();
    return tab(kind)->selectId(id);
}

QMenu* IndicatorsPage::makeActionMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Change &action"), parent);
    menu->setObjectName(QStringLiteral("changeActionMenu"));
    const IndicatorType type = rules::typesOfTab(currentTab()).value(0);
    for (Action action : rules::allowedActions(type)) {
        QAction* item = menu->addAction(rules::actionLabel(action));
        item->setObjectName(QStringLiteral("changeActionTo") + rules::actionName(action));
        connect(item, &QAction::triggered, this, [this, action] { setActionOnSelected(action); });
    }
    menu->setEnabled(actions_.deleteIndicators->isEnabled()); // same rights as deleting
    return menu;
}

void IndicatorsPage::showContextMenu(const QPoint& globalPos)
{
    QMenu menu(this);
    menu.addAction(actions_.editIndicator);
    menu.addMenu(makeActionMenu(&menu));
    menu.addAction(actions_.copyValue);
    // The file page pivot, provided by the entity pages (EntityNavigator) when present.
    if (currentTab() == TabKind::FileHashes)
        if (QAction* openFile = window()->findChild<QAction*>(QStringLiteral("actionOpenFilePage")))
            menu.addAction(openFile);
    menu.addSeparator();
    menu.addAction(actions_.deleteIndicators);
    menu.exec(globalPos);
}

void IndicatorsPage::showError(const QString& message)
{
    seams::warning(this, tr("Indicia"), message, QMessageBox::Ok);
}

bool IndicatorsPage::askKnownGoodReason(const Indicator& draft, QString& reason)
{
    QStringList hits;
    for (const RuleIssue& w : rules::knownGoodWarnings(draft.type, QString::fromStdString(draft.value)))
        hits << w.message;
    bool accepted = false;
    const QString typed = seams::textInput(
        this, tr("Known-good value"),
        tr("%1\nBlocking or alerting on it may break production. Why save it anyway? The reason is kept in the "
           "indicator's history.")
            .arg(hits.join(u'\n')),
        &accepted);
    if (!accepted || typed.trimmed().isEmpty())
        return false;
    const QString why = tr("Known-good override: %1").arg(typed.trimmed());
    reason = reason.isEmpty() ? why : reason + QStringLiteral(" — ") + why;
    return true;
}

QStringList IndicatorsPage::summaryWarnings(const Indicator& draft, std::int64_t editingId) const
{
    QStringList warnings;
    for (const RuleIssue& w : rules::knownGoodWarnings(draft.type, QString::fromStdString(draft.value)))
        warnings << w.message;
    const WorkspaceStore& store = controller_.store();
    const auto existing = store.findId(draft.type, draft.value, draft.rbacGroups);
    if (existing && *existing != editingId)
        warnings << tr("An indicator with this value and scope exists: saving updates it.");
    if (!editingId && store.quotaOverflow(1) > 0)
        warnings << tr("The workspace is at its quota of %L1 active indicators.").arg(store.quota());
    return warnings;
}

QByteArray IndicatorsPage::saveColumns() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    for (TabKind kind : kTabs)
        out << tab(kind)->headerState();
    return state;
}

void IndicatorsPage::restoreColumns(const QByteArray& state)
{
    QDataStream in(state);
    for (TabKind kind : kTabs) {
        QByteArray header;
        in >> header;
        if (in.status() != QDataStream::Ok)
            return;
        tab(kind)->restoreHeaderState(header);
    }
}

} // namespace indicia
