#pragma once
// Step 4: everything on one page, with warnings (known-good, duplicate, quota, MDE
// compatibility) and an optional comment that goes into the history. When editing, every
// field is listed and a changed one reads "before → after".

#include "ui/pane/wizard_step.h"

#include <optional>

class QLineEdit;

namespace indicia {

class WrappingTextView;

class SummaryStep : public WizardStep {
    Q_OBJECT
public:
    explicit SummaryStep(QWidget* parent = nullptr);

    // A new wizard: no comment, no original (set one with setOriginal() for an edit).
    void reset();
    // The indicator as saved before this edit; the summary then shows what changed.
    void setOriginal(const std::optional<Indicator>& original) { original_ = original; }
    // Warnings computed by the pane's owner (rules, duplicates, quota).
    void setWarnings(const QStringList& warnings);
    QString comment() const;

    QString title() const override;
    void load(const Indicator& draft) override;
    void save(Indicator&) const override {}
    bool isComplete() const override { return true; }

private:
    WrappingTextView* details_ = nullptr;
    WrappingTextView* warnings_ = nullptr;
    QLineEdit* comment_ = nullptr;
    std::optional<Indicator> original_;
};

} // namespace indicia
