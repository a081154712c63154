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

namespace {

constexpr char kStretchColumn[] = "indiciaStretchColumn";
constexpr int kMaxFittedWidth = 480; // a SHA-256 fits; longer text elides, with a tooltip

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
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setProperty(kStretchColumn, stretchColumn);
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
    const int stretch = table->property(kStretchColumn).toInt();
    for (int column = 0; column < table->columnCount(); ++column) {
        if (column == stretch)
            continue;
        table->resizeColumnToContents(column);
        table->setColumnWidth(column, std::min(table->columnWidth(column), kMaxFittedWidth));
    }
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
