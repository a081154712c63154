#include "models/store/bulk_writer.h"

#include "models/store/schema_migrations.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace indicia {

namespace {

// The columns apply() writes, in bindContent() order (?1.. for insert, shifted for update).
constexpr std::string_view kInsertSql =
    "INSERT INTO indicators (action, severity, generate_alert, title, description, "
    "recommended_actions, category, mitre_techniques, expiration, educate_url, external_id, "
    "tab, type, value, scope_key, created_by, created_at, updated_by, updated_at, sync_state, "
    "created_op, key_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
    "?17, ?16, ?17, 'pending', ?18, ?19)";
constexpr std::string_view kUpdateSql =
    "UPDATE indicators SET action = ?1, severity = ?2, generate_alert = ?3, title = ?4, "
    "description = ?5, recommended_actions = ?6, category = ?7, mitre_techniques = ?8, "
    "expiration = ?9, educate_url = ?10, external_id = ?11, updated_by = ?12, updated_at = ?13, "
    "sync_state = 'pending', sync_error = '' WHERE id = ?14";

std::string selectByKeySql()
{
    // Through the (tab, value) index (schema v5). ?1 (the key hash, which findExisting()
    // binds for both statements) is unused here: SQLite numbers slots up to the largest.
    return "SELECT " + std::string(kIndicatorColumns)
           + " FROM indicators WHERE tab = ?2 AND value = ?3 AND +type = ?4 AND +scope_key = ?5";
}

std::string selectByIdSql()
{
    return "SELECT " + std::string(kIndicatorColumns)
           + " FROM indicators WHERE id = ?1 AND +tab = ?2 AND +value = ?3 AND +type = ?4 "
             "AND +scope_key = ?5";
}

} // namespace

BulkWriter::BulkWriter(SqliteConnection& db, std::string user, std::int64_t now)
    : db_(db), user_(std::move(user)), now_(now)
{
}

bool BulkWriter::fail()
{
    error_ = db_.errorMessage();
    return false;
}

bool BulkWriter::begin(const std::string& summary, const std::string& comment,
                       bool deferIndexes, std::int64_t expectedKeys)
{
    comment_ = comment;
    // Schema changes first: they would invalidate statements prepared before them.
    for (const DeferrableIndex& trigger : identityTriggers()) {
        if (!db_.exec("DROP TRIGGER " + std::string(trigger.name)))
            return fail();
    }
    deferredIndexes_ = deferIndexes;
    if (deferIndexes) {
        keys_.reserve(std::size_t(std::max<std::int64_t>(expectedKeys, 0)));
        if (!loadKeyHashes())
            return fail();
        for (const DeferrableIndex& index : deferrableIndexes()) {
            if (!db_.exec("DROP INDEX " + std::string(index.name)))
                return fail();
        }
    }
    insert_ = db_.prepare(kInsertSql);
    if (deferIndexes)
        selectById_ = db_.prepare(selectByIdSql());
    else
        selectByKey_ = db_.prepare(selectByKeySql());
    update_ = db_.prepare(kUpdateSql);
    insertGroup_ = db_.prepare("INSERT INTO indicator_groups (indicator_id, group_name) "
                               "VALUES (?1, ?2)");
    insertOutbox_ = db_.prepare("INSERT INTO outbox (indicator_id, op, op_id) "
                                "VALUES (?1, 'upsert', ?2)");
    insertHistory_ = db_.prepare(
        "INSERT INTO history (op_id, indicator_id, at, user, operation, before_json, after_json, "
        "comment) VALUES (?1, ?2, ?3, ?4, 'update', ?5, ?6, ?7)");
    if (!insert_.valid() || !(deferIndexes ? selectById_ : selectByKey_).valid() || !update_.valid()
        || !insertGroup_.valid()
        || !insertOutbox_.valid() || !insertHistory_.valid())
        return fail();

    SqliteStatement operation = db_.prepare(
        "INSERT INTO operations (at, user, kind, summary, comment) "
        "VALUES (?1, ?2, 'import', ?3, ?4)");
    operation.bind(1, now_);
    operation.bind(2, std::string_view(user_));
    operation.bind(3, std::string_view(summary));
    operation.bind(4, std::string_view(comment_));
    if (operation.step() != SQLITE_DONE)
        return fail();
    opId_ = sqlite3_last_insert_rowid(db_.get());
    return true;
}

