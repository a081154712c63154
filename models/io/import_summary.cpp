#include "models/io/import_summary.h"

#include <QLocale>

namespace indicia {

namespace {

QString number(std::int64_t n) { return QLocale().toString(qlonglong(n)); }

} // namespace

QString ImportSummary::describe(const ImportReport& r, const QString& fileName)
{
    QString text;
    switch (r.result) {
    case ImportResult::Committed:
        text = tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                   .arg(fileName, number(r.added), number(r.updated), number(r.unchanged));
        break;
    case ImportResult::DryRun:
        text = tr("Checked %1; nothing was changed.").arg(fileName);
        break;
    case ImportResult::RefusedInvalidRows:
        // The one case where the mode is the reason: say so, and stop there.
        return tr("Nothing was imported from %1: %2 rows are invalid and \"all or nothing\" was chosen.")
            .arg(fileName, number(r.invalid));
    case ImportResult::NothingToChange:
        text = r.rows > r.invalid ? tr("Nothing to import from %1: the workspace already holds every valid row.")
                                        .arg(fileName)
                                  : tr("Nothing to import from %1: no row is valid.").arg(fileName);
        break;
    }
    if (r.invalid > 0)
        text += u' ' + tr("%1 invalid rows were skipped.").arg(number(r.invalid));
    if (r.result == ImportResult::Committed && r.overQuota > 0)
        text += u' ' + tr("The workspace is now %1 indicators over its quota.").arg(number(r.overQuota));
    return text;
}

} // namespace indicia
