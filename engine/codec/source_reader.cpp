#include "engine/codec/source_reader.h"

#include "engine/codec/binary_content.h"
#include "engine/codec/codec_codes.h"
#include "engine/codec/ioc_extractor.h"
#include "engine/codec/mde_csv.h"
#include "engine/codec/misp_reader.h"
#include "engine/codec/plain_list.h"
#include "engine/codec/report_text.h"
#include "engine/codec/stix_reader.h"
#include "engine/warninglist/known_good.h"

#include <algorithm>
#include <condition_variable>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

namespace indicia {

namespace {
constexpr std::size_t kSniffBytes = 8192;
// Plain lists at least this large are read in parts on several threads.
constexpr std::int64_t kPartsFromBytes = 256 * 1024;
// About 1,500 lines of hashes: small enough that the rows in flight stay in a few
// recycled buffers, large enough that handing parts around costs nothing.
constexpr std::size_t kPartBytes = 64 * 1024;

// The rows of one part of a plain list, numbered from the part's first line.
struct ListPart {
    std::size_t begin = 0, end = 0; // byte offsets into the list
    std::vector<ImportRow> rows;
    std::size_t lines = 0;
    bool read = false; // rows and lines are set (guarded by the reading mutex)
};

Issue unreadable(const std::string& path, const std::string& why)
{
    return {"file-unreadable", "Cannot read " + path + ": " + why + ".", {}};
}

Issue located(Issue issue, const std::string& path)
{
    issue.message = path + ": " + issue.message;
    return issue;
}
} // namespace

SourceReader::SourceReader() = default;
SourceReader::~SourceReader() = default;

std::unique_ptr<SourceReader> SourceReader::open(const std::string& path, const ValidateOptions& options,
                                                 Issue& error, const SourceOptions& sourceOptions)
{
    std::unique_ptr<SourceReader> reader(new SourceReader());
    reader->sourceOptions_ = sourceOptions;
    reader->file_.open(path, std::ios::binary);
    if (!reader->file_) {
        error = unreadable(path, std::strerror(errno));
        return nullptr;
    }
    std::error_code sizeError;
    reader->fileSize_ = std::int64_t(std::filesystem::file_size(path, sizeError));
    std::string head(kSniffBytes, '\0');
    reader->file_.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(reader->file_.gcount()));
    if (reader->file_.bad()) {
        error = unreadable(path, "read error");
        return nullptr;
    }
    if (const auto why = binaryContentReason(head)) {
        error = {std::string(codes::kNotAnIndicatorFile), path + " is not an indicator file: " + *why + ".", {}};
        return nullptr;
    }
    reader->file_.clear();
    reader->file_.seekg(0);
    reader->format_ = detectFormat(head);
    if (!reader->openReader(options, path, error))
        return nullptr;
    return reader;
}

bool SourceReader::openReader(const ValidateOptions& options, const std::string& path, Issue& error)
{
    switch (format_) {
    case SourceFormat::MdeCsv:
        csv_ = std::make_unique<MdeCsvReader>(file_, options);
        if (csv_->headerError()) {
            error = located(*csv_->headerError(), path);
            return false;
        }
        return true;
    case SourceFormat::PlainList:
        plain_ = std::make_unique<PlainListReader>(file_);
        fallback_ = std::make_unique<IocExtractor>(true);
        return true;
    case SourceFormat::ReportText:
        report_ = std::make_unique<ReportTextReader>(file_);
        return true;
    case SourceFormat::Stix:
        stix_ = std::make_unique<StixReader>(file_, options.now);
        if (stix_->documentError()) {
            error = located(*stix_->documentError(), path);
            return false;
        }
        return true;
    case SourceFormat::Misp:
        misp_ = std::make_unique<MispReader>(file_, options.now, sourceOptions_.allMispAttributes);
        if (misp_->documentError()) {
            error = located(*misp_->documentError(), path);
            return false;
        }
        return true;
    }
    return false;
}

// A plain-list line of several words is read as prose before it is refused: "1.2.3.4 port
// 443" or "evil.com - C2" still yield their indicator.
bool SourceReader::extractFromProseLine(const ImportRow& row)
{
    const bool prose = !row.errors.empty() && row.errors.front().code == codes::kNotAnIndicator;
    return prose && fallback_->extract(row.raw, row.row, pending_) > 0;
}

bool SourceReader::readRow(ImportRow& out)
{
    switch (format_) {
    case SourceFormat::MdeCsv: return csv_->next(out);
    case SourceFormat::ReportText: return report_->next(out);
    case SourceFormat::Stix: return stix_->next(out);
    case SourceFormat::Misp: return misp_->next(out);
    case SourceFormat::PlainList:
        while (pending_.empty()) {
            if (!plain_->next(out))
                return false;
            if (!extractFromProseLine(out))
                return true;
        }
        return pending_.pop(out);
    }
    return false;
}

