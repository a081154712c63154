#include "ui/main_window.h"

#include "models/settings/settings_registry.h"
#include "ui/dialog_seams.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/dialogs/import_dialog.h"
#include "ui/entities/entity_navigator.h"
#include "ui/indicator_tab.h"
#include "ui/indicators_page.h"
#include "ui/main_actions.h"
#include "ui/prompt_text.h"
#include "ui/preview/preview_page.h"
#include "ui/sync/sync_page.h"
#include "ui/workspace_controller.h"
#include "ui/workspace_status_bar.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QIcon>
#include <QMenuBar>
#include <QToolBar>
#include <QSizePolicy>
#include <QLineEdit>
#include <QUndoStack>

namespace indicia {

MainWindow::MainWindow(SettingsRegistry& settings, QWidget* parent)
    : QMainWindow(parent)
    , settings_(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    actions_ = new MainActions(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    controller_ = new WorkspaceController(this);
    setCentralWidget(buildPages());
    statusBar_ = new WorkspaceStatusBar(*controller_, this);
    setStatusBar(statusBar_);
    buildMenus();
    buildToolBar();
    setAcceptDrops(true);
    connect(actions_->importIndicators, &QAction::triggered, this, [this] { openImportDialog(); });
    connect(actions_->exportIndicators, &QAction::triggered, this, &MainWindow::openExportDialog);
    connect(controller_, &WorkspaceController::errorOccurred, this,
            [this](const QString& message) { seams::question(this, tr("Indicia"), message, QMessageBox::Ok); });
    updateTitle();
    resize(1200, 720);
    restoreGeometry(settings_.get(settings::windowGeometry));
    restoreState(settings_.get(settings::windowState));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString& path)
{
    if (const StoreError error = controller_->open(path)) {
        seams::question(this, tr("Cannot open workspace"), error.message, QMessageBox::Ok);
        return false;
    }
    indicatorsPage_->restoreColumns(settings_.get(settings::columnLayout));
    settings_.set(settings::lastWorkspace, QFileInfo(path).absoluteFilePath());
    updateTitle();
    return true;
}

QWidget* MainWindow::buildPages()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    navigation_ = new QListWidget(central);
    navigation_->setObjectName(QStringLiteral("pageNavigation"));
    navigation_->setAccessibleName(tr("Pages"));
    navigation_->setFrameShape(QFrame::NoFrame);
    navigation_->setFixedWidth(130);
    navigation_->addItem(tr("Indicators"));
    navigation_->addItem(tr("Preview"));
    navigation_->addItem(tr("Sync"));
    navigation_->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 10px; }"));
    navigation_->setBackgroundRole(QPalette::Window);
    pages_ = new QStackedWidget(central);
    indicatorsPage_ = new IndicatorsPage(*controller_, *actions_, pages_);
    previewPage_ = new PreviewPage(*controller_, pages_);
    pages_->addWidget(indicatorsPage_);
    pages_->addWidget(previewPage_);
    syncPage_ = new SyncPage(*controller_, pages_);
    pages_->addWidget(syncPage_);
    layout->addWidget(navigation_);
    layout->addWidget(pages_, 1);
    connect(navigation_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    // The window's commands follow the page shown: another page's selection is not acted on.
    connect(pages_, &QStackedWidget::currentChanged, this,
            [this] { indicatorsPage_->setActive(pages_->currentWidget() == indicatorsPage_); });
    navigation_->setCurrentRow(IndicatorsPageIndex);
    connect(previewPage_, &PreviewPage::openIndicator, this, [this](qint64 id) {
        showPage(IndicatorsPageIndex);
        indicatorsPage_->showIndicator(id);
    });
    // The file and machine pages, global search and Back/Forward (after the listed pages).
    entities_ = new EntityNavigator(*this, *pages_, *navigation_, *controller_, *indicatorsPage_, *previewPage_);
    return central;
}

void MainWindow::showPage(Page page)
{
    navigation_->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(pages_->currentIndex());
}

void MainWindow::openImportDialog(const QString& path)
{
    if (!controller_->isOpen() || !controller_->rights().canWrite)
        return;
    auto* dialog = new ImportDialog(*controller_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusAfter(dialog);
    dialog->open();
    if (!path.isEmpty())
        dialog->setFile(path);
}

void MainWindow::openExportDialog()
{
    if (!controller_->isOpen())
        return;
    IndicatorTab* tab = indicatorsPage_->currentTabPage();
    auto* dialog = new ExportDialog(*controller_, tab->tab(), indicatorsPage_->selectedIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusAfter(dialog);
    dialog->open();
}

void MainWindow::returnFocusAfter(QDialog* dialog)
{
    // Queued: the dialog's own focus restore runs first, and may pick the search field.
    connect(dialog, &QDialog::finished, this, [this] {
        QMetaObject::invokeMethod(indicatorsPage_, &IndicatorsPage::focusList, Qt::QueuedConnection);
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && actions_->importIndicators->isEnabled())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openImportDialog(urls.first().toLocalFile());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(actions_->newWorkspace);
    file->addAction(actions_->openWorkspace);
    file->addSeparator();
    file->addAction(actions_->importIndicators);
    file->addAction(actions_->exportIndicators);
    file->addAction(entities_->openLocalFileAction);
    file->addSeparator();
    file->addAction(actions_->quit);
    connect(actions_->quit, &QAction::triggered, this, &QWidget::close);
    connect(actions_->newWorkspace, &QAction::triggered, this, [this] { chooseWorkspace(true); });
    connect(actions_->openWorkspace, &QAction::triggered, this, [this] { chooseWorkspace(false); });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction* undo = controller_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    QAction* redo = controller_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(MainActions::redoShortcuts());
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(actions_->addIndicator);
    edit->addAction(actions_->editIndicator);
    edit->addAction(actions_->copyValue);
    edit->addAction(actions_->deleteIndicators);
    edit->addSeparator();
    edit->addAction(actions_->find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(entities_->backAction);
    view->addAction(entities_->forwardAction);
    view->addAction(entities_->searchAction);
    view->addSeparator();
    QAction* showIndicators = view->addAction(tr("&Indicators"), this, [this] { showPage(IndicatorsPageIndex); });
    showIndicators->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction* showPreview = view->addAction(tr("&Preview"), this, [this] { showPage(PreviewPageIndex); });
    showPreview->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction* showSync = view->addAction(tr("&Sync"), this, [this] { showPage(SyncPageIndex); });
    showSync->setShortcut(QKeySequence(tr("Ctrl+3")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(actions_->about);
    connect(actions_->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(entities_->backAction);
    bar->addAction(entities_->forwardAction);
    bar->addSeparator();
    bar->addAction(actions_->addIndicator);
    bar->addAction(actions_->importIndicators);
    bar->addAction(actions_->exportIndicators);
    bar->addSeparator();
    bar->addAction(actions_->deleteIndicators);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(entities_->searchBox());
}

void MainWindow::chooseWorkspace(bool create)
{
    const QString filter = tr("Indicia workspaces (*.indicia)");
    const QString path = create ? seams::saveFile(this, tr("New workspace"), QStringLiteral("workspace.indicia"), filter)
                                : seams::openFile(this, tr("Open workspace"), filter);
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::updateTitle()
{
    const QString path = controller_->isOpen() ? controller_->path() : QString();
    const QString name = path.isEmpty() ? tr("No workspace") : QFileInfo(path).completeBaseName();
    setWindowTitle(tr("%1 — Indicia").arg(name));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Indicia"),
                       tr("<b>Indicia %1</b><p>A desktop console for indicators of compromise.</p>")
                           .arg(QStringLiteral(INDICIA_VERSION)));
}

bool MainWindow::confirmQuit()
{
    // A workspace that never syncs keeps its changes on disk: nothing to warn about. The
    // demo's are discarded on quit; a connected one's are not on the service yet.
    if (!controller_->isOpen() || (!workspaceTemporary_ && !controller_->hasConnection()))
        return true;
    const UnsyncedChanges unsynced = controller_->unsyncedChanges(int(PromptText::kShown));
    if (unsynced.count == 0)
        return true;
    const QString what =
        tr("Not synced to the service yet: %1.").arg(PromptText::namedList(unsynced.values, unsynced.count));
    const QString consequence = workspaceTemporary_
                                    ? tr("Quitting ends the demo and discards them.")
                                    : tr("They stay in this workspace and are sent at the next sync.");
    const auto answer = seams::question(this, tr("Quit with unsynced changes"),
                                        tr("%1\n%2\n\nQuit anyway?").arg(what, consequence),
                                        QMessageBox::Yes | QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmQuit()) {
        event->ignore();
        return;
    }
    settings_.set(settings::windowGeometry, saveGeometry());
    settings_.set(settings::windowState, saveState());
    settings_.set(settings::columnLayout, indicatorsPage_->saveColumns());
    settings_.sync();
    event->accept();
}

} // namespace indicia
