// Exercise 5: the demo starts with a sync conflict: the workspace edited an indicator that a
// colleague changed on the service meanwhile. Resolve it and sync, so that the workspace and
// the service agree again.

#include "models/demo/demo_bootstrap.h"
#include "models/store/workspace_store.h"
#include "models/training/training_catalog.h"

namespace indicia::training {

namespace {

class ConflictExercise : public Exercise {
    Q_DECLARE_TR_FUNCTIONS(ConflictExercise)
public:
    QString id() const override { return QStringLiteral("conflict"); }
    QString title() const override { return tr("Resolve a sync conflict"); }
    QString persona() const override { return QStringLiteral("global-admin"); }

    QString goal(const demo::DemoData& data) const override
    {
        return tr("You edited %1 while a colleague changed it on the service. Resolve the conflict (keep "
                  "yours, take theirs or merge) and sync, so that nothing is left in conflict or unsent.")
            .arg(data.scenario().conflict.value);
    }

    QStringList hints(const demo::DemoData&) const override
    {
        return {tr("Open the Sync page (Ctrl+3): the conflict is listed there."),
                tr("Double-click it to compare your version with the service's, field by field."),
                tr("After choosing, press Sync now so the service gets the result.")};
    }

    CheckResult check(const CheckContext& context) const override
    {
        const auto& target = context.data.scenario().conflict;
        CheckResult result;
        const std::int64_t conflicts = context.store.count(std::nullopt, IndicatorState::Conflict);
        if (conflicts > 0)
            result.details << tr("%n indicator(s) still in conflict.", nullptr, int(conflicts));
        const std::optional<IndicatorRecord> record = demo::findActive(context.store, target.type, target.value);
        if (!record)
            result.details << tr("%1 is no longer in the workspace.").arg(target.value);
        else if (record->syncState != SyncState::Synced)
            result.details << tr("%1 is not synced yet: press Sync now.").arg(target.value);
        result.passed = result.details.isEmpty();
        result.summary = result.passed ? tr("The conflict is resolved and the service has the result.")
                                       : tr("Not yet.");
        return result;
    }
};

} // namespace

std::unique_ptr<Exercise> makeConflictExercise()
{
    return std::make_unique<ConflictExercise>();
}

} // namespace indicia::training
