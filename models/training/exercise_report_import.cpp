// Exercise 3: import a threat report's IoCs (defanged prose) and deal with the rows the
// import refuses. The check looks for every valid value of the report in the workspace.

#include "models/demo/demo_bootstrap.h"
#include "models/training/training_catalog.h"

#include <QDir>

namespace indicia::training {

namespace {

class ReportImportExercise : public Exercise {
    Q_DECLARE_TR_FUNCTIONS(ReportImportExercise)
public:
    QString id() const override { return QStringLiteral("report-import"); }
    QString title() const override { return tr("Import a report's IoCs"); }
    QString persona() const override { return QStringLiteral("global-admin"); }

    QString goal(const demo::DemoData& data) const override
    {
        const auto& report = data.scenario().report;
        return tr("A partner sent a threat report, %1. Import its indicators. %n of its lines cannot become "
                  "indicators: read why, keep the valid part, and make sure every valid indicator is in the "
                  "workspace.",
                  nullptr, report.invalidCount)
            .arg(QDir::toNativeSeparators(report.file));
    }

    QStringList hints(const demo::DemoData&) const override
    {
        return {tr("File ▸ Import indicators (Ctrl+I) and choose the report: prose with defanged IoCs is read "
                   "as a report."),
                tr("The preview lists each refused row with its line and reason (a private address, a hash "
                   "of the wrong length…)."),
                tr("Choose \"Import the valid rows\"; set the action (e.g. Block) for the imported ones."),
                tr("A row you can correct by hand: add it with the side pane (Ctrl+N).")};
    }

    CheckResult check(const CheckContext& context) const override
    {
        const auto& report = context.data.scenario().report;
        CheckResult result;
        int present = 0;
        for (const demo::TypedValue& value : report.valid) {
            if (demo::findActive(context.store, value.type, value.value))
                ++present;
            else
                result.details << tr("Missing: %1 %2").arg(QString::fromLatin1(displayName(value.type).data()), value.value);
        }
        result.passed = !report.valid.empty() && present == int(report.valid.size());
        result.summary = result.passed ? tr("All %1 valid indicators of the report are in the workspace.").arg(present)
                                       : tr("Not yet: %1 of %2 indicators imported.").arg(present).arg(report.valid.size());
        return result;
    }
};

} // namespace

std::unique_ptr<Exercise> makeReportImportExercise()
{
    return std::make_unique<ReportImportExercise>();
}

} // namespace indicia::training
