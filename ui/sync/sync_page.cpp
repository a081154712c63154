#include "ui/sync/sync_page.h"

#include "models/async/screen_queries.h"
#include "models/rules/indicator_rules.h"
#include "models/store/workspace_store.h"
#include "models/sync/connection_check.h"
#include "models/sync/secret_store.h"
#include "ui/sync/conflict_dialog.h"
#include "ui/sync/connection_form.h"
#include "ui/workspace_controller.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

namespace indicia {

namespace {

// What the scroll area holds: `inner` (the page's layout) at the viewport's size, scrolled
// only below its minimum. Without a layout of its own this wrapper reports no
// height-for-width, which (from the word-wrapped labels) would make QScrollArea size it by
// its preferred height and scroll even when everything fits.
class ScrollContent : public QWidget {
public:
    explicit ScrollContent(QWidget* inner, QWidget* parent) : QWidget(parent), inner_(inner) { inner_->setParent(this); }
    QSize sizeHint() const override { return inner_->minimumSizeHint(); }
    QSize minimumSizeHint() const override { return inner_->minimumSizeHint(); }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        inner_->setGeometry(rect());
    }

private:
    QWidget* inner_;
};

// The lists show at most this many rows of each kind (a failed push can refuse thousands).
constexpr int kListedProblems = 1000;

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* out = new QPushButton(text, parent);
    out->setObjectName(QLatin1String(name));
    return out;
}

} // namespace

SyncPage::SyncPage(WorkspaceController& controller, QWidget* parent)
    : QWidget(parent), controller_(controller), keychain_(std::make_unique<KeychainSecretStore>()),
      sessionSecrets_(std::make_unique<InMemorySecretStore>())
{
    setObjectName(QStringLiteral("syncPage"));
    // Scrolls rather than raising the window's minimum height: the connection form and the
    // two lists together are taller than a small screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildSettings());
    layout->addWidget(buildStatus(), 1);
    scroll->setWidget(new ScrollContent(content, scroll));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(&controller_, &WorkspaceController::workspaceOpened, this, [this] {
        engine_.reset(); // it holds the previous workspace's store
        setBusy(false);
        loadSettings();
        refreshLists();
    });
    connect(&controller_, &WorkspaceController::changed, this, &SyncPage::refreshLists);
    loadSettings();
    refreshLists();
}

SyncPage::~SyncPage() = default;

void SyncPage::setKeychain(std::unique_ptr<SecretStore> keychain) { keychain_ = std::move(keychain); }

QWidget* SyncPage::buildSettings()
{
    auto* box = new QGroupBox(tr("Connection"), this);
    auto* layout = new QVBoxLayout(box);
    form_ = new ConnectionForm(box);
    layout->addWidget(form_);
    connect(form_, &ConnectionForm::testRequested, this, &SyncPage::testConnection);
    return box;
}

QWidget* SyncPage::buildStatus()
{
    auto* box = new QGroupBox(tr("Sync"), this);
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    pending_ = new QLabel(box);
    pending_->setObjectName(QStringLiteral("syncPendingCount"));
    syncButton_ = button(tr("Sync now"), "syncNow", box);
    cancelButton_ = button(tr("Cancel"), "syncCancel", box);
    progress_ = new QProgressBar(box);
    progress_->setObjectName(QStringLiteral("syncProgress"));
    row->addWidget(pending_, 1);
    row->addWidget(progress_, 1);
    row->addWidget(syncButton_);
    row->addWidget(cancelButton_);
    layout->addLayout(row);
    lastResult_ = new QLabel(box);
    lastResult_->setObjectName(QStringLiteral("syncLastResult"));
    lastResult_->setWordWrap(true);
    layout->addWidget(lastResult_);
    layout->addWidget(new QLabel(tr("Refused by the service:"), box));
    failures_ = new QListWidget(box);
    failures_->setObjectName(QStringLiteral("syncFailures"));
    layout->addWidget(failures_, 1);
    conflictsHeading_ = new QLabel(box);
    conflictsHeading_->setObjectName(QStringLiteral("syncConflictsHeading"));
    layout->addWidget(conflictsHeading_);
    conflicts_ = new QListWidget(box);
    conflicts_->setObjectName(QStringLiteral("syncConflicts"));
    layout->addWidget(conflicts_, 1);
    connect(syncButton_, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(cancelButton_, &QPushButton::clicked, this, &SyncPage::cancelSync);
    connect(conflicts_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openConflict(item->data(Qt::UserRole).toLongLong()); });
    setBusy(false);
    return box;
}

void SyncPage::loadSettings()
{
    if (!controller_.isOpen())
        return;
    form_->load(ConnectionSettings::load(controller_.store()));
}

void SyncPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (listsStale_)
        refreshLists();
}

void SyncPage::refreshLists()
{
    if (!controller_.isOpen())
        return;
    if (!isVisible()) { // opening a million-row workspace must not wait for a page not shown
        listsStale_ = true;
        return;
    }
    listsStale_ = false;
    const qint64 now = controller_.store().now();
    screen_queries::syncCounts(*controller_.reader(), pendingJobs_, now, this, // open: it has its reader
                               [this](const SyncCounts& counts) { showPending(counts); });
    lastResult_->setText(controller_.store().setting(QStringLiteral("sync.last_result"), tr("Never synced.")));
    failures_->clear();
    conflicts_->clear();
    for (const SyncProblem& problem : SyncLedger(controller_.store()).problems(kListedProblems)) {
        QString reason = QString::fromStdString(problem.reason);
        if (problem.editedSince)
            reason = tr("Edited here since the conflict was found: resolve it to send the edit.");
        else if (reason.isEmpty())
            reason = problem.conflict ? tr("Changed here and on the service.") : tr("Refused by the service.");
        auto* item = new QListWidgetItem(
            tr("%1 %2: %3").arg(rules::typeLabel(problem.type), QString::fromStdString(problem.value), reason));
        item->setData(Qt::UserRole, qlonglong(problem.id));
        (problem.conflict ? conflicts_ : failures_)->addItem(item);
    }
    // The heading counts what the list shows, so the two cannot disagree.
    conflictsHeading_->setText(conflicts_->count() == 0
                                   ? tr("Conflicts: none.")
                                   : tr("Conflicts: %n (double-click one to resolve it):", nullptr, conflicts_->count()));
}

