// The user actions of WorkspaceStore that change indicators one by one (the bulk import is
// in bulk_importer.cpp, undo in store_undo.cpp). Each function is one transaction: the
// change, an operations row, history rows and outbox rows, or nothing at all.

#include "models/store/workspace_store.h"
#include "models/store/store_text.h"

#include "engine/normalise.h"
#include "engine/validate.h"
#include "models/store/indicator_sql.h"
#include "models/store/operation_log.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace indicia {

namespace {


QString label(const Indicator& indicator)
{
    return QString::fromLatin1(displayName(indicator.type).data(),
                               qsizetype(displayName(indicator.type).size()))
           + QLatin1Char(' ') + QString::fromStdString(indicator.value);
}

StoreError transactionFailure(const SqlTransaction& tx)
{
    const QString detail = tx.lastError().text();
    if (tx.lastError().nativeErrorCode().toInt() == 5) // SQLITE_BUSY
        return {StoreErrorCode::Locked,
                StoreText::tr("The workspace is busy (another program is writing to it); try again.")};
    return {StoreErrorCode::Sql, StoreText::tr("Cannot save the change: %1").arg(detail)};
}

StoreError writeFailure(const QSqlError& error)
{
    return {StoreErrorCode::Sql, StoreText::tr("Cannot save the change: %1").arg(error.text())};
}

// The row `id` as it is now, if it exists and the session may change it.
StoreResult<IndicatorRecord> writableRecord(QSqlDatabase& db, const StoreSession& session, std::int64_t id)
{
    auto record = selectIndicator(db, id);
    if (!record)
        return StoreError{StoreErrorCode::NotFound, StoreText::tr("Indicator %1 is not in this workspace.").arg(id)};
    if (StoreError error = checkWriteAccess(session, record->indicator.rbacGroups))
        return error;
    return *record;
}

} // namespace

StoreResult<Indicator> WorkspaceStore::prepareIndicator(const Indicator& indicator) const
{
    const Normalised normalised = normalise(indicator.type, indicator.value);
    if (!normalised.ok()) {
        const QString reason = normalised.error ? QString::fromStdString(normalised.error->message)
                                                : StoreText::tr("not a valid value");
        return StoreError{StoreErrorCode::Invalid,
                          StoreText::tr("%1 is refused: %2")
                              .arg(QString::fromStdString(indicator.value), reason)};
    }
    Indicator prepared = indicator;
    prepared.value = *normalised.value;
    prepared.rbacGroups = canonicalGroups(indicator.rbacGroups);
    ValidateOptions options;
    options.now = fromUnixSeconds(now());
    const Validation validation = validateIndicator(prepared, options);
    if (!validation.ok()) {
        return StoreError{StoreErrorCode::Invalid,
                          StoreText::tr("%1 is refused: %2")
                              .arg(label(prepared),
                                   QString::fromStdString(validation.errors.front().message))};
    }
    return prepared;
}

IndicatorRecord WorkspaceStore::newRecord(const Indicator& indicator, std::int64_t opId) const
{
    IndicatorRecord record;
    record.indicator = indicator;
    record.createdBy = record.updatedBy = session_.user.toStdString();
    record.createdAt = record.updatedAt = now();
    record.syncState = SyncState::Pending;
    record.createdOp = opId;
    return record;
}

StoreResult<UpsertResult> WorkspaceStore::upsert(const Indicator& indicator,
                                                 const QString& comment)
{
    if (StoreError error = checkCanWrite(session_))
        return error;
    const auto prepared = prepareIndicator(indicator);
    if (!prepared)
        return prepared.error();
    if (StoreError error = checkWriteAccess(session_, prepared->rbacGroups))
        return error;

    QSqlDatabase db = database();
    const auto existing = findIndicatorId(db, prepared->type, prepared->value,
                                          scopeKeyOf(prepared->rbacGroups));
    if (existing)
        return update(*existing, *prepared, comment);

    SqlTransaction tx(db);
    if (!tx.started())
        return transactionFailure(tx);
    OperationLog log(db, session_.user, now());
    if (!log.begin(OperationKind::Add, StoreText::tr("Added %1").arg(label(*prepared)), comment))
        return writeFailure(log.lastError());
    IndicatorRecord record = newRecord(*prepared, log.opId());
    QSqlError error;
    if (!insertIndicator(db, record, &error))
        return writeFailure(error);
    if (!log.recordAdd(record))
        return writeFailure(log.lastError());
    if (!tx.commit())
        return transactionFailure(tx);
    return UpsertResult{record.id, UpsertOutcome::Added, log.opId()};
}

