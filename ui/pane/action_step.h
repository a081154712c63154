#pragma once
// Step 2: what happens on a match. Only the actions valid for the type are offered; the
// alert fields; an educate URL for network Warn/Block.

#include "ui/pane/wizard_step.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace indicia {

class ActionStep : public WizardStep {
    Q_OBJECT
public:
    explicit ActionStep(QWidget* parent = nullptr);

    // Must be called when the type changes: it decides the actions on offer.
    void setType(IndicatorType type);
    // Prefills the title when the user has not typed one (e.g. from a chosen file name).
    void suggestTitle(const QString& title);

    QString title() const override;
    void load(const Indicator& draft) override;
    void save(Indicator& draft) const override;
    bool isComplete() const override;
    // The reasons Next is disabled, for the pane's hint line.
    QStringList problems() const;

private:
    void updateDependentFields();
    Action currentAction() const;

    IndicatorType type_ = IndicatorType::FileSha256;
    QComboBox* action_ = nullptr;
    QCheckBox* generateAlert_ = nullptr;
    QLineEdit* title_ = nullptr;
    QComboBox* severity_ = nullptr;
    QComboBox* category_ = nullptr;
    QLineEdit* mitre_ = nullptr;
    QPlainTextEdit* description_ = nullptr;
    QPlainTextEdit* recommended_ = nullptr;
    QLabel* educateLabel_ = nullptr;
    QLineEdit* educateUrl_ = nullptr;
    QLabel* hint_ = nullptr;
};

} // namespace indicia