void SyncPage::showPending(const SyncCounts& counts)
{
    QString text = tr("Pending changes: %1").arg(counts.pending);
    if (counts.heldEdits > 0)
        text += QLatin1Char(' ') + tr("(and %n edit(s) held by a conflict)", nullptr, int(counts.heldEdits));
    pending_->setText(text);
}

void SyncPage::setBusy(bool busy)
{
    syncButton_->setEnabled(!busy);
    cancelButton_->setEnabled(busy);
    progress_->setVisible(busy);
}

void SyncPage::withSecret(std::function<void(const QString&)> use)
{
    const ConnectionSettings settings = form_->settings();
    const QString typed = form_->typedSecret();
    if (!typed.isEmpty()) {
        rememberSecret(settings, typed);
        use(typed);
        return;
    }
    sessionSecrets_->read(settings.secretKey(), [this, settings, use](const SecretResult& inMemory) {
        if (inMemory.ok) {
            use(inMemory.secret);
            return;
        }
        keychain_->read(settings.secretKey(), [this, use](const SecretResult& stored) {
            if (stored.ok)
                use(stored.secret);
            else
                form_->setStatus(tr("Enter the client secret: none is remembered for this connection."));
        });
    });
}

void SyncPage::rememberSecret(const ConnectionSettings& settings, const QString& secret)
{
    form_->clearSecret();
    sessionSecrets_->write(settings.secretKey(), secret, [](const SecretResult&) {});
    if (form_->sessionOnly())
        return;
    keychain_->write(settings.secretKey(), secret, [this](const SecretResult& result) {
        if (result.ok)
            return;
        // Never a silent fallback to a file: say so, and keep it in memory only.
        form_->setSessionOnly(true);
        form_->setStatus(tr("The system keychain is not available (%1). The secret is remembered "
                                      "for this session only.")
                                       .arg(result.error));
    });
}

void SyncPage::testConnection()
{
    const ConnectionSettings settings = form_->settings();
    if (const QString refused = UrlPolicy::check(QUrl(settings.serviceUrl)); !refused.isEmpty()) {
        form_->setStatus(refused);
        return;
    }
    if (controller_.isOpen())
        settings.save(controller_.store()); // what was tested is what the next sync uses
    form_->setStatus(tr("Connecting..."));
    withSecret([this, settings](const QString& secret) {
        check_ = std::make_unique<ConnectionCheck>(settings, secret, options_.api);
        form_->showCheck(*check_);
        check_->start();
    });
}

void SyncPage::syncNow()
{
    if (!controller_.isOpen() || (engine_ && engine_->isRunning()))
        return;
    const ConnectionSettings settings = form_->settings();
    if (const QString refused = UrlPolicy::check(QUrl(settings.serviceUrl)); !refused.isEmpty() || !settings.isComplete()) {
        lastResult_->setText(refused.isEmpty() ? tr("Enter the service URL and client id first.") : refused);
        return;
    }
    settings.save(controller_.store());
    withSecret([this, settings](const QString& secret) {
        engine_ = std::make_unique<SyncEngine>(controller_.store(), settings, secret, options_);
        connect(engine_.get(), &SyncEngine::progress, this, [this](const QString& phase, qint64 done, qint64 total) {
            progress_->setFormat(phase + QStringLiteral(" %v/%m"));
            progress_->setRange(0, int(std::max<qint64>(total, 0)));
            progress_->setValue(int(done));
        });
        connect(engine_.get(), &SyncEngine::notice, lastResult_, &QLabel::setText);
        connect(engine_.get(), &SyncEngine::finished, this, &SyncPage::onFinished);
        setBusy(true);
        engine_->start();
    });
}

void SyncPage::cancelSync()
{
    if (engine_)
        engine_->cancel();
}

void SyncPage::onFinished(const SyncReport& report)
{
    setBusy(false);
    controller_.refresh(); // the lists show the pulled rows and the new sync states
    refreshLists();
    lastResult_->setText(report.summary());
    emit syncFinished(report);
}

void SyncPage::openConflict(qint64 id)
{
    SyncLedger ledger(controller_.store());
    const auto remote = ledger.conflictRemote(id);
    const auto local = controller_.store().get(id);
    if (!remote || !local.ok())
        return;
    auto* dialog = new ConflictDialog(local->indicator, *remote, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        SyncLedger resolver(controller_.store());
        bool ok = true;
        switch (dialog->choice()) {
        case ConflictDialog::Choice::KeepMine: ok = resolver.resolveKeepMine(id); break;
        case ConflictDialog::Choice::TakeTheirs: ok = resolver.resolveTakeTheirs(id); break;
        case ConflictDialog::Choice::Merge: ok = resolver.resolveMerged(id, dialog->merged()); break;
        case ConflictDialog::Choice::None: break;
        }
        if (!ok)
            lastResult_->setText(resolver.lastError());
        controller_.refresh();
        refreshLists();
    });
    dialog->open(); // window-modal but asynchronous: nothing blocks
}

} // namespace indicia
