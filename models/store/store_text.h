#pragma once
// The translation context of every message the store writes ("WorkspaceStore"). The store's
// files call StoreText::tr(): lupdate reads the context from the macro, so the strings land
// in the .ts file where the running program looks them up.

#include <QCoreApplication>

namespace indicia {

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)
};

} // namespace indicia
