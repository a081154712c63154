#include "ui/dialogs/import_preview_model.h"
#include "ui/palette.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QStyle>

namespace indicia {

namespace {

// Colours by meaning, from the one palette (each meets 4.5:1 on the table).

QVariant statusColor(const PreviewRow& row)
{
    switch (row.status) {
    case PreviewStatus::Invalid: return Palette::errorText();
    case PreviewStatus::OverQuota: return Palette::warningText();
    default: break;
    }
    if (!row.warnings.isEmpty())
        return Palette::warningText(); // a warned row must not look like a clean one
    switch (row.status) {
    case PreviewStatus::New: return Palette::successText();
    case PreviewStatus::Updated: return Palette::infoText();
    default: return {}; // the palette's own text colour
    }
}

QVariant statusIcon(const PreviewRow& row)
{
    QStyle* style = QApplication::style();
    if (row.status == PreviewStatus::Invalid)
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    if (!row.warnings.isEmpty() || row.status == PreviewStatus::OverQuota || row.status == PreviewStatus::Duplicate)
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    // A clean row keeps the icon's room, so every status word starts at the same place.
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize);
    QPixmap blank(size, size);
    blank.fill(Qt::transparent);
    return QIcon(blank);
}

// Refused rows first when sorting by status, clean new rows last.
int statusRank(const PreviewRow& row)
{
    switch (row.status) {
    case PreviewStatus::Invalid: return 0;
    case PreviewStatus::OverQuota: return 1;
    case PreviewStatus::Duplicate: return 2;
    default: break;
    }
    const int warned = row.warnings.isEmpty() ? 3 : 0;
    switch (row.status) {
    case PreviewStatus::Updated: return 3 + warned;
    case PreviewStatus::New: return 4 + warned;
    case PreviewStatus::Unchanged: return 5 + warned;
    default: return 9;
    }
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

bool ImportPreviewModel::needsAttention(const PreviewRow& row)
{
    return row.status == PreviewStatus::Invalid || row.status == PreviewStatus::Duplicate
           || row.status == PreviewStatus::OverQuota || !row.warnings.isEmpty();
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
    case Qt::ForegroundRole: return index.column() == StatusColumn ? statusColor(row) : QVariant();
    case Qt::DecorationRole: return index.column() == StatusColumn ? statusIcon(row) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case StatusRole: return int(row.status);
    case CodesRole: return row.codes;
    case WarningsRole: return row.warnings;
    case SortRole: // rows of one status stay in file order
        return index.column() == StatusColumn ? QVariant(qint64(statusRank(row)) * (qint64(1) << 40) + row.row)
                                              : display(row, index.column());
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

ImportPreviewFilter::ImportPreviewFilter(ImportPreviewModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , source_(source)
{
    setSourceModel(source);
    setSortRole(ImportPreviewModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ImportPreviewFilter::setProblemsOnly(bool on)
{
    if (on == problemsOnly_)
        return;
    problemsOnly_ = on;
    invalidateRowsFilter();
}

void ImportPreviewFilter::setText(const QString& text)
{
    if (text == text_)
        return;
    text_ = text;
    invalidateRowsFilter();
}

const PreviewRow& ImportPreviewFilter::previewRow(int proxyRow) const
{
    return source_->previewRow(mapToSource(index(proxyRow, 0)).row());
}

bool ImportPreviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const PreviewRow& row = source_->previewRow(sourceRow);
    if (problemsOnly_ && !ImportPreviewModel::needsAttention(row))
        return false;
    if (text_.isEmpty())
        return true;
    for (const QString& field : {row.value, row.type, row.reason, row.column, toDisplayString(row.status)}) {
        if (field.contains(text_, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace indicia
