#include "ui/entities/entity_navigator.h"

#include "models/entities/file_service_lookup.h"
#include "models/rules/file_digests.h"
#include "models/store/workspace_store.h"
#include "ui/dialog_seams.h"
#include "ui/entities/file_page.h"
#include "ui/entities/machine_page.h"
#include "ui/entities/search_field.h"
#include "ui/indicator_tab.h"
#include "ui/indicators_page.h"
#include "ui/preview/preview_page.h"
#include "ui/workspace_controller.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QStatusBar>

namespace indicia {

namespace {

// Building an entity page reads the loaded telemetry (a machine's also runs the preview):
// a wait cursor and a status line while it works, instead of a window that seems stuck.
class OpeningPage {
public:
    OpeningPage(QMainWindow& window, const QString& message)
        : bar_(*window.statusBar())
        , message_(message)
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        bar_.showMessage(message_);
        bar_.repaint();
    }
    ~OpeningPage()
    {
        QApplication::restoreOverrideCursor();
        if (bar_.currentMessage() == message_)
            bar_.clearMessage();
    }
    OpeningPage(const OpeningPage&) = delete;
    OpeningPage& operator=(const OpeningPage&) = delete;

private:
    QStatusBar& bar_;
    QString message_;
};

} // namespace

EntityNavigator::EntityNavigator(QMainWindow& window, QStackedWidget& pages, QListWidget& navigation,
                                 WorkspaceController& controller, IndicatorsPage& indicators, PreviewPage& preview)
    : QObject(&window)
    , window_(window)
    , pages_(pages)
    , navigation_(navigation)
    , controller_(controller)
    , indicators_(indicators)
    , preview_(preview)
{
    setObjectName(QStringLiteral("entityNavigator"));
    PreviewPage* previewPage = &preview;
    const TelemetryProvider telemetry = [previewPage] { return previewPage->telemetryFiles(); };
    filePage_ = new FilePage(controller, telemetry, &pages);
    machinePage_ = new MachinePage(controller, telemetry, &pages);
    lookup_ = new FileServiceLookup(this);
    filePage_->setServiceLookup(lookup_);
    pages.addWidget(filePage_);
    pages.addWidget(machinePage_);
    history_ = new NavigationHistory(this);
    createActions();

    connect(&pages, &QStackedWidget::currentChanged, this, &EntityNavigator::recordVisit);
    connect(history_, &NavigationHistory::changed, this, &EntityNavigator::updateActions);
    connect(filePage_, &FilePage::openIndicator, this, &EntityNavigator::openIndicator);
    connect(filePage_, &FilePage::openMachine, this, &EntityNavigator::openMachine);
    connect(machinePage_, &MachinePage::openIndicator, this, &EntityNavigator::openIndicator);
    connect(machinePage_, &MachinePage::openFile, this, [this](const QString& hash) { openFile(hash); });
    connect(&preview, &PreviewPage::openMachine, this, &EntityNavigator::openMachine);
    connect(&preview, &PreviewPage::openFile, this, [this](const QString& hash) { openFile(hash); });
    // The mouse's back and forward buttons anywhere in the window (child widgets get the
    // press first, so the filter sits on the application and checks the window).
    qApp->installEventFilter(this);
    recordVisit();
}

void EntityNavigator::createActions()
{
    const auto make = [this](const QString& text, const char* name, const QList<QKeySequence>& keys) {
        auto* action = new QAction(text, &window_);
        action->setObjectName(QLatin1String(name));
        // The platform's Back key is Alt+Left on some systems: a duplicate would be ambiguous.
        QList<QKeySequence> unique;
        for (const QKeySequence& key : keys)
            if (!key.isEmpty() && !unique.contains(key))
                unique << key;
        action->setShortcuts(unique);
        window_.addAction(action); // shortcuts work whatever page has focus
        return action;
    };
    backAction = make(tr("&Back"), "actionBack", {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back});
    forwardAction = make(tr("&Forward"), "actionForward", {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward});
    searchAction = make(tr("&Find file, machine or indicator..."), "actionGlobalSearch", {QKeySequence(tr("Ctrl+K"))});
    openLocalFileAction = make(tr("Open &local file..."), "actionOpenLocalFile", {});
    openFilePageAction = make(tr("Open file page"), "actionOpenFilePage", {});
    backAction->setIcon(window_.style()->standardIcon(QStyle::SP_ArrowBack));
    forwardAction->setIcon(window_.style()->standardIcon(QStyle::SP_ArrowForward));
    WorkspaceController* controller = &controller_;
    PreviewPage* preview = &preview_;
    search_ = new SearchField([controller] { return controller->isOpen() ? controller->reader() : nullptr; },
                              [preview] { return preview->telemetryFiles(); }, &window_);
    search_->setMaximumWidth(340);
    connect(backAction, &QAction::triggered, this, &EntityNavigator::goBack);
    connect(forwardAction, &QAction::triggered, this, &EntityNavigator::goForward);
    connect(searchAction, &QAction::triggered, this, [this] {
        search_->setFocus(Qt::ShortcutFocusReason);
        search_->selectAll();
        search_->prepare(); // index the loaded telemetry while the user types
    });
    connect(search_, &SearchField::chosen, this, &EntityNavigator::openHit);
    connect(search_, &SearchField::nothingFound, this, [this](const QString& text) {
        window_.statusBar()->showMessage(tr("Nothing found for '%1'").arg(text), 8000);
    });
    connect(openLocalFileAction, &QAction::triggered, this, &EntityNavigator::openLocalFile);
    connect(openFilePageAction, &QAction::triggered, this, &EntityNavigator::openSelectedIndicatorFile);
    updateActions();
}

