// WorkspaceStore::importFile: the performance-critical path. One worker thread reads and
// validates rows (ImportPipeline) while this thread writes them through a second SQLite
// connection of its own (BulkWriter) inside ONE transaction. The decision to commit is
// taken only after the last row: a dry run or an all-or-nothing import with invalid rows
// rolls back, so the preview and the real import share every line of code and a crash at
// any moment leaves either none or all of the rows.

#include "models/store/workspace_store.h"
#include "models/store/store_text.h"

#include "engine/phase_clock.h"
#include "models/store/bulk_writer.h"
#include "models/store/import_pipeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <set>
#include <string>

namespace indicia {

namespace {


// The sorter may use a second thread when the indexes are built after the load. The page
// cache is sized from the file (bulkCachePragma).
// synchronous = NORMAL in WAL mode: a commit is atomic whatever happens (kill -9 leaves
// none or all of an import); only power loss may lose the newest commit.
// Foreign keys are not checked on this connection: the writer only adds rows that point at
// its own operation and group rows of the indicator it has just inserted (the Qt connection
// keeps checking them). Measured: 8% of the row phase.
constexpr std::string_view kBulkPragmas = "PRAGMA foreign_keys = OFF; "
                                          "PRAGMA synchronous = NORMAL; "
                                          "PRAGMA temp_store = MEMORY; "
                                          "PRAGMA threads = 2;";

// A workspace takes about twice the bytes of the CSV it was imported from, and each index
// built after the load reads the whole table: with the table in SQLite's own cache that is
// a walk over memory, not a page-by-page read through the OS (measured, 1M rows: index
// build 6.9 s -> 4.6 s with 1 GiB instead of 256 MiB). The cache only takes what is used,
// and goes with the importer's connection at the end of the import.
std::string bulkCachePragma(std::int64_t fileBytes)
{
    constexpr std::int64_t kMinKib = 256 * 1024, kMaxKib = 2 * 1024 * 1024;
    const std::int64_t kib = std::clamp<std::int64_t>(fileBytes / 1024 * 3, kMinKib, kMaxKib);
    return "PRAGMA cache_size = -" + std::to_string(kib);
}

// Rows in a file of `bytes`, roughly (a template row with a SHA-256 is ~150 bytes).
constexpr std::int64_t kBytesPerRowEstimate = 120;
// Below this many rows an import keeps the list indexes: rebuilding them costs more.
constexpr std::int64_t kDeferIndexesMinRows = 20000;

std::int64_t countRows(SqliteConnection& db)
{
    SqliteStatement statement = db.prepare("SELECT count(*) FROM indicators");
    return statement.step() == SQLITE_ROW ? statement.columnInt(0) : 0;
}

// Extra checks on the reader thread: encoding (stored text must be UTF-8) and the session's
// right to write the row's scope, both reported as row errors like any other; then, for a
// valid row, what the writer needs of it (scope key, identity hash), so the writer's
// thread does no more than write.
// The device groups the workspace knows of: the organisation's (from sync) and every group
// an indicator names. Empty when the workspace has no such reference data at all.
std::set<std::string> knownGroups(SqliteConnection& db)
{
    std::set<std::string> groups;
    SqliteStatement statement = db.prepare("SELECT name FROM device_groups "
                                           "UNION SELECT group_name FROM indicator_groups");
    while (statement.step() == SQLITE_ROW)
        groups.insert(statement.columnText(0));
    return groups;
}

// A refused row names the real reason: a group that does not exist is not a matter of
// rights ("no access" sent people asking an administrator for a group nobody has).
std::optional<Issue> unknownGroupIssue(const std::vector<std::string>& groups, const StoreSession& session,
                                       const std::set<std::string>& known)
{
    if (known.empty())
        return std::nullopt; // nothing to judge by: the access check words it
    for (const std::string& group : groups) {
        if (!known.contains(group) && !session.deviceGroups.contains(QString::fromStdString(group))) {
            const QString text = QCoreApplication::translate("WorkspaceStore", "No such device group: %1.");
            return Issue{"group-unknown", text.arg(QString::fromStdString(group)).toStdString(), "RbacGroups"};
        }
    }
    return std::nullopt;
}

ImportPipeline::RowCheck makeRowCheck(const StoreSession& session, std::set<std::string> known)
{
    return [session, known = std::move(known)](ImportRow& row, RowPrep& prep) {
        if (!row.valid())
            return;
        Indicator& i = row.indicator;
        i.rbacGroups = canonicalGroups(i.rbacGroups);
        bool utf8 = isValidUtf8(row.raw) && isValidUtf8(i.title) && isValidUtf8(i.description)
                    && isValidUtf8(i.recommendedActions) && isValidUtf8(i.category)
                    && isValidUtf8(i.educateUrl) && isValidUtf8(i.externalId);
        for (const std::string& group : i.rbacGroups)
            utf8 = utf8 && isValidUtf8(group);
        if (!utf8) {
            row.errors.push_back({"encoding", "the row is not valid UTF-8 text", {}});
            return;
        }
        if (session.role != StoreRole::GlobalAdmin) {
            if (const StoreError error = checkWriteAccess(session, i.rbacGroups)) {
                if (std::optional<Issue> unknown = unknownGroupIssue(i.rbacGroups, session, known))
                    row.errors.push_back(std::move(*unknown));
                else
                    row.errors.push_back({"forbidden", error.message.toStdString(), "RbacGroups"});
                return;
            }
        }
        BulkWriter::prepare(i, prep);
    };
}

void recordProblems(ImportReport& report, const ImportRow& row)
{
    ++report.invalid;
    for (const Issue& issue : row.errors) {
        if (report.problems.size() >= ImportReport::kMaxProblems) {
            report.problemsTruncated = true;
            return;
        }
        report.problems.push_back({std::int64_t(row.row), std::int64_t(row.line), row.raw, issue});
    }
}

void tally(ImportReport& report, BulkWriter::Outcome outcome)
{
    switch (outcome) {
    case BulkWriter::Outcome::Added: ++report.added; break;
    case BulkWriter::Outcome::Updated: ++report.updated; break;
    case BulkWriter::Outcome::Unchanged: ++report.unchanged; break;
    case BulkWriter::Outcome::Duplicate: ++report.duplicates; break;
    case BulkWriter::Outcome::Failed: break;
    }
}

// Calls the progress callback at most ten times a second.
class ProgressThrottle {
public:
    explicit ProgressThrottle(const ImportOptions& options) : options_(options) {}
    void report(const ImportProgress& progress, bool force = false)
    {
        if (!options_.progress)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - last_ < std::chrono::milliseconds(100))
            return;
        last_ = now;
        options_.progress(progress);
    }

private:
    const ImportOptions& options_;
    std::chrono::steady_clock::time_point last_{};
};


} // namespace

