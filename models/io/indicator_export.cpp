#include "models/io/indicator_export.h"

#include "engine/codec/indicator_writer.h"
#include "models/store/indicator_record.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

#include <sstream>

namespace indicia {

namespace {

// The translation context for this file's free functions and helper classes: lupdate reads
// it from the macro, so every string lands in the .ts under "IndicatorExporter".
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(IndicatorExporter)
};

// Rows are collected in memory and written in chunks of about this size.
constexpr std::size_t kChunkBytes = 256 * 1024;

// Buffers the text the engine writer produces and hands it to a QIODevice in chunks,
// remembering the first write error.
class ChunkedWriter {
public:
    explicit ChunkedWriter(QIODevice& out) : out_(out) {}
    std::ostream& stream() { return buffer_; }
    void flushIfFull()
    {
        if (buffer_.tellp() >= std::streamoff(kChunkBytes))
            flush();
    }
    bool flush()
    {
        const std::string text = buffer_.str();
        buffer_.str({});
        if (ok_ && !text.empty())
            ok_ = out_.write(text.data(), qint64(text.size())) == qint64(text.size());
        return ok_;
    }

private:
    QIODevice& out_;
    std::ostringstream buffer_;
    bool ok_ = true;
};

WriteFormat engineFormat(ExportFormat format)
{
    switch (format) {
    case ExportFormat::MdeCsv: return WriteFormat::MdeCsv;
    case ExportFormat::FullCsv: return WriteFormat::FullCsv;
    case ExportFormat::Stix: return WriteFormat::Stix;
    case ExportFormat::Misp: return WriteFormat::Misp;
    case ExportFormat::Text: return WriteFormat::Text;
    case ExportFormat::Zeek: return WriteFormat::Zeek;
    }
    return WriteFormat::MdeCsv;
}

} // namespace

IndicatorExporter::IndicatorExporter(const WorkspaceStore& store, ExportFormat format)
    : store_(store)
    , format_(format)
{
}

bool IndicatorExporter::accepts(ExportFormat format, IndicatorType type)
{
    return makeWriter(engineFormat(format), TimePoint{})->accepts(type);
}

// Calls visit(indicator) for every active indicator selected, or visit(nullptr) for a
// selected id that has expired (so callers can count it).
template <typename Visit>
void IndicatorExporter::forEachSelected(const ExportSelection& selection, Visit&& visit) const
{
    if (!selection.ids.isEmpty()) {
        const TimePoint now = fromUnixSeconds(store_.now());
        for (std::int64_t id : selection.ids) {
            const auto record = store_.get(id);
            if (!record.ok())
                continue; // deleted since it was selected
            visit(record->indicator.isExpiredAt(now) ? nullptr : &record->indicator);
        }
        return;
    }
    const auto visitRecord = [&visit](const IndicatorRecord& record) { visit(&record.indicator); };
    if (!selection.tab) {
        store_.forEachActive(std::nullopt, visitRecord);
        return;
    }
    for (IndicatorType type : typesOfTab(*selection.tab))
        store_.forEachActive(type, visitRecord);
}

ExportSurvey IndicatorExporter::survey(const ExportSelection& selection) const
{
    ExportSurvey survey;
    if (selection.ids.isEmpty()) { // counts only: no need to read every row
        const StoreStats stats = store_.stats();
        for (const auto& [typeName, count] : stats.byType) {
            const auto type = parseIndicatorType(typeName);
            if (!type || (selection.tab && tabOf(*type) != *selection.tab))
                continue;
            survey.active += count;
            survey.refused += accepts(format_, *type) ? 0 : count;
        }
        return survey;
    }
    forEachSelected(selection, [this, &survey](const Indicator* indicator) {
        if (!indicator) {
            ++survey.expired;
            return;
        }
        ++survey.active;
        survey.refused += accepts(format_, indicator->type) ? 0 : 1;
    });
    return survey;
}

StoreResult<ExportResult> IndicatorExporter::write(const ExportSelection& selection, QIODevice& out) const
{
    ExportResult result;
    ChunkedWriter writer(out);
    const auto format = makeWriter(engineFormat(format_), fromUnixSeconds(store_.now()));
    format->begin(writer.stream());
    forEachSelected(selection, [&format, &result, &writer](const Indicator* indicator) {
        if (!indicator || !format->accepts(indicator->type)) {
            ++result.skipped;
            return;
        }
        format->write(writer.stream(), *indicator);
        ++result.written;
        writer.flushIfFull();
    });
    format->end(writer.stream());
    if (!writer.flush())
        return StoreError{StoreErrorCode::CannotOpen, ExportText::tr("Cannot write the export: %1").arg(out.errorString())};
    return result;
}

StoreResult<ExportResult> IndicatorExporter::writeFile(const ExportSelection& selection, const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return StoreError{StoreErrorCode::CannotOpen, ExportText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    auto result = write(selection, file);
    if (!result.ok())
        return StoreError{StoreErrorCode::CannotOpen, ExportText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (!file.commit())
        return StoreError{StoreErrorCode::CannotOpen, ExportText::tr("Cannot save %1: %2").arg(path, file.errorString())};
    return result;
}

bool isMeantForMde(ExportFormat format) { return format == ExportFormat::MdeCsv; }

QString formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::MdeCsv: return ExportText::tr("Microsoft Defender for Endpoint CSV");
    case ExportFormat::FullCsv: return ExportText::tr("CSV with every field");
    case ExportFormat::Stix: return ExportText::tr("STIX 2.1 bundle");
    case ExportFormat::Misp: return ExportText::tr("MISP event");
    case ExportFormat::Text: return ExportText::tr("Text, one value per line");
    case ExportFormat::Zeek: return ExportText::tr("Zeek Intel framework file");
    }
    return {};
}

QString formatFileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::MdeCsv: return ExportText::tr("MDE indicator CSV (*.csv)");
    case ExportFormat::FullCsv: return ExportText::tr("CSV (*.csv)");
    case ExportFormat::Stix: return ExportText::tr("STIX bundle (*.json)");
    case ExportFormat::Misp: return ExportText::tr("MISP event (*.json)");
    case ExportFormat::Text: return ExportText::tr("Text (*.txt)");
    case ExportFormat::Zeek: return ExportText::tr("Zeek Intel (*.intel *.dat)");
    }
    return {};
}

QString formatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::MdeCsv:
    case ExportFormat::FullCsv: return QStringLiteral("csv");
    case ExportFormat::Stix:
    case ExportFormat::Misp: return QStringLiteral("json");
    case ExportFormat::Text: return QStringLiteral("txt");
    case ExportFormat::Zeek: return QStringLiteral("intel");
    }
    return {};
}

} // namespace indicia
