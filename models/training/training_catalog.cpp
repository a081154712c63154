#include "models/training/training_catalog.h"

#include "models/training/training_preview.h"

#include <QHash>

namespace indicia::training {

std::vector<std::unique_ptr<Exercise>> allExercises()
{
    std::vector<std::unique_ptr<Exercise>> out;
    out.push_back(makeDropperExercise());
    out.push_back(makeFalsePositiveExercise());
    out.push_back(makeReportImportExercise());
    out.push_back(makeShadowedBlockExercise());
    out.push_back(makeConflictExercise());
    return out;
}

CheckResult runCheck(const Exercise& exercise, const WorkspaceStore& store, const demo::DemoData& data)
{
    std::shared_ptr<const match::PreviewResult> preview;
    if (!exercise.previewFiles().isEmpty()) {
        QString error;
        preview = runPreview(store, data, exercise.previewFiles(), error);
        if (!preview)
            return {false, QCoreApplication::translate("Training", "The check could not preview: %1").arg(error), {}};
    }
    CheckResult result = exercise.check({store, data, preview.get()});
    // Many events fail for one reason: say it once, with how often.
    QStringList unique;
    QHash<QString, int> seen;
    for (const QString& detail : std::as_const(result.details))
        if (seen[detail]++ == 0)
            unique << detail;
    for (QString& detail : unique)
        if (seen[detail] > 1)
            detail = QCoreApplication::translate("Training", "%1 (%n times)", nullptr, seen[detail]).arg(detail);
    result.details = unique;
    return result;
}

} // namespace indicia::training
