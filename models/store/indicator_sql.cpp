#include "models/store/indicator_sql.h"

#include "models/store/indicator_row.h"

#include <QCoreApplication>
#include <QVariant>

#include <nlohmann/json.hpp>

namespace indicia {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
std::string ss(const QVariant& value) { return value.toString().toStdString(); }

QVariant nullableInt(std::optional<std::int64_t> value)
{
    return value ? QVariant(qlonglong(*value)) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullableText(const std::string& text)
{
    return text.empty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(qs(text));
}

// Binds every column after id, in kIndicatorColumns order.
void bindContent(QSqlQuery& query, const IndicatorRecord& r)
{
    const Indicator& i = r.indicator;
    query.addBindValue(tabCode(i.type));
    query.addBindValue(qs(std::string(toString(i.type))));
    query.addBindValue(qs(i.value));
    query.addBindValue(qs(scopeKeyOf(i.rbacGroups)));
    query.addBindValue(actionCode(i.action));
    query.addBindValue(severityCode(i.severity));
    query.addBindValue(i.generateAlert ? 1 : 0);
    query.addBindValue(qs(i.title));
    query.addBindValue(qs(i.description));
    query.addBindValue(qs(i.recommendedActions));
    query.addBindValue(qs(i.category));
    query.addBindValue(qs(joinTechniques(i.mitreTechniques)));
    query.addBindValue(nullableInt(toUnixSeconds(i.expiration)));
    query.addBindValue(qs(i.educateUrl));
    query.addBindValue(qs(i.externalId));
    query.addBindValue(qs(r.createdBy));
    query.addBindValue(qlonglong(r.createdAt));
    query.addBindValue(qs(r.updatedBy));
    query.addBindValue(qlonglong(r.updatedAt));
    query.addBindValue(nullableText(r.serverId));
    query.addBindValue(qs(std::string(toString(r.syncState))));
    query.addBindValue(qs(r.syncError));
    query.addBindValue(nullableInt(r.createdOp ? std::optional<std::int64_t>(r.createdOp)
                                               : std::nullopt));
    query.addBindValue(qlonglong(identityHash(i.type, i.value, scopeKeyOf(i.rbacGroups))));
}

const QString kContentColumns = QStringLiteral(
    "tab, type, value, scope_key, action, severity, generate_alert, title, description, "
    "recommended_actions, category, mitre_techniques, expiration, educate_url, external_id, "
    "created_by, created_at, updated_by, updated_at, server_id, sync_state, sync_error, "
    "created_op, key_hash");

bool exec(QSqlQuery& query, QSqlError* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

bool writeGroups(QSqlDatabase& db, const IndicatorRecord& record, QSqlError* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM indicator_groups WHERE indicator_id = ?"));
    query.addBindValue(qlonglong(record.id));
    if (!exec(query, error))
        return false;
    query.prepare(QStringLiteral(
        "INSERT INTO indicator_groups (indicator_id, group_name) VALUES (?, ?)"));
    for (const std::string& group : record.indicator.rbacGroups) {
        query.addBindValue(qlonglong(record.id));
        query.addBindValue(qs(group));
        if (!exec(query, error))
            return false;
    }
    return true;
}

} // namespace

SqlTransaction::SqlTransaction(QSqlDatabase& db) : db_(db)
{
    QSqlQuery query(db_);
    started_ = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!started_)
        error_ = query.lastError();
}

SqlTransaction::~SqlTransaction()
{
    if (started_ && !finished_) {
        QSqlQuery query(db_);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool SqlTransaction::commit()
{
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        error_ = query.lastError();
        return false;
    }
    finished_ = true;
    return true;
}

StoreError checkedExec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return {};
    return {StoreErrorCode::Sql, QCoreApplication::translate("WorkspaceStore", "Cannot read %1: %2")
                                     .arg(what, query.lastError().text())};
}

QString fullIndicatorSelect()
{
    return QStringLiteral("SELECT ") + QString::fromLatin1(kIndicatorColumns.data(),
                                                          qsizetype(kIndicatorColumns.size()))
           + QStringLiteral(" FROM indicators");
}

namespace {

// A QSqlQuery positioned on a full row, as recordFromRow() reads it.
struct QueryRow {
    const QSqlQuery& query;
    std::string text(IndicatorColumn c) const { return ss(query.value(static_cast<int>(c))); }
    std::int64_t integer(IndicatorColumn c) const { return query.value(static_cast<int>(c)).toLongLong(); }
    bool isNull(IndicatorColumn c) const { return query.value(static_cast<int>(c)).isNull(); }
};

} // namespace

IndicatorRecord recordFromQuery(const QSqlQuery& q)
{
    return recordFromRow(QueryRow{q});
}

std::optional<IndicatorRecord> selectIndicator(QSqlDatabase& db, std::int64_t id)
{
    QSqlQuery query(db);
    query.prepare(fullIndicatorSelect() + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(qlonglong(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFromQuery(query);
}

std::optional<std::int64_t> findIndicatorId(QSqlDatabase& db, IndicatorType type,
                                            const std::string& value, const std::string& scopeKey)
{
    QSqlQuery query(db);
    // Through the (tab, value) index (schema v5).
    query.prepare(QStringLiteral("SELECT id FROM indicators WHERE tab = ? AND value = ? "
                                 "AND +type = ? AND +scope_key = ?"));
    query.addBindValue(tabCode(type));
    query.addBindValue(qs(value));
    query.addBindValue(qs(std::string(toString(type))));
    query.addBindValue(qs(scopeKey));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool insertIndicator(QSqlDatabase& db, IndicatorRecord& record, QSqlError* error)
{
    QSqlQuery query(db);
    const QString placeholders = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                "?, ?, ?, ?, ?, ?, ?, ?");
    if (record.id != 0) {
        query.prepare(QStringLiteral("INSERT INTO indicators (id, ") + kContentColumns
                      + QStringLiteral(") VALUES (?, ") + placeholders + QStringLiteral(")"));
        query.addBindValue(qlonglong(record.id));
    } else {
        query.prepare(QStringLiteral("INSERT INTO indicators (") + kContentColumns
                      + QStringLiteral(") VALUES (") + placeholders + QStringLiteral(")"));
    }
    bindContent(query, record);
    if (!exec(query, error))
        return false;
    record.id = query.lastInsertId().toLongLong();
    return writeGroups(db, record, error);
}

bool updateIndicator(QSqlDatabase& db, const IndicatorRecord& record, QSqlError* error)
{
    QString assignments;
    for (const QString& column : kContentColumns.split(QStringLiteral(", "))) {
        if (!assignments.isEmpty())
            assignments += QStringLiteral(", ");
        assignments += column + QStringLiteral(" = ?");
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE indicators SET ") + assignments
                  + QStringLiteral(" WHERE id = ?"));
    bindContent(query, record);
    query.addBindValue(qlonglong(record.id));
    return exec(query, error) && writeGroups(db, record, error);
}

bool deleteIndicator(QSqlDatabase& db, std::int64_t id, QSqlError* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM indicators WHERE id = ?"));
    query.addBindValue(qlonglong(id));
    return exec(query, error);
}

std::string outboxKey(const Indicator& indicator)
{
    return nlohmann::json::array({std::string(toString(indicator.type)), indicator.value,
                                  scopeKeyOf(indicator.rbacGroups)})
        .dump();
}

} // namespace indicia
