#include "ui/sync/conflict_dialog.h"

#include "engine/timeutil.h"
#include "models/list/display_names.h"

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

QString joined(const std::vector<std::string>& items)
{
    QStringList out;
    for (const std::string& item : items)
        out << qs(item);
    return out.join(QStringLiteral(", "));
}

// One comparable field: its label, how to show it, how to copy it from the remote.
struct FieldSpec {
    const char* label;
    const char* name; // object-name suffix
    QString (*show)(const Indicator&);
    void (*take)(Indicator&, const Indicator&);
};

const std::vector<FieldSpec>& fieldSpecs()
{
    static const std::vector<FieldSpec> specs = {
        {QT_TRANSLATE_NOOP("ConflictDialog", "Action"), "action", [](const Indicator& i) { return qs(toString(i.action)); },
         [](Indicator& a, const Indicator& b) { a.action = b.action; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Severity"), "severity", [](const Indicator& i) { return qs(toString(i.severity)); },
         [](Indicator& a, const Indicator& b) { a.severity = b.severity; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Generate alert"), "generateAlert",
         [](const Indicator& i) { return i.generateAlert ? QStringLiteral("true") : QStringLiteral("false"); },
         [](Indicator& a, const Indicator& b) { a.generateAlert = b.generateAlert; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Title"), "title", [](const Indicator& i) { return qs(i.title); },
         [](Indicator& a, const Indicator& b) { a.title = b.title; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Description"), "description", [](const Indicator& i) { return qs(i.description); },
         [](Indicator& a, const Indicator& b) { a.description = b.description; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Recommended actions"), "recommendedActions",
         [](const Indicator& i) { return qs(i.recommendedActions); },
         [](Indicator& a, const Indicator& b) { a.recommendedActions = b.recommendedActions; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Category"), "category", [](const Indicator& i) { return names::category(i.category); },
         [](Indicator& a, const Indicator& b) { a.category = b.category; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "MITRE techniques"), "mitre",
         [](const Indicator& i) { return joined(i.mitreTechniques); },
         [](Indicator& a, const Indicator& b) { a.mitreTechniques = b.mitreTechniques; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Expires"), "expiration",
         [](const Indicator& i) { return i.expiration ? qs(formatIsoTimestamp(*i.expiration)) : QString(); },
         [](Indicator& a, const Indicator& b) { a.expiration = b.expiration; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Educate URL"), "educateUrl", [](const Indicator& i) { return qs(i.educateUrl); },
         [](Indicator& a, const Indicator& b) { a.educateUrl = b.educateUrl; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "External id"), "externalId", [](const Indicator& i) { return qs(i.externalId); },
         [](Indicator& a, const Indicator& b) { a.externalId = b.externalId; }},
    };
    return specs;
}

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
    for (const FieldSpec& spec : fieldSpecs()) {
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
