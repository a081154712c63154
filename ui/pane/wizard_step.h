#pragma once
// One step of the side-pane wizard. A step edits part of a draft indicator: load() shows
// the draft, save() writes the step's fields back, isComplete() gates the Next button.

#include "engine/indicator.h"

#include <QWidget>

namespace indicia {

class WizardStep : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void load(const Indicator& draft) = 0;
    virtual void save(Indicator& draft) const = 0;
    virtual bool isComplete() const = 0;

signals:
    void changed();
};

} // namespace indicia
