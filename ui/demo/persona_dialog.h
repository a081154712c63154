#pragma once
// Asked when the demo starts without --demo-persona: who to sign in as. Each persona shows
// what it may do, so the choice means something to a first-time user.

#include "models/demo/demo_data.h"

#include <QDialog>

class QButtonGroup;

namespace indicia {

class PersonaDialog : public QDialog {
    Q_OBJECT
public:
    PersonaDialog(const demo::DemoData& data, QWidget* parent = nullptr);
    QString chosenPersona() const; // the persona key

    // "Global administrator: every device group, …" for menus and the dialog.
    static QString describe(const demo::DemoPersona& persona);

private:
    const demo::DemoData& data_;
    QButtonGroup* group_ = nullptr;
};

} // namespace indicia
