#include "ui/main_window.h"

#include "models/settings/settings_registry.h"
#include "ui/indicators_page.h"
#include "ui/main_actions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace indicia {

MainWindow::MainWindow(SettingsRegistry& settings, const QString& workspacePath, QWidget* parent)
    : QMainWindow(parent)
    , settings_(settings)
    , workspacePath_(workspacePath)
{
    setObjectName(QStringLiteral("mainWindow"));
    actions_ = new MainActions(this);
    indicatorsPage_ = new IndicatorsPage(actions_->addIndicator, actions_->importIndicators, this);
    setCentralWidget(indicatorsPage_);
    buildMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->showMessage(tr("Ready"));
    updateTitle();
    resize(1100, 700);
    restoreGeometry(settings_.get(settings::windowGeometry));
    restoreState(settings_.get(settings::windowState));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(actions_->newWorkspace);
    file->addAction(actions_->openWorkspace);
    file->addSeparator();
    file->addAction(actions_->importIndicators);
    file->addAction(actions_->exportIndicators);
    file->addSeparator();
    file->addAction(actions_->quit);
    connect(actions_->quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(actions_->addIndicator);
    edit->addAction(actions_->deleteIndicators);
    edit->addSeparator();
    edit->addAction(actions_->find);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(actions_->about);
    connect(actions_->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::updateTitle()
{
    const QString name = workspacePath_.isEmpty() ? tr("Untitled workspace")
                                                   : QFileInfo(workspacePath_).completeBaseName();
    setWindowTitle(tr("%1 — Indicia").arg(name));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Indicia"),
                       tr("<b>Indicia %1</b><p>A desktop console for indicators of compromise.</p>")
                           .arg(QStringLiteral(INDICIA_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    settings_.set(settings::windowGeometry, saveGeometry());
    settings_.set(settings::windowState, saveState());
    settings_.sync();
    event->accept();
}

} // namespace indicia
