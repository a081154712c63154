#include "engine/codec/source_reader.h"

#include "engine/codec/codec_codes.h"
#include "engine/codec/ioc_extractor.h"
#include "engine/codec/mde_csv.h"
#include "engine/codec/misp_reader.h"
#include "engine/codec/plain_list.h"
#include "engine/codec/report_text.h"
#include "engine/codec/stix_reader.h"
#include "engine/warninglist/known_good.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace indicia {

namespace {
constexpr std::size_t kSniffBytes = 8192;

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
