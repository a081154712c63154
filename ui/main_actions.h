#pragma once
// Every window-level command as a QAction, with its shortcut and tooltip, in one place.
// Menus, toolbars and empty states share these objects, so enabling one enables all.

#include <QObject>

class QAction;

namespace indicia {

class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QObject* parent);

    QAction* newWorkspace = nullptr;
    QAction* openWorkspace = nullptr;
    QAction* quit = nullptr;
    QAction* addIndicator = nullptr;
    QAction* importIndicators = nullptr;
    QAction* exportIndicators = nullptr;
    QAction* editIndicator = nullptr;
    QAction* deleteIndicators = nullptr;
    QAction* copyValue = nullptr;
    QAction* find = nullptr;
    QAction* about = nullptr;

private:
    QAction* make(const char* objectName, const QString& text, const QKeySequence& shortcut);
};

} // namespace indicia
