#include "models/store/bulk_writer.h"

#include "models/store/indicator_row.h"
#include "models/store/schema_migrations.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <limits>

namespace indicia {

namespace {

constexpr int kRowsPerInsert = BulkWriter::kRowsPerInsert;

// Parameters of one row in the insert: row r binds them at 19r + InsertParam, in bindInsert()
// order: the content first (bindContent()'s 11), then the key, who and when.
namespace insert_param {
enum : int {
    ContentFirst = 1, // action .. external_id
    Tab = 12, Type, Value, ScopeKey, User, Now, Op, KeyHash,
};
} // namespace insert_param
constexpr int kContentParams = 11;
constexpr int kInsertParams = insert_param::KeyHash;
static_assert(insert_param::Tab == insert_param::ContentFirst + kContentParams,
              "bindContent() binds 11 parameters before the tab");

// The update statement's parameters (kUpdateSql): the content, then who, when and the row.
namespace update_param {
enum : int { ContentFirst = 1, User = 12, Now, Id };
} // namespace update_param

std::string insertSql(int rows)
{
    std::string sql =
        "INSERT INTO indicators (action, severity, generate_alert, title, description, "
        "recommended_actions, category, mitre_techniques, expiration, educate_url, external_id, "
        "tab, type, value, scope_key, created_by, created_at, updated_by, updated_at, sync_state, "
        "created_op, key_hash) VALUES ";
    using namespace insert_param;
    for (int r = 0; r < rows; ++r) {
        const auto param = [base = r * kInsertParams](int n) { return "?" + std::to_string(base + n); };
        sql += r == 0 ? "(" : ", (";
        for (int n = ContentFirst; n <= ScopeKey; ++n)
            sql += param(n) + ", ";
        // created_by/at and updated_by/at are the same parameters.
        sql += param(User) + ", " + param(Now) + ", " + param(User) + ", " + param(Now) + ", 'pending', "
               + param(Op) + ", " + param(KeyHash) + ")";
    }
    return sql;
}

// A statement positioned on a full row, as recordFromRow() reads it.
struct StatementRow {
    SqliteStatement& statement;
    std::string text(IndicatorColumn c) const { return statement.columnText(static_cast<int>(c)); }
    std::int64_t integer(IndicatorColumn c) const { return statement.columnInt(static_cast<int>(c)); }
    bool isNull(IndicatorColumn c) const { return statement.columnIsNull(static_cast<int>(c)); }
};

std::string insertGroupsSql(int rows)
{
    std::string sql = "INSERT INTO indicator_groups (indicator_id, group_name) VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += (r == 0 ? "(?" : ", (?") + std::to_string(2 * r + 1) + ", ?" + std::to_string(2 * r + 2) + ")";
    return sql;
}

// The statement for `rows` rows, prepared the first time it is needed.
SqliteStatement& statementFor(SqliteConnection& db, std::array<SqliteStatement, kRowsPerInsert>& cache,
                              int rows, std::string (*sql)(int))
{
    SqliteStatement& statement = cache[std::size_t(rows - 1)];
    if (!statement.valid())
        statement = db.prepare(sql(rows));
    return statement;
}

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
    if (deferIndexes)
        selectById_ = db_.prepare(selectByIdSql());
    else
        selectByKey_ = db_.prepare(selectByKeySql());
    update_ = db_.prepare(kUpdateSql);
    insertOutbox_ = db_.prepare("INSERT INTO outbox (indicator_id, op, op_id) "
                                "VALUES (?1, 'upsert', ?2)");
    insertHistory_ = db_.prepare(
        "INSERT INTO history (op_id, indicator_id, at, user, operation, before_json, after_json, "
        "comment) VALUES (?1, ?2, ?3, ?4, 'update', ?5, ?6, ?7)");
    if (!(deferIndexes ? selectById_ : selectByKey_).valid() || !update_.valid()
        || !insertOutbox_.valid() || !insertHistory_.valid())
        return fail();
    // New rows are numbered from here on (insertNew), as SQLite numbers them; unless the
    // largest id is taken, when SQLite picks ids at random, which the operation's id range
    // (undo) could not describe either.
    SqliteStatement lastId = db_.prepare("SELECT coalesce(max(id), 0) FROM indicators");
    if (lastId.step() != SQLITE_ROW)
        return fail();
    if (lastId.columnInt(0) == std::numeric_limits<std::int64_t>::max()) {
        error_ = "the largest row id is in use, so new rows cannot be numbered in order";
        return false;
    }
    nextId_ = lastId.columnInt(0) + 1;

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
    if (!flush())
        return false;
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
    inserts_ = {};
    groupInserts_ = {};
    selectByKey_ = {};
    selectById_ = {};
    keys_ = {};
    update_ = {};
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
    // Every query below must see the rows still waiting.
    if (!deferredIndexes_) {
        found = &selectByKey_;
        if (!flush())
            return SQLITE_ERROR;
        bindKey(selectByKey_, keyHash);
        return selectByKey_.step();
    }
    // Nearly every new row is decided here, without a query: no row has its hash.
    int rc = SQLITE_DONE;
    found = &selectById_;
    keys_.anyOf(keyHash, [&](std::int64_t id) {
        if (!flush()) {
            rc = SQLITE_ERROR;
            return true;
        }
        bindKey(selectById_, id);
        rc = selectById_.step();
        if (rc == SQLITE_ROW)
            return true;
        selectById_.reset(); // same hash, another key (or an error: rc says)
        return rc != SQLITE_DONE;
    });
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
        if (error_.empty()) // else flush() said why
            fail();
        return {};
    }
    return insertNew(indicator, prep);
}

// The row waits to be written with the next ones (writeWaitingRows); its id is known now.
BulkWriter::Applied BulkWriter::insertNew(const Indicator& indicator, const RowPrep& prep)
{
    const std::int64_t id = nextId_++;
    waiting_[std::size_t(waitingRows_++)] = {&indicator, &prep};
    if (deferredIndexes_)
        keys_.insert(prep.keyHash, id);
    if (addedFirst_ == 0)
        addedFirst_ = id;
    addedLast_ = id;
    if (waitingRows_ == kRowsPerInsert && !writeWaitingRows())
        return {};
    return {Outcome::Added, isActive(indicator) ? 1 : 0};
}

void BulkWriter::bindInsert(SqliteStatement& s, const Indicator& indicator, const RowPrep& prep,
                            int base)
{
    using namespace insert_param;
    bindContent(s, indicator, prep, base + ContentFirst);
    s.bind(base + Tab, tabCode(indicator.type));
    s.bind(base + Type, toString(indicator.type));
    s.bind(base + Value, std::string_view(indicator.value));
    s.bind(base + ScopeKey, std::string_view(prep.scopeKey));
    s.bind(base + User, std::string_view(user_));
    s.bind(base + Now, now_);
    s.bind(base + Op, opId_);
    s.bind(base + KeyHash, prep.keyHash);
}

bool BulkWriter::flush()
{
    return writeWaitingRows() && writeWaitingGroups(true);
}

// One statement for the waiting rows, then their groups join the group rows waiting.
bool BulkWriter::writeWaitingRows()
{
    if (waitingRows_ == 0)
        return true;
    SqliteStatement& insert = statementFor(db_, inserts_, waitingRows_, insertSql);
    if (!insert.valid())
        return fail();
    for (int r = 0; r < waitingRows_; ++r)
        bindInsert(insert, *waiting_[std::size_t(r)].indicator, *waiting_[std::size_t(r)].prep,
                   r * kInsertParams);
    const int rc = insert.step();
    insert.reset();
    if (rc != SQLITE_DONE)
        return fail();
    // The ids given out in insertNew() must be the ones SQLite chose (they are unless the
    // largest rowid is taken, when SQLite picks at random).
    if (sqlite3_last_insert_rowid(db_.get()) != nextId_ - 1) {
        error_ = "the new rows did not get the row ids expected";
        return false;
    }
    const std::int64_t firstId = nextId_ - waitingRows_;
    for (int r = 0; r < waitingRows_; ++r) {
        for (const std::string& group : waiting_[std::size_t(r)].indicator->rbacGroups)
            waitingGroups_.emplace_back(firstId + r, &group);
    }
    waitingRows_ = 0;
    return writeWaitingGroups(false);
}

// Writes the waiting group rows, kRowsPerInsert to a statement; unless `all`, a last
// partial statement's worth waits for more.
bool BulkWriter::writeWaitingGroups(bool all)
{
    std::size_t done = 0;
    for (;;) {
        const std::size_t left = waitingGroups_.size() - done;
        if (left == 0 || (!all && left < std::size_t(kRowsPerInsert)))
            break;
        const int rows = int(std::min<std::size_t>(left, kRowsPerInsert));
        SqliteStatement& insert = statementFor(db_, groupInserts_, rows, insertGroupsSql);
        if (!insert.valid())
            return fail();
        for (int r = 0; r < rows; ++r) {
            const auto& [id, group] = waitingGroups_[done + std::size_t(r)];
            insert.bind(2 * r + 1, id);
            insert.bind(2 * r + 2, std::string_view(*group));
        }
        const int rc = insert.step();
        insert.reset();
        if (rc != SQLITE_DONE)
            return fail();
        done += std::size_t(rows);
    }
    waitingGroups_.erase(waitingGroups_.begin(), waitingGroups_.begin() + std::ptrdiff_t(done));
    return true;
}

IndicatorRecord BulkWriter::readRow(SqliteStatement& s) const
{
    return recordFromRow(StatementRow{s});
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

    bindContent(update_, indicator, prep, update_param::ContentFirst);
    update_.bind(update_param::User, std::string_view(user_));
    update_.bind(update_param::Now, now_);
    update_.bind(update_param::Id, before.id);
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
