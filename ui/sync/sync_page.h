#pragma once
// The Sync page: connection settings (ConnectionForm; the secret goes to the system
// keychain, or to memory for this session when there is no keychain), pending count, Sync
// now with progress and Cancel, the last result, refused rows and conflicts. Sync runs on
// the event loop, so editing goes on meanwhile and nothing here needs the network to open.

#include "models/async/workspace_reader.h"
#include "models/sync/sync_engine.h"
#include "models/sync/sync_ledger.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace indicia {

class ConflictDialog;
class ConnectionCheck;
class ConnectionForm;
class SecretStore;
class WorkspaceController;

class SyncPage : public QWidget {
    Q_OBJECT
public:
    explicit SyncPage(WorkspaceController& controller, QWidget* parent = nullptr);
    ~SyncPage() override;

    // Tests: the service's --time-scale, short timeouts. Defaults are the documented limits.
    void setSyncOptions(const SyncOptions& options) { options_ = options; }
    // Tests and machines without a keychain: where secrets go when not "session only".
    void setKeychain(std::unique_ptr<SecretStore> keychain);

public slots:
    void syncNow();
    void cancelSync();
    void testConnection();
    // Pending count (counted on the workspace reader's thread: a scan of every row),
    // refused rows and conflicts. While the page is hidden this only marks them stale;
    // showing the page refreshes them.
    void refreshLists();

signals:
    void syncFinished(const indicia::SyncReport& report);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildSettings();
    QWidget* buildStatus();
    void loadSettings();
    // Finds the secret (typed, remembered in memory, or the keychain) and calls `use`.
    void withSecret(std::function<void(const QString&)> use);
    void rememberSecret(const ConnectionSettings& settings, const QString& secret);
    void onFinished(const SyncReport& report);
    void openConflict(qint64 id);
    void setBusy(bool busy);
    void showPending(const SyncCounts& counts);

    WorkspaceController& controller_;
    SyncOptions options_;
    std::unique_ptr<SecretStore> keychain_;
    std::unique_ptr<SecretStore> sessionSecrets_;
    std::unique_ptr<SyncEngine> engine_;
    std::unique_ptr<ConnectionCheck> check_;
    ConnectionForm* form_ = nullptr;
    QLabel* pending_ = nullptr;
    QLabel* lastResult_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* syncButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QListWidget* failures_ = nullptr;
    QListWidget* conflicts_ = nullptr;
    QLabel* conflictsHeading_ = nullptr;
    bool listsStale_ = true;
    WorkspaceReader::Channel pendingJobs_;
};

} // namespace indicia
