#pragma once
// Export formats, one writer class each behind one interface, so the CLI (export, convert)
// and the export dialog (models/io) stream indicators the same way:
//   mde-csv   the MDE import template (no IpRange: MDE refuses CIDR)
//   csv       every field of our record, the template's columns first (re-imports as MDE CSV)
//   stix      a STIX 2.1 bundle, one indicator object per indicator (MDE fields as x_indicia_*)
//   misp      a MISP event, one attribute per indicator (MDE fields as indicia: tags)
//   text      one value per line, grouped by type under "# Type" comment lines
//   zeek      Zeek Intel framework TSV (#fields indicator indicator_type meta.source meta.desc)
// Suricata datasets are several files at once: see suricata_datasets.h.

#include "engine/indicator.h"

#include <memory>
#include <optional>
#include <ostream>
#include <string_view>

namespace indicia {

enum class WriteFormat { MdeCsv, FullCsv, Stix, Misp, Text, Zeek };
inline constexpr WriteFormat kAllWriteFormats[] = {WriteFormat::MdeCsv, WriteFormat::FullCsv, WriteFormat::Stix,
                                                   WriteFormat::Misp,   WriteFormat::Text,    WriteFormat::Zeek};

std::string_view toString(WriteFormat format); // "mde-csv", "csv", "stix", "misp", "text", "zeek"
std::optional<WriteFormat> parseWriteFormat(std::string_view name);

class IndicatorWriter {
public:
    virtual ~IndicatorWriter() = default;
    // Whether the format can carry the type; write() is only called for accepted types.
    virtual bool accepts(IndicatorType type) const;
    virtual void begin(std::ostream& out);
    virtual void write(std::ostream& out, const Indicator& indicator) = 0;
    virtual void end(std::ostream& out);
};

// `now` dates what needs a date (STIX created/valid_from, the MISP event date).
std::unique_ptr<IndicatorWriter> makeWriter(WriteFormat format, TimePoint now);

} // namespace indicia
