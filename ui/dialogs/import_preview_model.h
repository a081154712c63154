#pragma once
// The import dialog's dry-run table: one line per previewed row of the source file, with
// its status (new, update, unchanged, duplicate, over quota, invalid) and, for refused
// rows, the reason and the column. Rows with warnings carry a warning icon and colour, so
// that they stand apart from clean rows. ImportPreviewFilter sorts it and narrows it to
// the rows that need a look.

#include "models/io/import_preview.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace indicia {

class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, StatusColumn, TypeColumn, ValueColumn, ReasonColumn, FieldColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(PreviewStatus), on every column
        CodesRole,                     // QStringList of issue codes
        WarningsRole,                  // QStringList of warnings, on every column
        SortRole,                      // what the column sorts by (numbers as numbers)
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const ImportPreview& preview);
    void clear();
    const PreviewRow& previewRow(int row) const { return rows_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A row someone should look at before importing: refused, repeated, over quota or warned.
    static bool needsAttention(const PreviewRow& row);

private:
    QVariant display(const PreviewRow& row, int column) const;
    QList<PreviewRow> rows_;
};

// Sorting by any column (the Row column by number), "problems only", and a text filter
// over the value, type, reason and column.
class ImportPreviewFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ImportPreviewFilter(ImportPreviewModel* source, QObject* parent = nullptr);

    void setProblemsOnly(bool on);
    bool problemsOnly() const { return problemsOnly_; }
    void setText(const QString& text);
    // The previewed row behind a row of this proxy.
    const PreviewRow& previewRow(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ImportPreviewModel* source_;
    bool problemsOnly_ = false;
    QString text_;
};

} // namespace indicia
