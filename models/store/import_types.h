#pragma once
// What an import is asked to do and what it reports back (the dry-run preview and the
// result are the same structure: a dry run is an import whose transaction is rolled back).

#include "engine/issue.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace indicia {

enum class ImportMode {
    ValidOnly,    // keep the valid rows, report the others
    AllOrNothing, // any invalid row: nothing is imported
};

struct ImportProgress {
    std::int64_t rows = 0;       // data rows read so far
    std::int64_t bytesRead = 0;
    std::int64_t bytesTotal = 0; // file size
};

struct ImportOptions {
    ImportMode mode = ImportMode::ValidOnly;
    bool dryRun = false; // validate and count everything, then roll back
    QString comment;     // kept on the operation and its history rows
    // Called on the calling thread a few times per second at most.
    std::function<void(const ImportProgress&)> progress;
    // Set from any thread to stop; the transaction is rolled back (Cancelled).
    const std::atomic_bool* cancel = nullptr;
};

struct ImportProblem {
    std::int64_t row = 0;  // 1-based data row (CSV) or line (plain list)
    std::int64_t line = 0; // physical line where the row starts
    std::string value;     // the indicator value as written
    Issue issue;           // code, readable reason, column
};

// Why an import did or did not change the workspace: the one decision the store takes after
// the last row, kept so that every front end words it the same (models/io/import_summary.h).
enum class ImportResult {
    Committed,          // the rows were written (one operation, undoable)
    DryRun,             // checked only, as asked
    NothingToChange,    // every valid row is already in the workspace (or no row is valid)
    RefusedInvalidRows, // all-or-nothing was chosen and some rows are invalid
};

struct ImportReport {
    std::string format;          // "mde-csv" or "plain"
    std::int64_t rows = 0;       // data rows read (blank rows and comments excluded)
    std::int64_t added = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t duplicates = 0; // rows repeating an earlier row's key: the later one wins
    std::int64_t invalid = 0;
    std::int64_t warned = 0;     // valid rows that carry warnings (defanged, known-good...)
    std::int64_t overQuota = 0;  // active indicators beyond the quota after this import
    std::int64_t activeAfter = 0;
    std::vector<ImportProblem> problems; // the first kMaxProblems invalid rows
    bool problemsTruncated = false;
    bool committed = false;      // false: dry run, nothing to change, or all-or-nothing
                                 // with invalid rows
    std::int64_t opId = 0;       // the operation to undo (when committed)
    ImportResult result = ImportResult::NothingToChange;

    static constexpr std::size_t kMaxProblems = 10000;
};

} // namespace indicia
