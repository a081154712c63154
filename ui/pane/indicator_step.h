#pragma once
// Step 1: the indicator itself. Type-specific value entry validated as you type with the
// engine's messages; "Choose file..." hashes a local file; "Upload certificate..." computes
// a thumbprint; expiry Never or a date and time.

#include "ui/pane/wizard_step.h"

#include <QMap>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace indicia {

class WrappingTextView;

class IndicatorStep : public WizardStep {
    Q_OBJECT
public:
    explicit IndicatorStep(QWidget* parent = nullptr);

    // The tab decides which types are offered. Editing locks type and value (identity).
    void setTab(TabKind tab);
    void setIdentityLocked(bool locked);
    // A new wizard: forgets the last chosen file (its digests and suggested title).
    void reset();

    QString title() const override;
    void load(const Indicator& draft) override;
    void save(Indicator& draft) const override;
    bool isComplete() const override;

    IndicatorType currentType() const;
    QString canonicalValue() const { return canonical_; }
    // A file name or certificate subject to suggest as the alert title.
    QString suggestedTitle() const { return suggestedTitle_; }

private:
    void revalidate();
    void chooseFile();
    void uploadCertificate();

    QComboBox* type_ = nullptr;
    QLineEdit* value_ = nullptr;
    QLabel* feedback_ = nullptr;
    QWidget* knownGoodRow_ = nullptr;     // shown while the value is on a known-good list
    WrappingTextView* knownGood_ = nullptr;
    QPushButton* chooseFile_ = nullptr;
    QPushButton* uploadCertificate_ = nullptr;
    QRadioButton* never_ = nullptr;
    QRadioButton* until_ = nullptr;
    QDateTimeEdit* expiry_ = nullptr;
    QString canonical_;
    QString suggestedTitle_;
    QMap<IndicatorType, QString> fileDigests_; // from the last chosen file, per hash type
};

} // namespace indicia
