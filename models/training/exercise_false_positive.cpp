// Exercise 2: the antivirus flags an internal tool on Engineering machines, and an Audit
// indicator from a feed raises alerts on it too. Allow it: for files, Audit beats Allowed,
// so the existing indicator has to become Allowed (saving an Allowed indicator with the same
// value and scope does exactly that). The check previews AV detections and process events.

#include "models/demo/demo_bootstrap.h"
#include "models/training/training_catalog.h"
#include "models/training/training_preview.h"

namespace indicia::training {

namespace {

class FalsePositiveExercise : public Exercise {
    Q_DECLARE_TR_FUNCTIONS(FalsePositiveExercise)
public:
    QString id() const override { return QStringLiteral("false-positive"); }
    QString title() const override { return tr("Allow a false positive"); }
    QString persona() const override { return QStringLiteral("global-admin"); }
    QStringList previewFiles() const override
    {
        return {QStringLiteral("DeviceEvents.csv"), QStringLiteral("DeviceProcessEvents.csv")};
    }

    QString goal(const demo::DemoData& data) const override
    {
        const auto& fp = data.scenario().falsePositive;
        return tr("The antivirus flags %1, an internal tool used in %2, and an indicator raises alerts on "
                  "it. It is a false positive: make every event of it allowed, so the detection is "
                  "suppressed and investigations ignore it.")
            .arg(fp.fileName, fp.groups.join(QStringLiteral(", ")));
    }

    QStringList hints(const demo::DemoData& data) const override
    {
        const auto& fp = data.scenario().falsePositive;
        return {tr("Find the indicator on %1 in the File hashes tab (filter by the value).").arg(fp.detectingIndicatorValue),
                tr("For files, Audit beats Allowed: a second indicator would lose. Change the existing one."),
                tr("Edit it (Enter), choose Allowed in the Action step and save."),
                tr("Run the Preview: the card \"Allows overriding a detection\" counts its events.")};
    }

    CheckResult check(const CheckContext& context) const override
    {
        const auto& fp = context.data.scenario().falsePositive;
        CheckResult result;
        const std::vector<ValueDecision> decisions = decisionsFor(*context.preview, {fp.sha256});
        int allowed = 0;
        for (const ValueDecision& decision : decisions) {
            if (decision.decided && decision.winnerAction == Action::Allowed)
                ++allowed;
            else // one line per reason; runCheck counts repeats
                result.details << tr("An event is still decided by %1.")
                                      .arg(decision.decided ? QString::fromLatin1(displayName(decision.winnerAction).data())
                                                            : tr("no indicator"));
        }
        if (decisions.empty())
            result.details << tr("No event of %1 matches any indicator: it needs an Allowed indicator.").arg(fp.fileName);
        result.passed = !decisions.empty() && allowed == int(decisions.size());
        result.summary = result.passed ? tr("All %1 events of %2 are allowed; the detections are suppressed.")
                                             .arg(allowed)
                                             .arg(fp.fileName)
                                       : tr("Not yet: %1 of %2 events are allowed.").arg(allowed).arg(decisions.size());
        return result;
    }
};

} // namespace

std::unique_ptr<Exercise> makeFalsePositiveExercise()
{
    return std::make_unique<FalsePositiveExercise>();
}

} // namespace indicia::training
