#include "ui/demo/persona_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace indicia {

PersonaDialog::PersonaDialog(const demo::DemoData& data, QWidget* parent) : QDialog(parent), data_(data)
{
    setWindowTitle(tr("Sign in to the demo"));
    setObjectName(QStringLiteral("personaDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The demo organisation has three people. Choose who you are; you can switch "
                                "later from the Demo menu."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    group_ = new QButtonGroup(this);
    int index = 0;
    for (const demo::DemoPersona& persona : data.personas()) {
        auto* button = new QRadioButton(describe(persona), this);
        button->setChecked(index == 0);
        group_->addButton(button, index++);
        layout->addWidget(button);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PersonaDialog::chosenPersona() const
{
    const int id = group_->checkedId();
    return id >= 0 && size_t(id) < data_.personas().size() ? data_.personas()[size_t(id)].persona : QString();
}

QString PersonaDialog::describe(const demo::DemoPersona& persona)
{
    QString what;
    if (persona.role == QLatin1String("admin"))
        what = tr("every device group, all-devices indicators");
    else if (persona.role == QLatin1String("analyst"))
        what = tr("changes indicators of %1 only").arg(persona.groups.join(QStringLiteral(", ")));
    else
        what = tr("reads everything, changes nothing");
    return tr("%1 — %2").arg(persona.displayName, what);
}

} // namespace indicia
