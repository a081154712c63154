#pragma once
// Every window-level command as a QAction, with its shortcut and tooltip, in one place.
// Menus, toolbars and empty states share these objects, so enabling one enables all.

#include <QObject>

#include <QKeySequence>
#include <QList>

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

    // The platform's Redo keys, plus Ctrl+Shift+Z everywhere and Ctrl+Y on Windows where the
    // platform lacks them, each once: a key bound twice is ambiguous and Qt fires neither.
    static QList<QKeySequence> redoShortcuts(
        const QList<QKeySequence>& platformRedo = QKeySequence::keyBindings(QKeySequence::Redo));

private:
    QAction* make(const char* objectName, const QString& text, const QKeySequence& shortcut);
};

} // namespace indicia
