#include "engine/codec/source_reader.h"

#include "engine/codec/mde_csv.h"
#include "engine/codec/plain_list.h"

#include <cerrno>
#include <cstring>

namespace indicia {

namespace {
constexpr std::size_t kSniffBytes = 8192;

Issue unreadable(const std::string& path, const std::string& why)
{
    return {"file-unreadable", "Cannot read " + path + ": " + why + ".", {}};
}
} // namespace

SourceReader::~SourceReader() = default;

std::unique_ptr<SourceReader> SourceReader::open(const std::string& path, const ValidateOptions& options,
                                                 Issue& error)
{
    std::unique_ptr<SourceReader> reader(new SourceReader());
    reader->file_.open(path, std::ios::binary);
    if (!reader->file_) {
        error = unreadable(path, std::strerror(errno));
        return nullptr;
    }
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
    if (reader->format_ == SourceFormat::MdeCsv) {
        reader->csv_ = std::make_unique<MdeCsvReader>(reader->file_, options);
        if (const auto& headerError = reader->csv_->headerError()) {
            error = *headerError;
            error.message = path + ": " + error.message;
            return nullptr;
        }
    } else {
        reader->plain_ = std::make_unique<PlainListReader>(reader->file_);
    }
    return reader;
}

bool SourceReader::next(ImportRow& out)
{
    return csv_ ? csv_->next(out) : plain_->next(out);
}

} // namespace indicia
