#pragma once
// One tab of the Indicators page: the list of one indicator family (a paging table) or,
// when the workspace has none yet, an empty state that offers Add and Import.

#include "engine/indicator.h"

#include <QList>
#include <QPointer>
#include <QStackedWidget>

#include <cstdint>

class QAction;
class QProgressBar;
class QTableView;

namespace indicia {

class IndicatorTableModel;

class IndicatorTab : public QStackedWidget {
    Q_OBJECT
public:
    IndicatorTab(TabKind tab, QAction* addAction, QAction* importAction, QWidget* parent = nullptr);

    TabKind tab() const { return tab_; }
    QTableView* view() const { return view_; }
    // Shown while the model loads (isLoading()).
    QProgressBar* busyBar() const { return busy_; }
    IndicatorTableModel* model() const;
    void setModel(IndicatorTableModel* model);

    QList<std::int64_t> selectedIds() const;
    // Selects and scrolls to a store id; false when the current filter hides it.
    bool selectId(std::int64_t id);
    // Empty state only when the tab has nothing at all (not when a filter hides all).
    void updatePage(bool filterActive);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void selectionChanged();
    void activated(std::int64_t id);
    void contextMenuRequested(const QPoint& globalPos);

private:
    TabKind tab_;
    QTableView* view_ = nullptr;
    QProgressBar* busy_ = nullptr;
    QWidget* listPage_ = nullptr; // busy_ over view_
    QPointer<IndicatorTableModel> model_; // a closed workspace takes its models with it
};

QString tabObjectName(TabKind tab);

} // namespace indicia
