#pragma once
// The fields a sync conflict compares, in the conflict dialog's order: the label, the value
// as the indicator list shows it (Yes/No, action names, dates), and how to copy it from the
// service's version. Here, not in the dialog, so that ui/ shows values the way the list does
// without formatting engine types itself.

#include "engine/indicator.h"

#include <QString>

#include <vector>

namespace indicia {

struct ConflictField {
    const char* label; // translation context "ConflictDialog"
    const char* name;  // a stable name (object names, tests)
    QString (*show)(const Indicator& indicator);
    void (*take)(Indicator& into, const Indicator& from);
};

const std::vector<ConflictField>& conflictFields();

} // namespace indicia
