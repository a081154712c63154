#pragma once
// Small helpers the file and machine pages share: read-only tables filled row by row, and
// the EntityContext built from the open workspace and the Preview page's telemetry files.

#include "models/entities/entity_context.h"

#include <QStringList>

#include <functional>

class QTableWidget;
class QWidget;

namespace indicia {

class WorkspaceController;

// Where the entity pages get their telemetry (the Preview page's file list).
using TelemetryProvider = std::function<QStringList()>;

// The context for one page build; a workspace that cannot be read gives no indicators.
EntityContext loadEntityContext(WorkspaceController& controller, const TelemetryProvider& telemetry);

// `stretchColumn` holds the long text of the table (a name, a path, a title): it takes the
// width the others leave, while they fit their contents (flags and counts stay narrow).
QTableWidget* makeEntityTable(const char* objectName, const QStringList& headers, int stretchColumn, QWidget* parent);
// Appends a row of texts; `key` (a hash, id or machine) goes into Qt::UserRole of every cell.
void appendRow(QTableWidget* table, const QStringList& cells, const QVariant& key = {});
// Sizes the columns to the rows just appended (see makeEntityTable).
void finishTable(QTableWidget* table);

QString timeText(const QDateTime& time, const QString& fallback = {});
QString groupText(const QString& group); // "(no group)" for the empty group

} // namespace indicia
