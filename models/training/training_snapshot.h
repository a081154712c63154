#pragma once
// Reset for the training exercises: a copy of the workspace taken when an exercise starts,
// written back in one transaction on Reset. The copy is a SQLite file (VACUUM INTO); the
// restore goes through the open connection (ATTACH, then every table replaced), so the
// window keeps its store and only refreshes.

#include "models/store/store_error.h"

#include <QCoreApplication>
#include <QString>

namespace indicia {

class WorkspaceStore;

namespace training {

class TrainingSnapshot {
    Q_DECLARE_TR_FUNCTIONS(TrainingSnapshot)
public:
    // Replaces any file at `path`.
    static StoreError save(const WorkspaceStore& store, const QString& path);
    static StoreError restore(WorkspaceStore& store, const QString& path);
};

} // namespace training
} // namespace indicia
