#pragma once
// The search box and filters above the indicator tabs: free text (value or title), action,
// severity, scope and state. Typing is debounced so a keystroke never waits on SQL.

#include "models/list/indicator_filter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace indicia {

class IndicatorFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit IndicatorFilterBar(QWidget* parent = nullptr);

    IndicatorFilter filter() const;
    QLineEdit* searchBox() const { return search_; }
    // Device groups offered in the scope filter.
    void setGroups(const QStringList& groups);

signals:
    void filterChanged(const indicia::IndicatorFilter& filter);

private:
    void emitFilter();

    QLineEdit* search_ = nullptr;
    QComboBox* action_ = nullptr;
    QComboBox* severity_ = nullptr;
    QComboBox* scope_ = nullptr;
    QComboBox* state_ = nullptr;
    QTimer* debounce_ = nullptr;
};

} // namespace indicia
