#pragma once
// One training exercise of the demo: a goal, hints revealed one at a time, the persona it is
// meant for, and an automatic check against the workspace and (when it needs one) a preview
// of the workspace's draft list over the demo telemetry.

#include "engine/match/preview.h"
#include "models/demo/demo_data.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace indicia {

class WorkspaceStore;

namespace training {

struct CheckResult {
    bool passed = false;
    QString summary;     // one sentence
    QStringList details; // what is still wrong (or what was proven)
};

struct CheckContext {
    const WorkspaceStore& store;
    const demo::DemoData& data;
    const match::PreviewResult* preview = nullptr; // set when previewFiles() is not empty
};

class Exercise {
public:
    virtual ~Exercise() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QString goal(const demo::DemoData& data) const = 0;
    virtual QStringList hints(const demo::DemoData& data) const = 0;
    virtual QString persona() const = 0; // the persona key it is written for
    // Telemetry file names (in the demo's telemetry/ folder) the check previews; empty: none.
    virtual QStringList previewFiles() const { return {}; }
    virtual CheckResult check(const CheckContext& context) const = 0;
};

} // namespace training
} // namespace indicia