StoreResult<UpsertResult> WorkspaceStore::update(std::int64_t id, const Indicator& indicator,
                                                 const QString& comment)
{
    if (StoreError error = checkCanWrite(session_))
        return error;
    const auto prepared = prepareIndicator(indicator);
    if (!prepared)
        return prepared.error();
    QSqlDatabase db = database();
    SqlTransaction tx(db);
    if (!tx.started())
        return transactionFailure(tx);
    // Both the row as it is and as it would become must be within the session's reach.
    const auto before = writableRecord(db, session_, id);
    if (!before)
        return before.error();
    if (StoreError error = checkWriteAccess(session_, prepared->rbacGroups))
        return error;
    const auto other = findIndicatorId(db, prepared->type, prepared->value,
                                       scopeKeyOf(prepared->rbacGroups));
    if (other && *other != id) {
        return StoreError{StoreErrorCode::Invalid,
                          StoreText::tr("%1 with the same device groups already exists (indicator %2).")
                              .arg(label(*prepared))
                              .arg(*other)};
    }
    IndicatorRecord after = *before;
    after.indicator = *prepared;
    if (after.sameContent(*before))
        return UpsertResult{id, UpsertOutcome::Unchanged, 0};
    after.updatedBy = session_.user.toStdString();
    after.updatedAt = now();
    after.syncState = SyncState::Pending;
    after.syncError.clear();

    OperationLog log(db, session_.user, now());
    if (!log.begin(OperationKind::Edit, StoreText::tr("Changed %1").arg(label(*prepared)), comment))
        return writeFailure(log.lastError());
    QSqlError error;
    if (!updateIndicator(db, after, &error))
        return writeFailure(error);
    if (!log.recordUpdate(*before, after))
        return writeFailure(log.lastError());
    if (!tx.commit())
        return transactionFailure(tx);
    return UpsertResult{id, UpsertOutcome::Updated, log.opId()};
}

StoreResult<std::int64_t> WorkspaceStore::remove(const QList<std::int64_t>& ids,
                                                 const QString& comment)
{
    if (StoreError error = checkCanWrite(session_))
        return error;
    QSqlDatabase db = database();
    SqlTransaction tx(db);
    if (!tx.started())
        return transactionFailure(tx);
    OperationLog log(db, session_.user, now());
    if (!log.begin(OperationKind::Remove, StoreText::tr("Deleted %n indicator(s)", nullptr, int(ids.size())),
                   comment))
        return writeFailure(log.lastError());
    for (std::int64_t id : ids) {
        const auto before = writableRecord(db, session_, id);
        if (!before)
            return before.error();
        QSqlError error;
        if (!deleteIndicator(db, id, &error))
            return writeFailure(error);
        if (!log.recordDelete(*before))
            return writeFailure(log.lastError());
    }
    if (!tx.commit())
        return transactionFailure(tx);
    return log.opId();
}

StoreResult<std::int64_t> WorkspaceStore::bulkSetAction(const QList<std::int64_t>& ids,
                                                        Action action, const QString& comment)
{
    if (StoreError error = checkCanWrite(session_))
        return error;
    QSqlDatabase db = database();
    SqlTransaction tx(db);
    if (!tx.started())
        return transactionFailure(tx);
    OperationLog log(db, session_.user, now());
    const QString actionName = QString::fromLatin1(displayName(action).data(),
                                                   qsizetype(displayName(action).size()));
    if (!log.begin(OperationKind::SetAction,
                   StoreText::tr("Set the action of %n indicator(s) to %1", nullptr, int(ids.size()))
                       .arg(actionName),
                   comment))
        return writeFailure(log.lastError());
    for (std::int64_t id : ids) {
        const auto before = writableRecord(db, session_, id);
        if (!before)
            return before.error();
        if (!isActionAllowed(before->indicator.type, action)) {
            return StoreError{StoreErrorCode::Invalid,
                              StoreText::tr("%1 cannot take the action %2.")
                                  .arg(label(before->indicator), actionName)};
        }
        IndicatorRecord after = *before;
        after.indicator.action = action;
        // The service refuses Audit without an alert (it is what Audit means).
        if (action == Action::Audit)
            after.indicator.generateAlert = true;
        if (after.sameContent(*before))
            continue;
        after.updatedBy = session_.user.toStdString();
        after.updatedAt = now();
        after.syncState = SyncState::Pending;
        QSqlError error;
        if (!updateIndicator(db, after, &error))
            return writeFailure(error);
        if (!log.recordUpdate(*before, after))
            return writeFailure(log.lastError());
    }
    if (!tx.commit())
        return transactionFailure(tx);
    return log.opId();
}

StoreResult<std::int64_t> WorkspaceStore::purgeExpired(const QString& comment)
{
    if (StoreError error = checkCanWrite(session_))
        return error;
    QSqlDatabase db = database();
    SqlTransaction tx(db);
    if (!tx.started())
        return transactionFailure(tx);
    OperationLog log(db, session_.user, now());
    if (!log.begin(OperationKind::Purge, StoreText::tr("Purged expired indicators"), comment))
        return writeFailure(log.lastError());
    QSqlQuery expired(db);
    expired.setForwardOnly(true);
    expired.prepare(fullIndicatorSelect() + QStringLiteral(" WHERE expiration <= ?"));
    expired.addBindValue(qlonglong(now()));
    if (!expired.exec())
        return writeFailure(expired.lastError());
    std::vector<IndicatorRecord> doomed;
    while (expired.next()) {
        IndicatorRecord record = recordFromQuery(expired);
        // A scoped session purges what it may touch and leaves the rest.
        if (!checkWriteAccess(session_, record.indicator.rbacGroups))
            doomed.push_back(std::move(record));
    }
    expired.finish();
    for (const IndicatorRecord& record : doomed) {
        QSqlError error;
        if (!deleteIndicator(db, record.id, &error))
            return writeFailure(error);
        if (!log.recordDelete(record))
            return writeFailure(log.lastError());
    }
    if (!log.setSummary(StoreText::tr("Purged %n expired indicator(s)", nullptr, int(doomed.size()))))
        return writeFailure(log.lastError());
    if (!tx.commit())
        return transactionFailure(tx);
    return std::int64_t(doomed.size());
}

} // namespace indicia