bool SourceReader::readAll(const std::string& path, const ValidateOptions& options, Issue& error,
                           const RowSink& sink, unsigned threads, const SourceOptions& sourceOptions,
                           SourceFormat* format)
{
    const std::unique_ptr<SourceReader> reader = open(path, options, error, sourceOptions);
    if (!reader)
        return false;
    if (format)
        *format = reader->format_;
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    if (reader->format_ == SourceFormat::PlainList && reader->fileSize_ >= kPartsFromBytes && threads > 1) {
        reader->readPlainListInParts(threads, sink);
        return true;
    }
    for (;;) {
        ImportRow row; // a fresh row each time: the sink may move out of it
        if (!reader->next(row))
            return true;
        sink.take(row);
    }
}

// What next() adds to a row read: the known-good warnings.
void SourceReader::deliver(ImportRow& row, const RowSink& sink) const
{
    if (sourceOptions_.knownGood && row.valid() && row.type)
        sourceOptions_.knownGood->addWarnings(row.indicator.type, row.indicator.value, row.warnings);
    sink.take(row);
}

// The whole list in memory, cut just after line breaks into parts of about kPartBytes.
// Helper threads and this one read parts (each with its own PlainListReader, rows numbered
// from the part's first line) in file order as they come; this thread hands each part on
// as soon as it and every part before it are read: row numbers shifted by the lines before
// it, prose lines read as next() reads them. A part's row buffer then goes back to a pool
// for a later part, so the rows in flight stay in memory already mapped (page faults, not
// the parsing, were most of the time of reading a list into one vector of rows).
void SourceReader::readPlainListInParts(unsigned threads, const RowSink& sink)
{
    std::string data;
    data.resize(std::size_t(fileSize_));
    file_.read(data.data(), std::streamsize(data.size()));
    data.resize(std::size_t(file_.gcount()));
    if (file_ && file_.peek() != std::char_traits<char>::eof()) { // grew since open: read the rest
        char block[65536];
        while (file_.read(block, sizeof block) || file_.gcount() > 0)
            data.append(block, std::size_t(file_.gcount()));
    }

    // Cuts just after a '\n': a CRLF pair is never split, and every part holds whole lines.
    std::vector<ListPart> parts(1);
    for (std::size_t guess = kPartBytes; guess < data.size(); guess = parts.back().begin + kPartBytes) {
        const std::size_t lineBreak = data.find('\n', guess);
        if (lineBreak == std::string::npos || lineBreak + 1 >= data.size())
            break;
        parts.back().end = lineBreak + 1;
        parts.emplace_back().begin = lineBreak + 1;
    }
    parts.back().end = data.size();
    if (sink.expect) // about one row a line
        sink.expect(std::size_t(std::count(data.begin(), data.end(), '\n')) + 1);

    std::mutex mutex;
    std::condition_variable partRead;
    std::vector<std::vector<ImportRow>> pool; // emptied row buffers, memory still mapped
    std::atomic<std::size_t> nextPart{0};
    // Reads the next part nobody has taken; false when none is left.
    auto readOne = [&] {
        const std::size_t p = nextPart.fetch_add(1);
        if (p >= parts.size())
            return false;
        ListPart& part = parts[p];
        std::vector<ImportRow> rows;
        {
            const std::lock_guard lock(mutex);
            if (!pool.empty()) {
                rows = std::move(pool.back());
                pool.pop_back();
            }
        }
        PlainListReader plain(std::string_view(data).substr(part.begin, part.end - part.begin),
                              NormaliseOptions{true, true, true}, part.begin == 0);
        for (std::size_t n = 0;; ++n) {
            if (n == rows.size())
                rows.emplace_back();
            if (!plain.next(rows[n])) {
                rows.resize(n);
                break;
            }
        }
        const std::lock_guard lock(mutex);
        part.rows = std::move(rows);
        part.lines = plain.lines();
        part.read = true;
        partRead.notify_all();
        return true;
    };

    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < std::min<std::size_t>(threads, parts.size()); ++t)
        helpers.emplace_back([&] {
            while (readOne()) {
            }
        });
    std::size_t linesBefore = 0;
    for (ListPart& part : parts) {
        for (;;) {
            {
                const std::lock_guard lock(mutex);
                if (part.read)
                    break;
            }
            if (readOne())
                continue; // this thread read a later part (or this one) meanwhile
            std::unique_lock lock(mutex);
            partRead.wait(lock, [&] { return part.read; });
            break;
        }
        for (ImportRow& row : part.rows) {
            row.row += linesBefore;
            row.line += linesBefore;
            if (!extractFromProseLine(row)) {
                deliver(row, sink);
                continue;
            }
            for (ImportRow found; pending_.pop(found);)
                deliver(found, sink);
        }
        linesBefore += part.lines;
        const std::lock_guard lock(mutex);
        pool.push_back(std::move(part.rows)); // its rows are overwritten by the next part read into it
    }
}

bool SourceReader::next(ImportRow& out)
{
    if (!pending_.pop(out) && !readRow(out))
        return false;
    if (sourceOptions_.knownGood && out.valid() && out.type)
        sourceOptions_.knownGood->addWarnings(out.indicator.type, out.indicator.value, out.warnings);
    return true;
}

std::int64_t SourceReader::position()
{
    const auto at = file_.tellg();
    return at < 0 ? fileSize_ : std::int64_t(at);
}

} // namespace indicia
