#pragma once
// The console's main window: menus, the Indicators page and the status bar. Commands live
// in MainActions, data in WorkspaceController, each page in its own class. Kept small.

#include <QMainWindow>

class QDialog;
class QListWidget;
class QStackedWidget;

namespace indicia {

class EntityNavigator;
class IndicatorsPage;
class PreviewPage;
class SyncPage;
class MainActions;
class SettingsRegistry;
class WorkspaceController;
class WorkspaceStatusBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(SettingsRegistry& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a workspace file; false with a message shown when it cannot.
    bool openWorkspace(const QString& path);
    // Shows the import dialog (window-modal, not blocking), optionally with a file chosen.
    void openImportDialog(const QString& path = {});
    void openExportDialog();

    MainActions* actions() const { return actions_; }
    WorkspaceController* controller() const { return controller_; }
    IndicatorsPage* indicatorsPage() const { return indicatorsPage_; }
    PreviewPage* previewPage() const { return previewPage_; }
    SyncPage* syncPage() const { return syncPage_; }
    EntityNavigator* entities() const { return entities_; }

    // Demo mode: the workspaces are discarded when the window closes, so quitting with
    // unsynced changes loses them (the quit prompt says so).
    void setWorkspaceTemporary(bool temporary) { workspaceTemporary_ = temporary; }
    // Asks before closing when changes are not on the service yet (in demo mode, or with a
    // connection set up); true when the window may close.
    bool confirmQuit();

    enum Page { IndicatorsPageIndex, PreviewPageIndex, SyncPageIndex };
    void showPage(Page page);
    Page currentPage() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildPages();
    void buildMenus();
    void buildToolBar();
    void updateTitle();
    void showAbout();
    void chooseWorkspace(bool create);
    // After a dialog closes, the keyboard goes back to the list (not the search field).
    void returnFocusAfter(QDialog* dialog);

    SettingsRegistry& settings_;
    MainActions* actions_ = nullptr;
    WorkspaceController* controller_ = nullptr;
    IndicatorsPage* indicatorsPage_ = nullptr;
    PreviewPage* previewPage_ = nullptr;
    SyncPage* syncPage_ = nullptr;
    EntityNavigator* entities_ = nullptr;
    QListWidget* navigation_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    WorkspaceStatusBar* statusBar_ = nullptr;
    bool workspaceTemporary_ = false;
};

} // namespace indicia
