#include "models/io/sample_csv.h"

#include "engine/codec/mde_csv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace indicia {

QByteArray sampleCsvContent()
{
    const std::string csv = sampleMdeCsv();
    return QByteArray(csv.data(), qsizetype(csv.size()));
}

QString saveSampleCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sampleCsvContent()) < 0 || !file.commit()) {
        return QCoreApplication::translate("SampleCsv", "Cannot save the sample CSV to %1: %2")
            .arg(path, file.errorString());
    }
    return {};
}

} // namespace indicia
