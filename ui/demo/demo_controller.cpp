#include "ui/demo/demo_controller.h"

#include "models/demo/demo_bootstrap.h"
#include "models/demo/demo_colleague.h"
#include "models/demo/demo_workspace.h"
#include "models/entities/file_service_lookup.h"
#include "models/store/workspace_store.h"
#include "models/sync/api_client.h"
#include "models/sync/secret_store.h"
#include "ui/demo/persona_dialog.h"
#include "ui/demo/training_panel.h"
#include "ui/dialog_seams.h"
#include "ui/entities/entity_navigator.h"
#include "ui/indicators_page.h"
#include "ui/main_window.h"
#include "ui/preview/preview_page.h"
#include "ui/prompt_text.h"
#include "ui/sync/sync_page.h"
#include "ui/workspace_controller.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QStatusBar>

namespace indicia {

DemoController::DemoController(MainWindow& window, DemoLaunch launch, QObject* parent)
    : QObject(parent), window_(window), launch_(std::move(launch))
{
}

DemoController::~DemoController() = default;

QString DemoController::start()
{
    QString error;
    std::optional<demo::DemoData> loaded = demo::DemoData::load(launch_.demoDir, error);
    if (!loaded)
        return error;
    data_ = std::make_unique<demo::DemoData>(std::move(*loaded));
    QDir().mkpath(launch_.workDir);
    window_.setWorkspaceTemporary(true); // the launcher removes the work folder on exit
    buildMenu();
    QString persona = launch_.persona;
    if (persona.isEmpty()) {
        PersonaDialog dialog(*data_, &window_);
        if (dialog.exec() != QDialog::Accepted)
            return tr("No persona chosen.");
        persona = dialog.chosenPersona();
    }
    if (!data_->persona(persona))
        return tr("The demo has no persona \"%1\".").arg(persona);
    signIn(persona);
    return {};
}

void DemoController::buildMenu()
{
    QMenu* menu = new QMenu(tr("&Demo"), window_.menuBar());
    menu->setObjectName(QStringLiteral("menuDemo"));
    window_.menuBar()->insertMenu(window_.menuBar()->actions().constLast(), menu);
    QMenu* signInMenu = menu->addMenu(tr("&Sign in as"));
    personaActions_ = new QActionGroup(this);
    for (const demo::DemoPersona& persona : data_->personas()) {
        QAction* action = signInMenu->addAction(PersonaDialog::describe(persona));
        action->setObjectName(QStringLiteral("actionPersona-") + persona.persona);
        action->setCheckable(true);
        action->setData(persona.persona);
        personaActions_->addAction(action);
        connect(action, &QAction::triggered, this, [this, key = persona.persona] { signIn(key); });
    }
    QAction* colleague = menu->addAction(tr("A &colleague changes an indicator"));
    colleague->setObjectName(QStringLiteral("actionColleagueChange"));
    colleague->setToolTip(tr("The global administrator changes the selected indicator on the service; edit it here "
                             "too and sync to meet a conflict."));
    connect(colleague, &QAction::triggered, this, &DemoController::colleagueChangesIndicator);
    menu->addSeparator();
    training_ = new TrainingPanel(*window_.controller(), *data_, &window_);
    window_.addDockWidget(Qt::RightDockWidgetArea, training_);
    QAction* toggle = training_->toggleViewAction();
    toggle->setText(tr("&Training panel"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+T")));
    menu->addAction(toggle);
    connect(training_, &TrainingPanel::signInRequested, this, &DemoController::signIn);
    badge_ = new QLabel(&window_);
    badge_->setObjectName(QStringLiteral("demoBadge"));
    window_.statusBar()->addPermanentWidget(badge_);
}

QString DemoController::workspacePath(const QString& persona) const
{
    return QDir(launch_.workDir).filePath(persona + QStringLiteral(".indicia"));
}

void DemoController::signIn(const QString& persona)
{
    if (isBusy() || !data_->persona(persona))
        return;
    if (!confirmSwitch(persona)) {
        for (QAction* action : personaActions_->actions()) // the menu keeps showing who is signed in
            action->setChecked(action->data().toString() == current_);
        return;
    }
    if (QFileInfo::exists(workspacePath(persona))) {
        openPersonaWorkspace(persona);
        return;
    }
    const demo::DemoPersona& who = *data_->persona(persona);
    bootstrap_ = std::make_unique<demo::DemoBootstrap>(*data_, launch_.serviceUrl);
    progress_ = new QProgressDialog(tr("Signing in as %1…").arg(who.displayName), QString(), 0, 0, &window_);
    progress_->setWindowTitle(tr("Demo"));
    progress_->setMinimumDuration(300);
    connect(bootstrap_.get(), &demo::DemoBootstrap::progress, progress_.data(), &QProgressDialog::setLabelText);
    connect(bootstrap_.get(), &demo::DemoBootstrap::finished, this, [this, persona](const QString& error) {
        bootstrap_.release()->deleteLater();
        if (progress_)
            progress_->deleteLater();
        if (!error.isEmpty())
            fail(error);
        else
            openPersonaWorkspace(persona);
    });
    bootstrap_->start(who, workspacePath(persona));
}

bool DemoController::confirmSwitch(const QString& persona)
{
    if (current_.isEmpty() || persona == current_ || !window_.controller()->isOpen())
        return true;
    const UnsyncedChanges unsynced = window_.controller()->unsyncedChanges(int(PromptText::kShown));
    if (unsynced.count == 0)
        return true;
    const QString from = data_->persona(current_) ? data_->persona(current_)->displayName : current_;
    const QString to = data_->persona(persona)->displayName;
    const QString text =
        tr("Not synced to the service yet: %1.").arg(PromptText::namedList(unsynced.values, unsynced.count))
        + u'\n' + tr("These changes of %1 stay in the demo workspace until the demo ends; sync first to send them.").arg(from)
        + QStringLiteral("\n\n") + tr("Sign in as %1 anyway?").arg(to);
    return seams::question(&window_, tr("Switch persona with unsynced changes"), text,
                           QMessageBox::Yes | QMessageBox::No)
           == QMessageBox::Yes;
}

void DemoController::openPersonaWorkspace(const QString& persona)
{
    if (!secretsInstalled_) {
        window_.syncPage()->setKeychain(demo::personaSecrets(*data_, launch_.serviceUrl));
        secretsInstalled_ = true;
    }
    if (!window_.openWorkspace(workspacePath(persona))) {
        fail(tr("Cannot open the demo workspace of %1.").arg(persona));
        return;
    }
    current_ = persona;
    const demo::DemoPersona& who = *data_->persona(persona);
    for (QAction* action : personaActions_->actions())
        action->setChecked(action->data().toString() == persona);
    badge_->setText(tr("Demo: %1").arg(who.displayName));
    connectFileLookup(who);
    window_.previewPage()->setTelemetryFiles(data_->telemetryFiles());
    window_.previewPage()->run();
    emit signedIn(persona);
}

void DemoController::connectFileLookup(const demo::DemoPersona& persona)
{
    FileServiceLookup* lookup = window_.entities()->serviceLookup();
    lookup->setConnection({}, {});
    fileLookupClient_ = std::make_unique<ApiClient>(demo::connectionFor(launch_.serviceUrl, persona), persona.secret);
    fileLookupClient_->testConnection([this, lookup](const ApiResult& result) {
        if (result.ok)
            lookup->setConnection(launch_.serviceUrl, fileLookupClient_->accessToken());
    });
}

void DemoController::colleagueChangesIndicator()
{
    const demo::TypedValue& fallback = data_->scenario().conflict;
    IndicatorType type = fallback.type;
    QString value = fallback.value;
    // The selection counts only while the Indicators page shows it.
    if (const QList<std::int64_t> ids = window_.indicatorsPage()->selectedIds(); ids.size() == 1) {
        if (auto record = window_.controller()->store().get(ids.first()); record.ok()) {
            type = record->indicator.type;
            value = QString::fromStdString(record->indicator.value);
        }
    }
    colleague_ = std::make_unique<demo::DemoColleague>(*data_, launch_.serviceUrl);
    colleague_->changeIndicator(type, value, [this, value](const QString& error) {
        const QString text = error.isEmpty()
                                 ? tr("The global administrator changed %1 on the service. Sync to see it; if you "
                                      "edited it here too, the sync shows a conflict.")
                                       .arg(value)
                                 : tr("The colleague could not change %1: %2").arg(value, error);
        window_.statusBar()->showMessage(text, 10000);
        emit colleagueDone(error);
    });
}

void DemoController::fail(const QString& error)
{
    seams::question(&window_, tr("Demo"), error, QMessageBox::Ok);
    emit failed(error);
}

} // namespace indicia
