// Exercise 1: block the dropper seen on Finance machines without touching Build servers,
// where the same file runs as part of a signed build. The check previews process events:
// every Finance machine that ran it must be blocked, no Build server may be.

#include "models/training/training_catalog.h"
#include "models/training/training_preview.h"

#include <QSet>

namespace indicia::training {

namespace {

class DropperExercise : public Exercise {
    Q_DECLARE_TR_FUNCTIONS(DropperExercise)
public:
    QString id() const override { return QStringLiteral("dropper"); }
    QString title() const override { return tr("Block the dropper on Finance"); }
    QString persona() const override { return QStringLiteral("soc-analyst"); }
    QStringList previewFiles() const override { return {QStringLiteral("DeviceProcessEvents.csv")}; }

    QString goal(const demo::DemoData& data) const override
    {
        const auto& d = data.scenario().dropper;
        return tr("A dropper, %1, ran on %2 Finance machines. The same file runs on %3 Build servers as part "
                  "of a build, where blocking it would break builds. Block it on Finance without touching "
                  "Build servers.")
            .arg(d.fileName)
            .arg(d.financeMachines.size())
            .arg(d.buildMachines.size());
    }

    QStringList hints(const demo::DemoData& data) const override
    {
        const auto& d = data.scenario().dropper;
        return {tr("Search for the file (Ctrl+K) by name or by its SHA-256 %1 and open its page.").arg(d.sha256),
                tr("Choose Block on the file page or create a File hash indicator with the action Block "
                   "execution."),
                tr("In the Scope step choose specific device groups: Finance only."),
                tr("Run the Preview: Finance machines show \"block\", Build servers show nothing.")};
    }

    CheckResult check(const CheckContext& context) const override
    {
        const auto& d = context.data.scenario().dropper;
        QSet<QString> blocked;
        for (const ValueDecision& decision : decisionsFor(*context.preview, {d.sha256, d.sha1, d.md5}))
            if (decision.decided && blocksExecution(decision.outcome))
                blocked.insert(machineKey(decision.machine));
        CheckResult result;
        for (const QString& machine : d.financeMachines)
            if (!blocked.contains(machineKey(machine)))
                result.details << tr("Not blocked on the Finance machine %1.").arg(machine);
        for (const QString& machine : d.buildMachines)
            if (blocked.contains(machineKey(machine)))
                result.details << tr("Blocked on the Build server %1: builds would break.").arg(machine);
        result.passed = result.details.isEmpty();
        result.summary = result.passed ? tr("The dropper is blocked on all %1 Finance machines and on no Build server.")
                                             .arg(d.financeMachines.size())
                                       : tr("Not yet: %n problem(s) left.", nullptr, int(result.details.size()));
        return result;
    }
};

} // namespace

std::unique_ptr<Exercise> makeDropperExercise()
{
    return std::make_unique<DropperExercise>();
}

} // namespace indicia::training
