#pragma once
// The writing half of a bulk import: prepared statements on the importer's own SQLite
// connection, reused for every row, inside the one transaction the importer holds. Writes
// the same rows as the Qt path (indicator, groups, outbox, history), but history only for
// rows it updates: the rows it adds carry created_op, and the operation keeps their id
// range, which is all undo needs; one outbox row stands for all of them.

#include "models/store/import_pipeline.h"
#include "models/store/indicator_record.h"
#include "models/store/key_hash_table.h"
#include "models/store/sqlite_handle.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace indicia {

class BulkWriter {
public:
    enum class Outcome { Added, Updated, Unchanged, Duplicate, Failed };
    struct Applied {
        Outcome outcome = Outcome::Failed;
        int activeDelta = 0; // change in the number of active indicators
    };

    BulkWriter(SqliteConnection& db, std::string user, std::int64_t now);

    // Inside the importer's transaction: lifts the identity triggers (apply() checks every
    // row itself) and, with `deferIndexes`, drops the identity and list indexes, to be
    // built again by finish() after the last row; keys are then found through a table in
    // memory of every row's key hash. Then prepares the statements and inserts the
    // operations row. A rollback undoes all of it. False: see error().
    // `expectedKeys`: about how many rows the table will hold after the import (sizes the
    // in-memory key table once instead of growing it while the rows come).
    bool begin(const std::string& summary, const std::string& comment, bool deferIndexes,
               std::int64_t expectedKeys = 0);
    std::int64_t opId() const { return opId_; }

    // On any thread, for a valid row: what apply() needs besides the indicator.
    static void prepare(const Indicator& indicator, RowPrep& prep);
    // `indicator` has a canonical value and canonical groups; `prep` was prepared from it.
    // A new row may wait in memory to be written with the next ones: both must stay
    // unchanged until flush() (the importer: until the batch they came in is written).
    Applied apply(const Indicator& indicator, const RowPrep& prep);
    // Writes the rows apply() has kept waiting. False: see error().
    bool flush();
    // A row apply() will see soon: brings its slot of the key table into the cache (with
    // deferred indexes a million-row table is 32 MB, so each lookup is a cache miss).
    void expect(const RowPrep& prep) const { keys_.prefetch(prep.keyHash); }
    // Before COMMIT: the rows still waiting, the final summary, the id range of the added
    // rows, one outbox row for all of them, and the indexes and triggers begin() took away.
    bool finish(const std::string& summary);

    // Rows per multi-row INSERT (and group rows per group INSERT). SQLite's cost per
    // statement (transaction check, cursor open and close, halt: ~1.4 us) is then paid once
    // per 16 rows. Measured at 1M rows, our schema, no indexes: 3.19 s with one row per
    // statement, 2.07 s with 8, 1.76 s with 16, 1.83 s with 32.
    static constexpr int kRowsPerInsert = 16;
    // The active count as the transaction sees it (for the quota report).
    std::int64_t countActive();

    const std::string& error() const { return error_; }

private:
    bool fail();
    bool loadKeyHashes();
    // The row with the indicator's real key among those stored under `keyHash`: SQLITE_ROW
    // with `found` on it, SQLITE_DONE when there is none, or an error code.
    int findExisting(const Indicator& indicator, const RowPrep& prep, SqliteStatement*& found);
    Applied insertNew(const Indicator& indicator, const RowPrep& prep);
    bool writeWaitingRows();
    bool writeWaitingGroups(bool all);
    Applied updateExisting(const Indicator& indicator, const RowPrep& prep, SqliteStatement& found);
    bool isActive(const Indicator& indicator) const;
    IndicatorRecord readRow(SqliteStatement& statement) const;
    void bindContent(SqliteStatement& statement, const Indicator& indicator, const RowPrep& prep, int first);
    void bindInsert(SqliteStatement& statement, const Indicator& indicator, const RowPrep& prep, int base);

    SqliteConnection& db_;
    std::string user_;
    std::int64_t now_;
    std::int64_t opId_ = 0;
    std::string comment_;
    std::string error_;
    bool deferredIndexes_ = false;
    std::int64_t addedFirst_ = 0; // ids of the rows this import added (0: none yet)
    std::int64_t addedLast_ = 0;
    std::unordered_set<std::int64_t> updatedIds_; // rows this import already updated
    KeyHashTable keys_; // with deferred indexes: key hash -> id of every row

    // New rows not yet written, and the ids SQLite will give them: with the write lock held
    // and no AUTOINCREMENT it numbers new rows from max(id) + 1 (writeWaitingRows() checks).
    struct WaitingRow {
        const Indicator* indicator = nullptr;
        const RowPrep* prep = nullptr;
    };
    std::array<WaitingRow, kRowsPerInsert> waiting_{};
    int waitingRows_ = 0;
    std::int64_t nextId_ = 1;
    // Group rows of rows already written, waiting for a full group insert.
    std::vector<std::pair<std::int64_t, const std::string*>> waitingGroups_;

    std::array<SqliteStatement, kRowsPerInsert> inserts_;      // [k - 1]: k rows
    std::array<SqliteStatement, kRowsPerInsert> groupInserts_; // [k - 1]: k group rows
    SqliteStatement selectByKey_;  // through the (tab, value) index
    SqliteStatement selectById_;   // a candidate from keys_, its real key compared
    SqliteStatement update_;
    SqliteStatement insertOutbox_;
    SqliteStatement insertHistory_;
};

} // namespace indicia
