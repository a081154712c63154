#include "models/training/training_catalog.h"

#include "models/training/training_preview.h"

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
    return exercise.check({store, data, preview.get()});
}

} // namespace indicia::training
