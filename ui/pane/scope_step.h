#pragma once
// Step 3: where the indicator applies. "All devices" only for users allowed to (global
// administrators); otherwise a checklist of the device groups the user may access.

#include "ui/pane/wizard_step.h"

#include <QStringList>

class QLabel;
class QListWidget;
class QRadioButton;

namespace indicia {

struct ScopeRights {
    bool mayTargetAllDevices = true;
    QStringList groups;          // the groups shown in the checklist
    QString whyNotAllDevices;    // tooltip when All devices is disabled
};

class ScopeStep : public WizardStep {
    Q_OBJECT
public:
    explicit ScopeStep(QWidget* parent = nullptr);
    void setRights(const ScopeRights& rights);

    QString title() const override;
    void load(const Indicator& draft) override;
    void save(Indicator& draft) const override;
    bool isComplete() const override;

private:
    QStringList checkedGroups() const;

    QRadioButton* allDevices_ = nullptr;
    QRadioButton* someGroups_ = nullptr;
    QListWidget* groups_ = nullptr;
    QLabel* hint_ = nullptr;
};

} // namespace indicia
