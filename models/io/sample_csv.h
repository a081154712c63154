#pragma once
// "Download sample CSV": the MDE import template with one harmless example row of each
// importable type, as the engine writes it.

#include <QByteArray>
#include <QString>

namespace indicia {

QByteArray sampleCsvContent();
// Writes the sample to `path` (atomically). Returns an empty string or the reason it failed.
QString saveSampleCsv(const QString& path);

} // namespace indicia
