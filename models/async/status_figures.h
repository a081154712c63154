#pragma once
// The figures the status bar shows, read in one pass over the indicators table. On a
// million rows that pass takes a noticeable fraction of a second, so the window reads it
// through a WorkspaceReader, never on its own thread.

#include <QMetaType>
#include <QSqlDatabase>

namespace indicia {

struct StatusFigures {
    qint64 active = 0;
    qint64 expired = 0;
    qint64 pending = 0;
    qint64 conflicts = 0;
};

StatusFigures readStatusFigures(QSqlDatabase& db, qint64 now);

} // namespace indicia

Q_DECLARE_METATYPE(indicia::StatusFigures)