bool BulkWriter::finish(const std::string& summary)
{
    SqliteStatement statement = db_.prepare(
        "UPDATE operations SET summary = ?1, added_first = ?2, added_last = ?3 WHERE id = ?4");
    statement.bind(1, std::string_view(summary));
    if (addedFirst_ != 0) {
        statement.bind(2, addedFirst_);
        statement.bind(3, addedLast_);
    } else {
        statement.bindNull(2);
        statement.bindNull(3);
    }
    statement.bind(4, opId_);
    if (statement.step() != SQLITE_DONE)
        return fail();
    if (addedFirst_ != 0) {
        // One row for everything this import added: sync expands it through the
        // operation's id range and created_op.
        SqliteStatement outbox = db_.prepare(
            "INSERT INTO outbox (indicator_id, op, op_id) VALUES (NULL, 'upsert', ?1)");
        outbox.bind(1, opId_);
        if (outbox.step() != SQLITE_DONE)
            return fail();
    }
    // Statements are finalised before the schema changes below.
    insert_ = {};
    selectByKey_ = {};
    selectById_ = {};
    keys_ = {};
    update_ = {};
    insertGroup_ = {};
    insertOutbox_ = {};
    insertHistory_ = {};
    if (deferredIndexes_) {
        for (const DeferrableIndex& index : deferrableIndexes()) {
            if (!db_.exec(index.createSql))
                return fail();
        }
        deferredIndexes_ = false;
    }
    for (const DeferrableIndex& trigger : identityTriggers()) {
        if (!db_.exec(trigger.createSql))
            return fail();
    }
    return true;
}

std::int64_t BulkWriter::countActive()
{
    SqliteStatement statement = db_.prepare(
        "SELECT count(*) FROM indicators WHERE expiration IS NULL OR expiration > ?1");
    statement.bind(1, now_);
    return statement.step() == SQLITE_ROW ? statement.columnInt(0) : 0;
}

bool BulkWriter::isActive(const Indicator& indicator) const
{
    return !indicator.expiration || indicator.expiration->time_since_epoch().count() > now_;
}

void BulkWriter::prepare(const Indicator& indicator, RowPrep& prep)
{
    prep.scopeKey = scopeKeyOf(indicator.rbacGroups);
    prep.techniques = joinTechniques(indicator.mitreTechniques);
    prep.keyHash = identityHash(toString(indicator.type), indicator.value, prep.scopeKey);
}

// Binds ?first .. ?first+10: the columns an update may change. Text is bound without a
// copy (SQLITE_STATIC): every statement is reset before `prep` or `i` changes.
void BulkWriter::bindContent(SqliteStatement& s, const Indicator& i, const RowPrep& prep, int first)
{
    s.bind(first, actionCode(i.action));
    s.bind(first + 1, severityCode(i.severity));
    s.bind(first + 2, i.generateAlert ? 1 : 0);
    s.bind(first + 3, std::string_view(i.title));
    s.bind(first + 4, std::string_view(i.description));
    s.bind(first + 5, std::string_view(i.recommendedActions));
    s.bind(first + 6, std::string_view(i.category));
    s.bind(first + 7, std::string_view(prep.techniques));
    if (const auto seconds = toUnixSeconds(i.expiration))
        s.bind(first + 8, *seconds);
    else
        s.bindNull(first + 8);
    s.bind(first + 9, std::string_view(i.educateUrl));
    s.bind(first + 10, std::string_view(i.externalId));
}

// Every row's key hash, read before the indexes go (begin()).
bool BulkWriter::loadKeyHashes()
{
    SqliteStatement rows = db_.prepare("SELECT key_hash, id FROM indicators");
    if (!rows.valid())
        return false;
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW)
        keys_.insert(rows.columnInt(0), rows.columnInt(1));
    return rc == SQLITE_DONE;
}

int BulkWriter::findExisting(const Indicator& indicator, const RowPrep& prep, SqliteStatement*& found)
{
    const std::int64_t keyHash = prep.keyHash;
    const auto bindKey = [&](SqliteStatement& s, std::int64_t first) {
        s.bind(1, first);
        s.bind(2, tabCode(indicator.type));
        s.bind(3, std::string_view(indicator.value));
        s.bind(4, toString(indicator.type));
        s.bind(5, std::string_view(prep.scopeKey));
    };
    if (!deferredIndexes_) {
        bindKey(selectByKey_, keyHash);
        found = &selectByKey_;
        return selectByKey_.step();
    }
    // Nearly every new row is decided here, without a query: no row has its hash.
    int rc = SQLITE_DONE;
    keys_.anyOf(keyHash, [&](std::int64_t id) {
        bindKey(selectById_, id);
        rc = selectById_.step();
        if (rc == SQLITE_ROW)
            return true;
        selectById_.reset(); // same hash, another key (or an error: rc says)
        return rc != SQLITE_DONE;
    });
    found = &selectById_;
    return rc;
}

BulkWriter::Applied BulkWriter::apply(const Indicator& indicator, const RowPrep& prep)
{
    SqliteStatement* found = nullptr;
    const int rc = findExisting(indicator, prep, found);
    if (rc == SQLITE_ROW)
        return updateExisting(indicator, prep, *found); // reads the row, then resets the statement
    found->reset();
    if (rc != SQLITE_DONE) {
        fail();
        return {};
    }
    return insertNew(indicator, prep);
}

