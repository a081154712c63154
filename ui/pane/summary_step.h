#pragma once
// Step 4: everything on one page, with warnings (known-good, duplicate, quota, MDE
// compatibility) and an optional comment that goes into the history.

#include "ui/pane/wizard_step.h"

class QLabel;
class QLineEdit;

namespace indicia {

class SummaryStep : public WizardStep {
    Q_OBJECT
public:
    explicit SummaryStep(QWidget* parent = nullptr);

    // Warnings computed by the pane's owner (rules, duplicates, quota).
    void setWarnings(const QStringList& warnings);
    QString comment() const;

    QString title() const override;
    void load(const Indicator& draft) override;
    void save(Indicator&) const override {}
    bool isComplete() const override { return true; }

private:
    QLabel* details_ = nullptr;
    QLabel* warnings_ = nullptr;
    QLineEdit* comment_ = nullptr;
};

} // namespace indicia
