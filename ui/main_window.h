#pragma once
// The console's main window: menus, the Indicators page and the status bar. Commands live
// in MainActions, data in WorkspaceController, each page in its own class. Kept small.

#include <QMainWindow>

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
};

} // namespace indicia
