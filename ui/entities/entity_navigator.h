#pragma once
// The entity pages and the ways to reach them, kept out of MainWindow: the file and
// machine pages (in the window's page stack, not in the page list), the global search
// (Ctrl+K: files, hashes, machines and indicators that exist, see SearchField), "Open local file...",
// the indicator-row pivot, and Back/Forward (Alt+Left/Right, the mouse's side buttons).

#include "ui/entities/search_field.h" // searchBox() is added to the tool bar as a QWidget
#include "ui/navigation_history.h"

#include <QObject>

class QAction;
class QListWidget;
class QMainWindow;
class QStackedWidget;

namespace indicia {

class FilePage;
class FileServiceLookup;
class IndicatorsPage;
class MachinePage;
class PreviewPage;
class WorkspaceController;

class EntityNavigator : public QObject {
    Q_OBJECT
public:
    EntityNavigator(QMainWindow& window, QStackedWidget& pages, QListWidget& navigation,
                    WorkspaceController& controller, IndicatorsPage& indicators, PreviewPage& preview);

    FilePage* filePage() const { return filePage_; }
    MachinePage* machinePage() const { return machinePage_; }
    NavigationHistory* history() const { return history_; }
    SearchField* searchBox() const { return search_; }
    // Unconnected until whoever holds a service token calls setConnection() on it.
    FileServiceLookup* serviceLookup() const { return lookup_; }

    QAction* backAction = nullptr;
    QAction* forwardAction = nullptr;
    QAction* searchAction = nullptr;        // Ctrl+K
    QAction* openLocalFileAction = nullptr;
    QAction* openFilePageAction = nullptr;  // on the selected file-hash indicator

public slots:
    bool openFile(const QString& hash, const QStringList& alsoKnown = {});
    void openMachine(const QString& machine);
    void openIndicator(qint64 id);
    void goBack();
    void goForward();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void openHit(const SearchHit& hit);
    void openLocalFile();
    void openSelectedIndicatorFile();
    void showEntityPage(QWidget* page);
    void recordVisit();
    void restore(const NavigationEntry& entry);
    void updateActions();

    QMainWindow& window_;
    QStackedWidget& pages_;
    QListWidget& navigation_;
    WorkspaceController& controller_;
    IndicatorsPage& indicators_;
    PreviewPage& preview_;
    FilePage* filePage_ = nullptr;
    MachinePage* machinePage_ = nullptr;
    NavigationHistory* history_ = nullptr;
    SearchField* search_ = nullptr;
    FileServiceLookup* lookup_ = nullptr;
};

} // namespace indicia
