// Exercise 4: a connection is allowed although its domain is blocked. The reason is
// precedence: a URL indicator under the domain allows it, and for network indicators the
// URL beats the domain. The check previews network and URL events on the machine.

#include "models/training/training_catalog.h"
#include "models/training/training_preview.h"

namespace indicia::training {

namespace {

class ShadowedBlockExercise : public Exercise {
    Q_DECLARE_TR_FUNCTIONS(ShadowedBlockExercise)
public:
    QString id() const override { return QStringLiteral("shadowed-block"); }
    QString title() const override { return tr("Why is it allowed?"); }
    QString persona() const override { return QStringLiteral("global-admin"); }
    QStringList previewFiles() const override
    {
        return {QStringLiteral("DeviceNetworkEvents.csv"), QStringLiteral("DeviceEvents.csv")};
    }

    QString goal(const demo::DemoData& data) const override
    {
        const auto& s = data.scenario().shadowedBlock;
        return tr("%1 is blocked, yet %2 still reaches it. Find which indicator allows the connection and "
                  "why it wins, then make the block apply on that machine.")
            .arg(s.block.value, s.machine);
    }

    QStringList hints(const demo::DemoData& data) const override
    {
        const auto& s = data.scenario().shadowedBlock;
        return {tr("Run the Preview and open the machine %1 (double-click the machine column).").arg(s.machine),
                tr("The events table names the deciding indicator and the rule that chose it."),
                tr("For network indicators a URL beats its domain: the Allowed URL %1 wins.").arg(s.allow.value),
                tr("Remove that URL indicator (or change it to Block), then preview again.")};
    }

    CheckResult check(const CheckContext& context) const override
    {
        const auto& s = context.data.scenario().shadowedBlock;
        CheckResult result;
        int onMachine = 0;
        int blocked = 0;
        for (const ValueDecision& decision : decisionsFor(*context.preview, {s.block.value, s.allow.value})) {
            if (machineKey(decision.machine) != machineKey(s.machine))
                continue;
            ++onMachine;
            if (decision.decided && blocksConnection(decision.outcome))
                ++blocked;
            else // one line per reason; runCheck counts repeats
                result.details << tr("Still allowed by %1.").arg(decision.decided ? decision.winnerValue : tr("nothing"));
        }
        if (onMachine == 0)
            result.details << tr("No event on %1 matches the block any more: was the domain indicator removed?").arg(s.machine);
        result.passed = onMachine > 0 && blocked == onMachine;
        result.summary = result.passed ? tr("All %1 connections from %2 are blocked now.").arg(onMachine).arg(s.machine)
                                       : tr("Not yet: %1 of %2 connections are blocked.").arg(blocked).arg(onMachine);
        return result;
    }
};

} // namespace

std::unique_ptr<Exercise> makeShadowedBlockExercise()
{
    return std::make_unique<ShadowedBlockExercise>();
}

} // namespace indicia::training
