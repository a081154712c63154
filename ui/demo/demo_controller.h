#pragma once
// Demo mode in the window: the Demo menu (sign in as a persona, a colleague changes an
// indicator, the Training panel), one workspace per persona built on first sign-in by
// DemoBootstrap against the in-process tenant, and the demo telemetry loaded for Preview
// and the file and machine pages. The tenant itself is started by app/ (ui/ never links
// the service); this class only needs its URL and the demo directory it wrote.

#include "models/demo/demo_data.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QActionGroup;
class QLabel;
class QProgressDialog;

namespace indicia {

class ApiClient;
class MainWindow;
class TrainingPanel;

namespace demo {
class DemoBootstrap;
class DemoColleague;
} // namespace demo

struct DemoLaunch {
    QUrl serviceUrl;
    QString demoDir; // what the generator wrote (manifest.json, telemetry/, ...)
    QString workDir; // where the persona workspaces go (fresh for each run)
    QString persona; // empty: ask
};

class DemoController : public QObject {
    Q_OBJECT
public:
    DemoController(MainWindow& window, DemoLaunch launch, QObject* parent = nullptr);
    ~DemoController() override;

    // Reads the demo directory and sets up the menu and panel, then signs in (asking who
    // when the launch names nobody). An error text when the demo cannot run.
    QString start();
    void signIn(const QString& persona);
    // The selected indicator (or the scenario's) is changed on the service by the admin.
    void colleagueChangesIndicator();

    bool isBusy() const { return bootstrap_ != nullptr; }
    QString currentPersona() const { return current_; }
    const demo::DemoData& data() const { return *data_; }
    TrainingPanel* trainingPanel() const { return training_; }

signals:
    void signedIn(const QString& persona);
    void failed(const QString& error);
    void colleagueDone(const QString& error);

private:
    void buildMenu();
    void openPersonaWorkspace(const QString& persona);
    // Leaving a persona with unsynced changes asks first; true to go ahead.
    bool confirmSwitch(const QString& persona);
    // Signs the file pages' service lookup in as the persona (prevalence, signer...).
    void connectFileLookup(const demo::DemoPersona& persona);
    void fail(const QString& error);
    QString workspacePath(const QString& persona) const;

    MainWindow& window_;
    DemoLaunch launch_;
    std::unique_ptr<demo::DemoData> data_;
    std::unique_ptr<demo::DemoBootstrap> bootstrap_;
    std::unique_ptr<demo::DemoColleague> colleague_;
    std::unique_ptr<ApiClient> fileLookupClient_; // the persona's token for the file pages
    QPointer<QProgressDialog> progress_;
    QActionGroup* personaActions_ = nullptr;
    TrainingPanel* training_ = nullptr;
    QLabel* badge_ = nullptr;
    QString current_;
    bool secretsInstalled_ = false;
};

} // namespace indicia
