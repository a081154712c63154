#pragma once
// Reading and writing indicator rows on the store's Qt connection (bound values only).
// The bulk importer has its own C API twin in bulk_writer.cpp, for speed.

#include "models/store/indicator_record.h"
#include "models/store/store_error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace indicia {

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded. IMMEDIATE takes the
// write lock up front, so two writers queue instead of failing half-way.
class SqlTransaction {
public:
    explicit SqlTransaction(QSqlDatabase& db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool started() const { return started_; }
    bool commit();
    QSqlError lastError() const { return error_; }

private:
    QSqlDatabase& db_;
    bool started_ = false;
    bool finished_ = false;
    QSqlError error_;
};

// Runs a prepared query and says what failed, so that a failed read is never taken for an
// empty answer (an undo that read no history would change nothing and report success).
// `what` names the data for the message ("the history of operation 12").
StoreError checkedExec(QSqlQuery& query, const QString& what);

QString fullIndicatorSelect(); // "SELECT <kIndicatorColumns> FROM indicators"
IndicatorRecord recordFromQuery(const QSqlQuery& query);

std::optional<IndicatorRecord> selectIndicator(QSqlDatabase& db, std::int64_t id);
std::optional<std::int64_t> findIndicatorId(QSqlDatabase& db, IndicatorType type,
                                            const std::string& value, const std::string& scopeKey);

// Inserts the row and its group rows. record.id == 0 lets SQLite choose (and sets it);
// a non-zero id is kept (undo re-inserting a deleted row).
bool insertIndicator(QSqlDatabase& db, IndicatorRecord& record, QSqlError* error);
// Rewrites every column and the group rows of record.id.
bool updateIndicator(QSqlDatabase& db, const IndicatorRecord& record, QSqlError* error);
bool deleteIndicator(QSqlDatabase& db, std::int64_t id, QSqlError* error);

// The identity key as outbox delete rows keep it: a JSON array [type, value, scope key].
std::string outboxKey(const Indicator& indicator);

} // namespace indicia
