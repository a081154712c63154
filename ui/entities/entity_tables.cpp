#include "ui/entities/entity_tables.h"

#include "ui/workspace_controller.h"

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

QTableWidget* makeEntityTable(const char* objectName, const QStringList& headers, QWidget* parent)
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
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
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
    table->resizeColumnsToContents();
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), 320));
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
