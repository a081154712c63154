#include "ui/dialogs/import_preview_model.h"
#include "ui/palette.h"

#include <QColor>

namespace indicia {

namespace {

// Mid tones that stay legible on both light and dark palettes.
QVariant statusColor(PreviewStatus status)
{
    switch (status) {
    case PreviewStatus::New: return Palette::successText();
    case PreviewStatus::Updated: return Palette::infoText();
    case PreviewStatus::OverQuota: return Palette::warningText();
    case PreviewStatus::Invalid: return Palette::errorText();
    case PreviewStatus::Unchanged:
    case PreviewStatus::Duplicate: return {}; // the palette's own text colour
    }
    return {};
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const ImportPreview& preview)
{
    beginResetModel();
    rows_ = preview.rows;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    rows_.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow& row = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return row.reason.isEmpty() ? QVariant() : QVariant(row.reason);
    case Qt::ForegroundRole: return index.column() == StatusColumn ? statusColor(row.status) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case StatusRole: return int(row.status);
    case CodesRole: return row.codes;
    default: return {};
    }
}

QVariant ImportPreviewModel::display(const PreviewRow& row, int column) const
{
    switch (column) {
    case RowColumn: return row.row;
    case StatusColumn: return toDisplayString(row.status);
    case TypeColumn: return row.type;
    case ValueColumn: return row.value;
    case ReasonColumn: return row.reason;
    case FieldColumn: return row.column;
    default: return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case StatusColumn: return tr("Status");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    case ReasonColumn: return tr("Reason");
    case FieldColumn: return tr("Column");
    default: return {};
    }
}

} // namespace indicia
