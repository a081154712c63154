#pragma once
// Writing indicators out of a workspace: the current tab, everything, or chosen ids, in a
// file format: MDE CSV, full CSV, STIX 2.1, MISP, text or Zeek Intel (the engine's writers,
// engine/codec/indicator_writer.h). Suricata datasets are several files: CLI only.
// Expired indicators are never exported: a list handed to a service or a colleague holds
// what is in force. Formula neutralisation happens in the engine's writer, for every cell.

#include "engine/indicator.h"
#include "models/store/store_error.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

class QIODevice;

namespace indicia {

class WorkspaceStore;

enum class ExportFormat {
    MdeCsv,  // the Microsoft Defender for Endpoint import template
    FullCsv, // every field, the template's columns first
    Stix,    // a STIX 2.1 bundle
    Misp,    // a MISP event
    Text,    // one value per line, grouped by type
    Zeek,    // Zeek Intel framework TSV
};
inline constexpr ExportFormat kAllExportFormats[] = {ExportFormat::MdeCsv, ExportFormat::FullCsv, ExportFormat::Stix,
                                                     ExportFormat::Misp,   ExportFormat::Text,    ExportFormat::Zeek};

// MDE accepts at most this many active indicators per tenant.
inline constexpr std::int64_t kMdeIndicatorLimit = 15000;

struct ExportSelection {
    std::optional<TabKind> tab; // empty: every tab
    QList<std::int64_t> ids;    // not empty: exactly these indicators (tab ignored)
};

// What an export would write, to warn before writing anything.
struct ExportSurvey {
    std::int64_t active = 0;  // active indicators in the selection
    std::int64_t refused = 0; // of those, values the format cannot carry: skipped
    std::int64_t expired = 0; // selected ids that have expired: skipped
    std::int64_t toWrite() const { return active - refused; }
};

struct ExportResult {
    std::int64_t written = 0;
    std::int64_t skipped = 0; // refused by the format or expired
};

class IndicatorExporter {
public:
    IndicatorExporter(const WorkspaceStore& store, ExportFormat format);

    ExportSurvey survey(const ExportSelection& selection) const;
    StoreResult<ExportResult> write(const ExportSelection& selection, QIODevice& out) const;
    // Writes to a temporary file beside `path` and renames it: no half-written export.
    StoreResult<ExportResult> writeFile(const ExportSelection& selection, const QString& path) const;

    // Whether the format can carry an indicator type (MDE refuses IpRange; the others take all).
    static bool accepts(ExportFormat format, IndicatorType type);

private:
    template <typename Visit>
    void forEachSelected(const ExportSelection& selection, Visit&& visit) const;

    const WorkspaceStore& store_;
    ExportFormat format_;
};

// True for formats meant for MDE: the dialog warns past kMdeIndicatorLimit.
bool isMeantForMde(ExportFormat format);
QString formatLabel(ExportFormat format);     // "Microsoft Defender for Endpoint CSV"
QString formatFileFilter(ExportFormat format); // for the save dialog: "... (*.csv)"
QString formatSuffix(ExportFormat format);     // "csv"

} // namespace indicia
