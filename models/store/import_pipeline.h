#pragma once
// The reading half of a bulk import: a worker thread reads, normalises and validates rows
// (through the engine's SourceReader: every import format, detected by content, with
// known-good warnings) and hands them over in batches, while the
// caller's thread writes them to SQLite. Batches are recycled, so memory stays flat
// whatever the file size.

#include "engine/codec/import_row.h"
#include "engine/issue.h"
#include "engine/validate.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace indicia {

class KnownGood;
class SourceReader;

// What the writer needs of a valid row besides the row itself, worked out by the RowCheck
// on the reader's thread (the writer's is an import's bottleneck; BulkWriter::prepare).
struct RowPrep {
    std::string scopeKey;     // the canonical groups joined (scopeKeyOf)
    std::string techniques;   // joinTechniques
    std::int64_t keyHash = 0; // identityHash(type, value, scopeKey)
};

struct RowBatch {
    std::vector<ImportRow> rows; // only the first `size` are filled
    std::vector<RowPrep> preps;  // one per row, filled by the RowCheck
    std::size_t size = 0;
    std::int64_t bytesRead = 0;  // file position after this batch
};

class ImportPipeline {
public:
    // Runs on the worker thread for every row the reader produced (valid or not), e.g. to
    // add encoding or access-rights errors, or prepare what the writer needs, without
    // slowing the writer.
    using RowCheck = std::function<void(ImportRow&, RowPrep&)>;

    ImportPipeline();
    ~ImportPipeline(); // stops and joins the worker

    // Opens the file, detects the format and reads the header. On failure: the reason
    // (unreadable file, missing columns); nothing was started.
    std::optional<Issue> open(const std::string& path, const ValidateOptions& options);
    std::string formatName() const { return formatName_; }
    std::int64_t fileSize() const { return fileSize_; }

    void start(RowCheck check);
    // Next filled batch, or nullptr at the end. Give it back with recycle() once written.
    RowBatch* next();
    void recycle(RowBatch* batch);
    void stop(); // the writer gave up (cancel, error): the worker ends soon

private:
    void run(RowCheck check);
    bool readRow(ImportRow& row);

    std::shared_ptr<const KnownGood> knownGood_; // outlives source_
    std::unique_ptr<SourceReader> source_;
    std::string formatName_;
    std::int64_t fileSize_ = 0;

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<RowBatch*> filled_;
    std::deque<RowBatch*> empty_;
    std::vector<std::unique_ptr<RowBatch>> batches_;
    bool finished_ = false;
    bool stopping_ = false;
    std::thread worker_;
};

// True when `text` is well-formed UTF-8.
bool isValidUtf8(std::string_view text);

} // namespace indicia
