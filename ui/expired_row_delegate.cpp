#include "ui/expired_row_delegate.h"

#include "models/list/indicator_table_model.h"

#include <QFontDatabase>

namespace indicia {

void ExpiredRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(IndicatorTableModel::ExpiredRole).toBool()) {
        const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, grey);
        option->font.setItalic(true);
    }
    // Values (hashes, addresses) read best in a fixed-pitch font.
    if (index.column() == int(ListColumn::Value))
        option->font.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    if (index.data(IndicatorTableModel::SyncStateRole).toString() == u"conflict")
        option->font.setBold(true);
}

} // namespace indicia