bool EntityNavigator::openFile(const QString& hash, const QStringList& alsoKnown)
{
    const OpeningPage busy(window_, tr("Opening the file page of %1...").arg(hash.trimmed()));
    if (!filePage_->showFile(hash, alsoKnown)) {
        window_.statusBar()->showMessage(tr("Not a file hash: %1").arg(hash), 5000);
        return false;
    }
    showEntityPage(filePage_);
    return true;
}

void EntityNavigator::openMachine(const QString& machine)
{
    if (machine.trimmed().isEmpty())
        return;
    const OpeningPage busy(window_, tr("Opening the machine page of %1...").arg(machine.trimmed()));
    machinePage_->showMachine(machine.trimmed());
    showEntityPage(machinePage_);
}

void EntityNavigator::openIndicator(qint64 id)
{
    navigation_.setCurrentRow(pages_.indexOf(&indicators_));
    pages_.setCurrentWidget(&indicators_);
    indicators_.showIndicator(id);
}

void EntityNavigator::showEntityPage(QWidget* page)
{
    // Entity pages are not in the page list: clear its selection so that a click on any
    // listed page (even the one that was current) switches back.
    navigation_.blockSignals(true);
    navigation_.setCurrentRow(-1);
    navigation_.blockSignals(false);
    if (pages_.currentWidget() == page)
        recordVisit(); // same page, another entity
    pages_.setCurrentWidget(page);
}

void EntityNavigator::openHit(const SearchHit& hit)
{
    switch (hit.kind) {
    case SearchHitKind::Hash:
    case SearchHitKind::File: openFile(hit.target); break;
    case SearchHitKind::Machine: openMachine(hit.target); break;
    case SearchHitKind::Indicator: openIndicator(hit.indicatorId); break;
    }
}

void EntityNavigator::openLocalFile()
{
    const QString path = seams::openFile(&window_, tr("Open local file"), tr("All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto digests = digestFile(path, error);
    if (!digests) {
        seams::question(&window_, tr("Cannot read file"), error, QMessageBox::Ok);
        return;
    }
    openFile(digests->sha256, {digests->sha1, digests->md5});
}

void EntityNavigator::openSelectedIndicatorFile()
{
    const QList<std::int64_t> ids = indicators_.currentTabPage()->selectedIds();
    if (ids.size() != 1)
        return;
    const auto record = controller_.store().get(ids.first());
    if (record.ok() && isHashType(record->indicator.type))
        openFile(QString::fromStdString(record->indicator.value));
}

void EntityNavigator::recordVisit()
{
    QWidget* current = pages_.currentWidget();
    const QString key = current == filePage_      ? filePage_->currentHash()
                        : current == machinePage_ ? machinePage_->currentMachine()
                                                  : QString();
    history_->visit({pages_.currentIndex(), key});
}

void EntityNavigator::restore(const NavigationEntry& entry)
{
    history_->setRestoring(true);
    QWidget* page = pages_.widget(entry.page);
    if (page == filePage_ && filePage_->currentHash() != entry.key)
        filePage_->showFile(entry.key);
    else if (page == machinePage_ && machinePage_->currentMachine() != entry.key)
        machinePage_->showMachine(entry.key);
    if (page == filePage_ || page == machinePage_)
        showEntityPage(page);
    else
        navigation_.setCurrentRow(entry.page);
    pages_.setCurrentIndex(entry.page);
    history_->setRestoring(false);
}

void EntityNavigator::goBack()
{
    if (history_->canGoBack())
        restore(history_->back());
}

void EntityNavigator::goForward()
{
    if (history_->canGoForward())
        restore(history_->forward());
}

void EntityNavigator::updateActions()
{
    backAction->setEnabled(history_->canGoBack());
    forwardAction->setEnabled(history_->canGoForward());
}

bool EntityNavigator::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == &window_) {
        const auto button = static_cast<QMouseEvent*>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace indicia
