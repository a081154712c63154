#include "ui/entities/entity_tables.h"

#include "ui/workspace_controller.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>

namespace indicia {

EntityContext loadEntityContext(WorkspaceController& controller, const TelemetryProvider& telemetry)
{
    EntityContext context;
    context.setTelemetry(telemetry ? telemetry() : QStringList());
    QString error;
    if (controller.isOpen())
        context.loadIndicators(controller.store(), error);
    return context;
}

namespace {

constexpr int kMaxFittedWidth = 560; // a SHA-256 fits (in any font); longer text elides, with a tooltip

// Every column as wide as its contents (up to kMaxFittedWidth), and the width left over
// to the long-text column, again on every resize. A plain Stretch section would shrink
// that column below its contents (cutting names) whenever the others fill the view.
class ColumnFitter : public QObject {
public:
    ColumnFitter(QTableWidget* table, int stretchColumn)
        : QObject(table)
        , table_(table)
        , stretch_(stretchColumn)
    {
        table->viewport()->installEventFilter(this);
    }

    void measure()
    {
        contents_.clear();
        for (int column = 0; column < table_->columnCount(); ++column) {
            table_->resizeColumnToContents(column);
            contents_ << std::min(table_->columnWidth(column), kMaxFittedWidth);
        }
        fit();
    }

    void fit()
    {
        if (contents_.size() != table_->columnCount())
            return;
        int total = 0;
        for (const int width : contents_)
            total += width;
        const int spare = std::max(0, table_->viewport()->width() - total);
        for (int column = 0; column < contents_.size(); ++column)
            table_->setColumnWidth(column, contents_.at(column) + (column == stretch_ ? spare : 0));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    QTableWidget* table_;
    int stretch_;
    QList<int> contents_;
};

} // namespace

QTableWidget* makeEntityTable(const char* objectName, const QStringList& headers, int stretchColumn, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    // Compact rows: these tables list many short values.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    // Not the last section: it is often a short flag ("Allowed", a time) that would take
    // the spare width from the names.
    table->horizontalHeader()->setStretchLastSection(false);
    new ColumnFitter(table, stretchColumn);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle); // paths and hashes keep both ends
    return table;
}

void appendRow(QTableWidget* table, const QStringList& cells, const QVariant& key)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size() && column < table->columnCount(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, key);
        item->setToolTip(cells.at(column));
        table->setItem(row, column, item);
    }
}

void finishTable(QTableWidget* table)
{
    for (QObject* child : table->children())
        if (auto* fitter = dynamic_cast<ColumnFitter*>(child))
            fitter->measure();
}

QString timeText(const QDateTime& time, const QString& fallback)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : fallback;
}

QString groupText(const QString& group)
{
    return group.isEmpty() ? QObject::tr("(no group)") : group;
}

} // namespace indicia
