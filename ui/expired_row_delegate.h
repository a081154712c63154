#pragma once
// Greys expired rows (still listed, no longer enforced) and marks conflicts, using the
// raw roles of IndicatorTableModel so the model stays free of GUI types.

#include <QStyledItemDelegate>

namespace indicia {

class ExpiredRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace indicia
