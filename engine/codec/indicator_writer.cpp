#include "engine/codec/indicator_writer.h"

#include "engine/codec/json_writers.h"
#include "engine/codec/simple_writers.h"

namespace indicia {

bool IndicatorWriter::accepts(IndicatorType) const { return true; }
void IndicatorWriter::begin(std::ostream&) {}
void IndicatorWriter::end(std::ostream&) {}

std::string_view toString(WriteFormat format)
{
    switch (format) {
    case WriteFormat::MdeCsv: return "mde-csv";
    case WriteFormat::FullCsv: return "csv";
    case WriteFormat::Stix: return "stix";
    case WriteFormat::Misp: return "misp";
    case WriteFormat::Text: return "text";
    case WriteFormat::Zeek: return "zeek";
    }
    return "mde-csv";
}

std::optional<WriteFormat> parseWriteFormat(std::string_view name)
{
    for (WriteFormat format : kAllWriteFormats) {
        if (toString(format) == name)
            return format;
    }
    return std::nullopt;
}

std::unique_ptr<IndicatorWriter> makeWriter(WriteFormat format, TimePoint now)
{
    switch (format) {
    case WriteFormat::MdeCsv: return std::make_unique<MdeCsvWriter>();
    case WriteFormat::FullCsv: return std::make_unique<FullCsvWriter>();
    case WriteFormat::Stix: return std::make_unique<StixBundleWriter>(now);
    case WriteFormat::Misp: return std::make_unique<MispEventWriter>(now);
    case WriteFormat::Text: return std::make_unique<TextWriter>();
    case WriteFormat::Zeek: return std::make_unique<ZeekIntelWriter>();
    }
    return nullptr;
}

} // namespace indicia