BulkWriter::Applied BulkWriter::insertNew(const Indicator& indicator, const RowPrep& prep)
{
    bindContent(insert_, indicator, prep, 1);
    insert_.bind(12, tabCode(indicator.type));
    insert_.bind(13, toString(indicator.type));
    insert_.bind(14, std::string_view(indicator.value));
    insert_.bind(15, std::string_view(prep.scopeKey));
    insert_.bind(16, std::string_view(user_));
    insert_.bind(17, now_);
    insert_.bind(18, opId_);
    insert_.bind(19, prep.keyHash);
    int rc = insert_.step();
    insert_.reset();
    if (rc != SQLITE_DONE) {
        fail();
        return {};
    }
    const std::int64_t id = sqlite3_last_insert_rowid(db_.get());
    if (deferredIndexes_)
        keys_.insert(prep.keyHash, id);
    if (addedFirst_ == 0 || id < addedFirst_)
        addedFirst_ = id;
    addedLast_ = std::max(addedLast_, id);
    for (const std::string& group : indicator.rbacGroups) {
        insertGroup_.bind(1, id);
        insertGroup_.bind(2, std::string_view(group));
        rc = insertGroup_.step();
        insertGroup_.reset();
        if (rc != SQLITE_DONE) {
            fail();
            return {};
        }
    }
    return {Outcome::Added, isActive(indicator) ? 1 : 0};
}

IndicatorRecord BulkWriter::readRow(SqliteStatement& s) const
{
    // Column order: kIndicatorColumns.
    IndicatorRecord r;
    Indicator& i = r.indicator;
    r.id = s.columnInt(0);
    i.type = parseIndicatorType(s.columnText(1)).value_or(IndicatorType::FileSha256);
    i.value = s.columnText(2);
    i.rbacGroups = groupsOfScopeKey(s.columnText(3));
    i.action = actionFromCode(int(s.columnInt(4))).value_or(Action::Audit);
    i.severity = severityFromCode(int(s.columnInt(5))).value_or(Severity::Informational);
    i.generateAlert = s.columnInt(6) != 0;
    i.title = s.columnText(7);
    i.description = s.columnText(8);
    i.recommendedActions = s.columnText(9);
    i.category = s.columnText(10);
    i.mitreTechniques = splitTechniques(s.columnText(11));
    if (!s.columnIsNull(12))
        i.expiration = fromUnixSeconds(s.columnInt(12));
    i.educateUrl = s.columnText(13);
    i.externalId = s.columnText(14);
    r.createdBy = s.columnText(15);
    r.createdAt = s.columnInt(16);
    r.updatedBy = s.columnText(17);
    r.updatedAt = s.columnInt(18);
    r.serverId = s.columnText(19);
    r.syncState = parseSyncState(s.columnText(20)).value_or(SyncState::Pending);
    r.syncError = s.columnText(21);
    r.createdOp = s.columnInt(22);
    return r;
}

// `found` stands on the existing row.
BulkWriter::Applied BulkWriter::updateExisting(const Indicator& indicator, const RowPrep& prep,
                                               SqliteStatement& found)
{
    const IndicatorRecord before = readRow(found);
    found.reset();
    IndicatorRecord after = before;
    after.indicator = indicator;
    const int activeDelta = int(isActive(indicator)) - int(isActive(before.indicator));
    // A key seen earlier in this same file: the later row wins, and undo already knows
    // how to reverse the row (delete it if we added it, or the first before-image).
    const bool seenBefore = before.createdOp == opId_ || updatedIds_.count(before.id) != 0;
    if (!seenBefore && after.sameContent(before))
        return {Outcome::Unchanged, 0};

    bindContent(update_, indicator, prep, 1);
    update_.bind(12, std::string_view(user_));
    update_.bind(13, now_);
    update_.bind(14, before.id);
    int rc = update_.step();
    update_.reset();
    if (rc != SQLITE_DONE) {
        fail();
        return {};
    }
    if (seenBefore)
        return {Outcome::Duplicate, activeDelta};
    updatedIds_.insert(before.id);

    after.updatedBy = user_;
    after.updatedAt = now_;
    after.syncState = SyncState::Pending;
    after.syncError.clear();
    const std::string beforeJson = toJson(before).dump();
    const std::string afterJson = toJson(after).dump();
    insertHistory_.bind(1, opId_);
    insertHistory_.bind(2, before.id);
    insertHistory_.bind(3, now_);
    insertHistory_.bind(4, std::string_view(user_));
    insertHistory_.bind(5, std::string_view(beforeJson));
    insertHistory_.bind(6, std::string_view(afterJson));
    insertHistory_.bind(7, std::string_view(comment_));
    rc = insertHistory_.step();
    insertHistory_.reset();
    if (rc != SQLITE_DONE) {
        fail();
        return {};
    }
    insertOutbox_.bind(1, before.id);
    insertOutbox_.bind(2, opId_);
    rc = insertOutbox_.step();
    insertOutbox_.reset();
    if (rc != SQLITE_DONE) {
        fail();
        return {};
    }
    return {Outcome::Updated, activeDelta};
}

} // namespace indicia
