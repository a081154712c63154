#pragma once
// The import dialog's dry-run table: one line per previewed row of the source file, with
// its status (new, update, unchanged, duplicate, over quota, invalid) and, for refused
// rows, the reason and the column.

#include "models/io/import_preview.h"

#include <QAbstractTableModel>

namespace indicia {

class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, StatusColumn, TypeColumn, ValueColumn, ReasonColumn, FieldColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(PreviewStatus), on every column
        CodesRole,                     // QStringList of issue codes
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const ImportPreview& preview);
    void clear();
    const PreviewRow& previewRow(int row) const { return rows_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PreviewRow& row, int column) const;
    QList<PreviewRow> rows_;
};

} // namespace indicia