StoreResult<ImportReport> WorkspaceStore::importFile(const QString& path,
                                                     const ImportOptions& options)
{
    if (StoreError error = checkCanWrite(session_))
        return error;
    if (!isOpen())
        return StoreError{StoreErrorCode::CannotOpen, StoreText::tr("No workspace is open.")};

    PhaseClock clock("INDICIA_IMPORT_PROFILE", "import", 16);
    ImportPipeline pipeline;
    ValidateOptions validate;
    validate.now = fromUnixSeconds(now());
    if (const auto issue = pipeline.open(QFile::encodeName(path).toStdString(), validate)) {
        return StoreError{StoreErrorCode::Unreadable,
                          StoreText::tr("Cannot import %1: %2")
                              .arg(path, QString::fromStdString(issue->message))};
    }

    SqliteConnection db;
    if (!db.open(path_.toStdString()) || !db.exec(kBulkPragmas)
        || !db.exec(bulkCachePragma(pipeline.fileSize()))) {
        return StoreError{StoreErrorCode::CannotOpen,
                          StoreText::tr("Cannot open %1 for import: %2")
                              .arg(path_, QString::fromStdString(db.errorMessage()))};
    }
    sqlite3_busy_timeout(db.get(), 3000);
    if (!db.exec("BEGIN IMMEDIATE")) {
        return StoreError{StoreErrorCode::Locked,
                          StoreText::tr("The workspace is busy (another program is writing to it); "
                             "try again.")};
    }
    // From here on, leaving without COMMIT rolls everything back (closing the connection
    // with an open transaction discards it).
    BulkWriter writer(db, session_.user.toStdString(), now());
    const QString fileName = QFileInfo(path).fileName();
    // A large import relative to the table: random inserts into the list indexes cost far
    // more than building them sorted after the last row (inside this same transaction).
    // (A small import never counts the table: on a million rows that is a scan of its own.)
    const std::int64_t expectedRows = pipeline.fileSize() / kBytesPerRowEstimate;
    const std::int64_t tableRows = expectedRows >= kDeferIndexesMinRows ? countRows(db) : 0;
    const bool deferIndexes = expectedRows >= kDeferIndexesMinRows && expectedRows >= tableRows;
    if (!writer.begin(StoreText::tr("Imported %1").arg(fileName).toStdString(),
                      options.comment.toStdString(), deferIndexes, tableRows + expectedRows)) {
        return StoreError{StoreErrorCode::Sql,
                          StoreText::tr("Cannot start the import: %1")
                              .arg(QString::fromStdString(writer.error()))};
    }

    ImportReport report;
    report.format = pipeline.formatName();
    report.activeAfter = writer.countActive();
    ProgressThrottle progress(options);
    clock.mark("start");
    // Only a refused row needs the known groups (a global administrator is refused none).
    const bool mayBeRefused = session_.role != StoreRole::GlobalAdmin;
    pipeline.start(makeRowCheck(session_, mayBeRefused ? knownGroups(db) : std::set<std::string>()));
    // How far ahead the writer's key lookups are prefetched (each is a cache miss).
    constexpr std::size_t kPrefetchAhead = 8;
    // Leaving before the end: the reader stops and the transaction goes.
    const auto abandon = [&](StoreError error) {
        pipeline.stop();
        db.exec("ROLLBACK");
        return error;
    };
    const auto writeFailed = [&](const char* text, qlonglong row) {
        return abandon({StoreErrorCode::Sql, StoreText::tr(text).arg(row).arg(QString::fromStdString(writer.error()))});
    };
    while (RowBatch* batch = pipeline.next()) {
        for (std::size_t k = 0; k < batch->size; ++k) {
            const ImportRow& row = batch->rows[k];
            const RowPrep& prep = batch->preps[k];
            if (k + kPrefetchAhead < batch->size)
                writer.expect(batch->preps[k + kPrefetchAhead]);
            ++report.rows;
            if (!row.valid()) {
                recordProblems(report, row);
                continue;
            }
            const BulkWriter::Applied applied = writer.apply(row.indicator, prep);
            if (applied.outcome == BulkWriter::Outcome::Failed)
                return writeFailed(QT_TRANSLATE_NOOP("WorkspaceStore", "The import failed at row %1 and changed nothing: %2"),
                                   qlonglong(row.row));
            tally(report, applied.outcome);
            report.warned += row.warnings.empty() ? 0 : 1;
            report.activeAfter += applied.activeDelta;
        }
        // The rows still waiting in the writer point into this batch.
        if (!writer.flush())
            return writeFailed(QT_TRANSLATE_NOOP("WorkspaceStore", "The import failed near row %1 and changed nothing: %2"),
                               qlonglong(report.rows));
        progress.report({report.rows, batch->bytesRead, pipeline.fileSize()});
        pipeline.recycle(batch);
        if (options.cancel && options.cancel->load())
            return abandon({StoreErrorCode::Cancelled, StoreText::tr("The import was cancelled; nothing was changed.")});
    }
    progress.report({report.rows, pipeline.fileSize(), pipeline.fileSize()}, true);
    clock.mark(deferIndexes ? "rows (deferred)" : "rows");
    report.overQuota = std::max<std::int64_t>(0, report.activeAfter - quota());

    // An import that changes nothing leaves no operation behind (nothing to undo).
    const bool changed = report.added + report.updated + report.duplicates > 0;
    const bool refused = options.mode == ImportMode::AllOrNothing && report.invalid > 0;
    report.result = options.dryRun ? ImportResult::DryRun
                    : refused      ? ImportResult::RefusedInvalidRows
                    : changed      ? ImportResult::Committed
                                   : ImportResult::NothingToChange;
    if (report.result != ImportResult::Committed) {
        db.exec("ROLLBACK");
        return report;
    }
    const QString summary = StoreText::tr("Imported %1: %2 added, %3 updated")
                                .arg(fileName)
                                .arg(report.added)
                                .arg(report.updated);
    const bool finished = writer.finish(summary.toStdString());
    clock.mark("indexes");
    if (!finished || !db.exec("COMMIT")) {
        const QString detail = QString::fromStdString(db.errorMessage());
        db.exec("ROLLBACK");
        return StoreError{StoreErrorCode::Sql,
                          StoreText::tr("Cannot save the import; nothing was changed: %1").arg(detail)};
    }
    clock.mark("commit");
    report.committed = true;
    report.opId = writer.opId();
    return report;
}

} // namespace indicia
