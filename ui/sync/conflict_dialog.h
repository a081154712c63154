#pragma once
// One sync conflict, local and remote side by side, field by field: keep mine, take theirs,
// or pick per field (the merge). The dialog only decides; SyncLedger applies the decision.

#include "engine/indicator.h"

#include <QDialog>

#include <optional>
#include <vector>

class QGridLayout;
class QRadioButton;

namespace indicia {

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, KeepMine, TakeTheirs, Merge };

    // `remote` empty: the service deleted the indicator.
    ConflictDialog(const Indicator& local, const std::optional<Indicator>& remote, QWidget* parent = nullptr);

    Choice choice() const { return choice_; }
    // Local values with the fields whose "theirs" button is checked taken from the remote.
    Indicator merged() const;

private:
    struct FieldRow {
        QRadioButton* theirs = nullptr;
        void (*take)(Indicator& into, const Indicator& from) = nullptr;
    };
    void buildFields(QGridLayout* grid);
    void finish(Choice choice);

    Indicator local_;
    std::optional<Indicator> remote_;
    std::vector<FieldRow> rows_;
    Choice choice_ = Choice::None;
};

} // namespace indicia
