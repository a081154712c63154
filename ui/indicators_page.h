#pragma once
// The Indicators page: the filter bar, one tab per indicator family with its count, and
// the side pane that adds or edits an indicator. Edits go through the WorkspaceController.

#include "engine/indicator.h"

#include <QWidget>

#include <array>
#include <cstdint>

class QMenu;
class QTabWidget;

namespace indicia {

class IndicatorFilterBar;
class IndicatorPane;
class IndicatorTab;
class MainActions;
class SettingsRegistry;
class WorkspaceController;

class IndicatorsPage : public QWidget {
    Q_OBJECT
public:
    IndicatorsPage(WorkspaceController& controller, MainActions& actions, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return tabs_; }
    IndicatorPane* pane() const { return pane_; }
    IndicatorFilterBar* filterBar() const { return filterBar_; }
    IndicatorTab* tab(TabKind kind) const { return tabPages_[static_cast<size_t>(kind)]; }
    TabKind currentTab() const;
    IndicatorTab* currentTabPage() const { return tab(currentTab()); }

    // Switches to the indicator's tab and selects it (clearing filters that hide it).
    bool showIndicator(std::int64_t id);

    // The window's commands (Edit, Delete, Copy, Change action) act on this page's
    // selection only while the page is the one shown: a selection left behind on another
    // page is invisible, so it is never acted on.
    void setActive(bool active);
    bool isActive() const { return active_; }
    // The current tab's selected ids; none while the page is not shown.
    QList<std::int64_t> selectedIds() const;
    // Gives the keyboard to the current tab's list (after a dialog, a save or a cancel), so
    // that the window's shortcuts work without a click.
    void focusList();

    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray& state);

public slots:
    void addIndicator();
    void editCurrent();
    void deleteSelected();
    void setActionOnSelected(indicia::Action action);
    void copySelectedValues();
    void focusSearch();

private:
    void attachModels();
    void updateCounts();
    void updateActionStates();
    void showContextMenu(const QPoint& globalPos);
    void showError(const QString& message);
    QMenu* makeActionMenu(QWidget* parent);
    QStringList summaryWarnings(const Indicator& draft, std::int64_t editingId) const;
    // Saving a value on a known-good list needs a reason for the history; false if none.
    bool askKnownGoodReason(const Indicator& draft, QString& reason);

    WorkspaceController& controller_;
    MainActions& actions_;
    IndicatorFilterBar* filterBar_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    std::array<IndicatorTab*, 4> tabPages_{};
    IndicatorPane* pane_ = nullptr;
    bool active_ = true;
};

} // namespace indicia
