#include "models/store/import_pipeline.h"

#include "engine/codec/source_reader.h"
#include "engine/warninglist/known_good.h"
#include "models/rules/known_good.h"

#include <filesystem>

namespace indicia {

namespace {

constexpr std::size_t kBatchRows = 1024;
constexpr std::size_t kBatchCount = 8; // in flight between the two threads

} // namespace

bool isValidUtf8(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        if ((*p & 0xE0) == 0xC0) { extra = 1; min = 0x80; }
        else if ((*p & 0xF0) == 0xE0) { extra = 2; min = 0x800; }
        else if ((*p & 0xF8) == 0xF0) { extra = 3; min = 0x10000; }
        else return false;
        if (end - p <= extra)
            return false;
        unsigned code = *p & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((p[k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

ImportPipeline::ImportPipeline() = default;

ImportPipeline::~ImportPipeline()
{
    stop();
    if (worker_.joinable())
        worker_.join();
}

std::optional<Issue> ImportPipeline::open(const std::string& path, const ValidateOptions& options)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Issue{"unreadable", "the file cannot be read", {}};
    fileSize_ = std::int64_t(size);
    // Every entry path checks the known-good lists; a hit is a warning on the row.
    knownGood_ = rules::knownGoodLists();
    SourceOptions sourceOptions;
    sourceOptions.knownGood = knownGood_.get();
    Issue error;
    source_ = SourceReader::open(path, options, error, sourceOptions);
    if (!source_)
        return error;
    formatName_ = std::string(toString(source_->format()));
    return std::nullopt;
}

void ImportPipeline::start(RowCheck check)
{
    for (std::size_t i = 0; i < kBatchCount; ++i) {
        batches_.push_back(std::make_unique<RowBatch>());
        batches_.back()->rows.resize(kBatchRows);
        batches_.back()->preps.resize(kBatchRows);
        empty_.push_back(batches_.back().get());
    }
    worker_ = std::thread([this, check = std::move(check)] { run(check); });
}

bool ImportPipeline::readRow(ImportRow& row)
{
    row.clear();
    return source_->next(row);
}

void ImportPipeline::run(RowCheck check)
{
    bool more = true;
    while (more) {
        RowBatch* batch = nullptr;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [this] { return stopping_ || !empty_.empty(); });
            if (stopping_)
                break;
            batch = empty_.front();
            empty_.pop_front();
        }
        batch->size = 0;
        while (batch->size < kBatchRows) {
            ImportRow& row = batch->rows[batch->size];
            if (!readRow(row)) {
                more = false;
                break;
            }
            if (check)
                check(row, batch->preps[batch->size]);
            ++batch->size;
        }
        batch->bytesRead = more ? source_->position() : fileSize_;
        std::lock_guard lock(mutex_);
        filled_.push_back(batch);
        changed_.notify_all();
    }
    std::lock_guard lock(mutex_);
    finished_ = true;
    changed_.notify_all();
}

RowBatch* ImportPipeline::next()
{
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !filled_.empty() || finished_; });
    if (filled_.empty())
        return nullptr;
    RowBatch* batch = filled_.front();
    filled_.pop_front();
    return batch;
}

void ImportPipeline::recycle(RowBatch* batch)
{
    std::lock_guard lock(mutex_);
    empty_.push_back(batch);
    changed_.notify_all();
}

void ImportPipeline::stop()
{
    std::lock_guard lock(mutex_);
    stopping_ = true;
    changed_.notify_all();
}

} // namespace indicia
