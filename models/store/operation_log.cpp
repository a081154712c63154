#include "models/store/operation_log.h"

#include "models/store/indicator_sql.h"

#include <QSqlQuery>
#include <QVariant>

#include <nlohmann/json.hpp>

namespace indicia {

namespace {

QVariant jsonOrNull(const IndicatorRecord* record)
{
    if (!record)
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromStdString(toJson(*record).dump());
}

// A default-constructed QString binds as NULL; these columns are NOT NULL ''.
QString notNull(const QString& text) { return text.isNull() ? QStringLiteral("") : text; }

} // namespace

OperationLog::OperationLog(QSqlDatabase& db, QString user, std::int64_t now)
    : db_(db), user_(std::move(user)), now_(now)
{
}

bool OperationLog::begin(const QString& kind, const QString& summary, const QString& comment)
{
    comment_ = notNull(comment);
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "INSERT INTO operations (at, user, kind, summary, comment) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(qlonglong(now_));
    query.addBindValue(user_);
    query.addBindValue(kind);
    query.addBindValue(notNull(summary));
    query.addBindValue(comment_);
    if (!query.exec()) {
        error_ = query.lastError();
        return false;
    }
    opId_ = query.lastInsertId().toLongLong();
    return true;
}

bool OperationLog::setSummary(const QString& summary)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("UPDATE operations SET summary = ? WHERE id = ?"));
    query.addBindValue(notNull(summary));
    query.addBindValue(qlonglong(opId_));
    if (query.exec())
        return true;
    error_ = query.lastError();
    return false;
}

bool OperationLog::recordAdd(const IndicatorRecord& after)
{
    return addHistory(after.id, "add", nullptr, &after) && addOutbox(after.id, "upsert", nullptr);
}

bool OperationLog::recordUpdate(const IndicatorRecord& before, const IndicatorRecord& after)
{
    return addHistory(after.id, "update", &before, &after)
           && addOutbox(after.id, "upsert", nullptr);
}

bool OperationLog::recordDelete(const IndicatorRecord& before)
{
    if (!addHistory(before.id, "delete", &before, nullptr))
        return false;
    return before.serverId.empty() || addOutbox(0, "delete", &before);
}

bool OperationLog::addHistory(std::int64_t indicatorId, const char* operation,
                              const IndicatorRecord* before, const IndicatorRecord* after)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "INSERT INTO history (op_id, indicator_id, at, user, operation, before_json, after_json, "
        "comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(qlonglong(opId_));
    query.addBindValue(qlonglong(indicatorId));
    query.addBindValue(qlonglong(now_));
    query.addBindValue(user_);
    query.addBindValue(QString::fromLatin1(operation));
    query.addBindValue(jsonOrNull(before));
    query.addBindValue(jsonOrNull(after));
    query.addBindValue(comment_);
    if (query.exec())
        return true;
    error_ = query.lastError();
    return false;
}

bool OperationLog::addOutbox(std::int64_t indicatorId, const char* op,
                             const IndicatorRecord* deleted)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (indicator_id, op, server_id, key, op_id) VALUES (?, ?, ?, ?, ?)"));
    const QVariant nullId(QMetaType::fromType<qlonglong>());
    const QVariant nullText(QMetaType::fromType<QString>());
    query.addBindValue(indicatorId ? QVariant(qlonglong(indicatorId)) : nullId);
    query.addBindValue(QString::fromLatin1(op));
    query.addBindValue(deleted ? QVariant(QString::fromStdString(deleted->serverId)) : nullText);
    query.addBindValue(deleted ? QVariant(QString::fromStdString(outboxKey(deleted->indicator)))
                               : nullText);
    query.addBindValue(qlonglong(opId_));
    if (query.exec())
        return true;
    error_ = query.lastError();
    return false;
}

} // namespace indicia
