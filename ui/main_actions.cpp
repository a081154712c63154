#include "ui/main_actions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

// The icons live in the ui library's resources; a static library must register them.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace indicia {

MainActions::MainActions(QObject* parent)
    : QObject(parent)
{
    initUiResources();
    newWorkspace = make("actionNewWorkspace", tr("&New workspace..."), QKeySequence());
    openWorkspace = make("actionOpenWorkspace", tr("&Open workspace..."), QKeySequence::Open);
    quit = make("actionQuit", tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    addIndicator = make("actionAddIndicator", tr("&Add indicator..."), QKeySequence::New);
    addIndicator->setToolTip(tr("Add an indicator (Ctrl+N)"));
    importIndicators = make("actionImport", tr("&Import..."), QKeySequence(tr("Ctrl+I")));
    importIndicators->setToolTip(tr("Import a CSV template or a list (Ctrl+I)"));
    exportIndicators = make("actionExport", tr("&Export..."), QKeySequence(tr("Ctrl+E")));
    editIndicator = make("actionEdit", tr("&Edit indicator..."), QKeySequence(Qt::Key_Return));
    editIndicator->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    editIndicator->setEnabled(false);
    deleteIndicators = make("actionDelete", tr("&Delete"), QKeySequence::Delete);
    deleteIndicators->setEnabled(false);
    copyValue = make("actionCopyValue", tr("&Copy value"), QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copyValue->setEnabled(false);
    addIndicator->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    importIndicators->setIcon(QIcon(QStringLiteral(":/icons/import.svg")));
    exportIndicators->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    deleteIndicators->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    editIndicator->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    find = make("actionFind", tr("&Find"), QKeySequence::Find);
    about = make("actionAbout", tr("&About Indicia"), QKeySequence());
    about->setMenuRole(QAction::AboutRole);
    find->setIcon(QIcon(QStringLiteral(":/icons/search.svg")));
}

QList<QKeySequence> MainActions::redoShortcuts(const QList<QKeySequence>& platformRedo)
{
    QList<QKeySequence> wanted = platformRedo;
    wanted << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
#ifdef Q_OS_WIN
    wanted << QKeySequence(Qt::CTRL | Qt::Key_Y);
#endif
    QList<QKeySequence> unique;
    for (const QKeySequence& key : wanted)
        if (!key.isEmpty() && !unique.contains(key))
            unique << key;
    return unique;
}

QAction* MainActions::make(const char* objectName, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace indicia
