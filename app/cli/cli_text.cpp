#include "app/cli/cli_text.h"

#include "engine/codec/format_codes.h"

#include <QStringList>

using namespace indicia;

bool hasLineNumbers(SourceFormat format)
{
    return format != SourceFormat::Stix && format != SourceFormat::Misp;
}

QString rowLocation(const QString& path, SourceFormat format, const ImportRow& row)
{
    if (hasLineNumbers(format))
        return QStringLiteral("%1:%2").arg(path).arg(row.line);
    return CliText::tr("%1: entry %2").arg(path).arg(row.row);
}

QString refusalText(const ImportRow& row, bool allAttributesOption)
{
    QStringList reasons;
    for (const Issue& e : row.errors) {
        QString reason = QString::fromStdString(e.message);
        if (allAttributesOption && e.code == codes::kMispNotForIds)
            reason += u' ' + CliText::tr("Add --all-attributes to take it.");
        reasons << reason;
    }
    return reasons.join(u' ');
}
