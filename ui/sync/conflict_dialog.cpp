#include "ui/sync/conflict_dialog.h"

#include "models/sync/conflict_fields.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace indicia {

namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

} // namespace

ConflictDialog::ConflictDialog(const Indicator& local, const std::optional<Indicator>& remote, QWidget* parent)
    : QDialog(parent), local_(local), remote_(remote)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Sync conflict: %1").arg(qs(local.value)));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(remote ? tr("This indicator changed here and on the service since the last sync.")
                                    : tr("The service deleted this indicator, but it changed here since the last sync."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    layout->addLayout(grid);
    buildFields(grid);
    auto* buttons = new QDialogButtonBox(this);
    auto* keep = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("conflictKeepMine"));
    auto* take = buttons->addButton(remote ? tr("Take theirs") : tr("Delete here too"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("conflictTakeTheirs"));
    connect(keep, &QPushButton::clicked, this, [this] { finish(Choice::KeepMine); });
    connect(take, &QPushButton::clicked, this, [this] { finish(Choice::TakeTheirs); });
    if (remote) {
        auto* merge = buttons->addButton(tr("Apply my field choices"), QDialogButtonBox::AcceptRole);
        merge->setObjectName(QStringLiteral("conflictMerge"));
        connect(merge, &QPushButton::clicked, this, [this] { finish(Choice::Merge); });
    }
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ConflictDialog::buildFields(QGridLayout* grid)
{
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Mine (this workspace)</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Theirs (the service)</b>"), this), 0, 2);
    int row = 1;
    for (const ConflictField& spec : conflictFields()) {
        const QString mine = spec.show(local_);
        const QString theirs = remote_ ? spec.show(*remote_) : tr("(deleted)");
        const bool differs = !remote_ || mine != theirs;
        auto* label = new QLabel(tr(spec.label), this);
        auto* mineButton = new QRadioButton(mine.isEmpty() ? tr("(empty)") : mine, this);
        auto* theirsButton = new QRadioButton(theirs.isEmpty() ? tr("(empty)") : theirs, this);
        mineButton->setObjectName(QStringLiteral("conflictMine_") + QLatin1String(spec.name));
        theirsButton->setObjectName(QStringLiteral("conflictTheirs_") + QLatin1String(spec.name));
        mineButton->setChecked(true);
        // Identical fields and a deleted remote leave nothing to pick.
        theirsButton->setEnabled(remote_.has_value() && differs);
        if (differs) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        auto* group = new QButtonGroup(this);
        group->addButton(mineButton);
        group->addButton(theirsButton);
        grid->addWidget(label, row, 0);
        grid->addWidget(mineButton, row, 1);
        grid->addWidget(theirsButton, row, 2);
        rows_.push_back({theirsButton, spec.take});
        ++row;
    }
}

Indicator ConflictDialog::merged() const
{
    Indicator out = local_;
    if (remote_)
        for (const FieldRow& row : rows_)
            if (row.theirs->isChecked())
                row.take(out, *remote_);
    return out;
}

void ConflictDialog::finish(Choice choice)
{
    choice_ = choice;
    accept();
}

} // namespace indicia
