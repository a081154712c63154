#pragma once
// The bookkeeping every user action writes inside its own transaction: one operations row,
// a history row per changed indicator (before/after as JSON) and the outbox rows that sync
// will push. Used on the store's Qt connection; the bulk importer writes the same rows
// through the C API.

#include "models/store/indicator_record.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <cstdint>

namespace indicia {

// Operation kinds as stored in operations.kind.
namespace OperationKind {
inline const QString Add = QStringLiteral("add");
inline const QString Edit = QStringLiteral("edit");
inline const QString Remove = QStringLiteral("remove");
inline const QString SetAction = QStringLiteral("set-action");
inline const QString Import = QStringLiteral("import");
inline const QString Undo = QStringLiteral("undo");
inline const QString Purge = QStringLiteral("purge-expired");
} // namespace OperationKind

class OperationLog {
public:
    OperationLog(QSqlDatabase& db, QString user, std::int64_t now);

    // Inserts the operations row; every later call refers to it.
    bool begin(const QString& kind, const QString& summary, const QString& comment);
    std::int64_t opId() const { return opId_; }

    bool recordAdd(const IndicatorRecord& after);
    bool recordUpdate(const IndicatorRecord& before, const IndicatorRecord& after);
    // History with the row as it was; an outbox delete only if the service knows the row
    // (its pending upsert, if any, goes with the row through ON DELETE CASCADE).
    bool recordDelete(const IndicatorRecord& before);
    // Changes the summary once the action knows what it did ("Deleted 12 indicators").
    bool setSummary(const QString& summary);

    QSqlError lastError() const { return error_; }

private:
    bool addHistory(std::int64_t indicatorId, const char* operation,
                    const IndicatorRecord* before, const IndicatorRecord* after);
    bool addOutbox(std::int64_t indicatorId, const char* op, const IndicatorRecord* deleted);

    QSqlDatabase& db_;
    QString user_;
    std::int64_t now_;
    std::int64_t opId_ = 0;
    QString comment_;
    QSqlError error_;
};

} // namespace indicia
