#pragma once
// The console's main window: menus, the pages and the status bar. Commands live in
// MainActions; each page is its own class. Kept small on purpose.

#include <QMainWindow>

namespace indicia {

class IndicatorsPage;
class MainActions;
class SettingsRegistry;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(SettingsRegistry& settings, const QString& workspacePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    MainActions* actions() const { return actions_; }
    IndicatorsPage* indicatorsPage() const { return indicatorsPage_; }
    QString workspacePath() const { return workspacePath_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void updateTitle();
    void showAbout();

    SettingsRegistry& settings_;
    QString workspacePath_;
    MainActions* actions_ = nullptr;
    IndicatorsPage* indicatorsPage_ = nullptr;
};

} // namespace indicia
