#pragma once
// The demo's training exercises, in the order the Training panel lists them, and the check
// that runs one against a workspace (with its preview when the exercise needs one).

#include "models/training/training_exercise.h"

#include <memory>
#include <vector>

namespace indicia::training {

std::unique_ptr<Exercise> makeDropperExercise();
std::unique_ptr<Exercise> makeFalsePositiveExercise();
std::unique_ptr<Exercise> makeReportImportExercise();
std::unique_ptr<Exercise> makeShadowedBlockExercise();
std::unique_ptr<Exercise> makeConflictExercise();

std::vector<std::unique_ptr<Exercise>> allExercises();

// Runs the exercise's preview (synchronously) when it needs one, then its check.
CheckResult runCheck(const Exercise& exercise, const WorkspaceStore& store, const demo::DemoData& data);

} // namespace indicia::training
