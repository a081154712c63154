#pragma once
// The words for what an import did, shared by the import dialog and indicia-cli so that
// both say the same thing about the same file (they once disagreed: the dialog blamed
// "all or nothing" for a valid-rows-only import that had nothing new to add).

#include "models/store/import_types.h"

#include <QCoreApplication>
#include <QString>

namespace indicia {

class ImportSummary {
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)
public:
    // One or more sentences: what was imported, or why nothing was, and what was skipped.
    static QString describe(const ImportReport& report, const QString& fileName);
};

} // namespace indicia
