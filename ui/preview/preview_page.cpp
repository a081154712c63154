#include "ui/preview/preview_page.h"

#include "models/async/screen_queries.h"
#include "models/preview/preview_runner.h"
#include "models/preview/preview_tables.h"
#include "models/rules/indicator_rules.h"
#include "models/store/workspace_store.h"
#include "ui/dialog_seams.h"
#include "ui/preview/preview_charts.h"
#include "ui/preview/summary_card.h"
#include "ui/workspace_controller.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace indicia {

namespace {
enum Card { Scanned, Machines, WouldBlock, WouldAlert, AllowsOverride };

// A table over its own sort-and-filter proxy, under a filter field that matches any column.
QTableView* makeTable(QAbstractItemModel* model, int sortRole, const char* objectName, const QString& filterHint,
                      QWidget* parent, QWidget*& box)
{
    box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filter = new QLineEdit(box);
    filter->setObjectName(QLatin1String(objectName) + QStringLiteral("Filter"));
    filter->setPlaceholderText(filterHint);
    filter->setAccessibleName(filterHint);
    filter->setClearButtonEnabled(true);
    auto* proxy = new QSortFilterProxyModel(box);
    proxy->setObjectName(QLatin1String(objectName) + QStringLiteral("Proxy"));
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole); // numbers sort as numbers, not as text
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    QObject::connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto* view = new QTableView(box);
    view->setObjectName(QLatin1String(objectName));
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    layout->addWidget(filter);
    layout->addWidget(view, 1);
    return view;
}
} // namespace

PreviewPage::PreviewPage(WorkspaceController& controller, QWidget* parent)
    : QWidget(parent)
    , controller_(controller)
    , runner_(new PreviewRunner(this))
{
    setObjectName(QStringLiteral("previewPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(buildCards());
    layout->addWidget(buildResults(), 1);
    connect(runner_, &PreviewRunner::progress, this, [this](qint64 done, qint64 total) {
        progress_->setMaximum(int(std::max<qint64>(1, total / 1024)));
        progress_->setValue(int(done / 1024));
    });
    connect(runner_, &PreviewRunner::finished, this, &PreviewPage::onFinished);
    connect(&controller_, &WorkspaceController::workspaceOpened, this, &PreviewPage::updateHunting);
    setRunning(false);
}

QWidget* PreviewPage::buildControls()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    list_ = new QComboBox(box);
    list_->setObjectName(QStringLiteral("previewList"));
    list_->addItem(tr("Draft list (what the next sync would make)"), int(preview::ListChoice::Draft));
    list_->addItem(tr("Synced list"), int(preview::ListChoice::Synced));
    scopeModel_ = new QComboBox(box);
    scopeModel_->setObjectName(QStringLiteral("previewScopeModel"));
    for (const ScopeModelChoice& choice : scopeModelChoices())
        scopeModel_->addItem(choice.label);
    files_ = new QListWidget(box);
    files_->setObjectName(QStringLiteral("previewFiles"));
    files_->setMaximumHeight(64);
    files_->setAccessibleName(tr("Telemetry files"));
    auto* add = new QPushButton(tr("Add &telemetry..."), box);
    add->setObjectName(QStringLiteral("previewAddFiles"));
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("previewRemoveFile"));
    run_ = new QPushButton(tr("&Run preview"), box);
    run_->setObjectName(QStringLiteral("previewRun"));
    run_->setDefault(true);
    cancel_ = new QPushButton(tr("Cancel"), box);
    cancel_->setObjectName(QStringLiteral("previewCancel"));
    progress_ = new QProgressBar(box);
    progress_->setObjectName(QStringLiteral("previewProgress"));
    status_ = new QLabel(box);
    status_->setObjectName(QStringLiteral("previewStatus"));
    status_->setWordWrap(true);

    grid->addWidget(new QLabel(tr("List:"), box), 0, 0);
    grid->addWidget(list_, 0, 1);
    grid->addWidget(new QLabel(tr("Scope rule:"), box), 0, 2);
    grid->addWidget(scopeModel_, 0, 3);
    grid->addWidget(new QLabel(tr("Telemetry:"), box), 1, 0, Qt::AlignTop);
    grid->addWidget(files_, 1, 1, 1, 3);
    auto* fileButtons = new QVBoxLayout();
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    grid->addLayout(fileButtons, 1, 4);
    auto* runRow = new QHBoxLayout();
    runRow->addWidget(run_);
    runRow->addWidget(cancel_);
    runRow->addWidget(progress_, 1);
    grid->addLayout(runRow, 2, 0, 1, 5);
    grid->addWidget(status_, 3, 0, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(add, &QPushButton::clicked, this, &PreviewPage::addFiles);
    connect(remove, &QPushButton::clicked, this, [this] { delete files_->currentItem(); });
    connect(run_, &QPushButton::clicked, this, &PreviewPage::run);
    connect(cancel_, &QPushButton::clicked, this, &PreviewPage::cancel);
    return box;
}

QWidget* PreviewPage::buildCards()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    cards_ = {new SummaryCard(tr("Events scanned"), QStringLiteral("cardScanned"), row),
              new SummaryCard(tr("Machines affected"), QStringLiteral("cardMachines"), row),
              new SummaryCard(tr("Would block"), QStringLiteral("cardBlock"), row),
              new SummaryCard(tr("Would alert"), QStringLiteral("cardAlert"), row),
              new SummaryCard(tr("Allows that override a detection"), QStringLiteral("cardAllowOverride"), row)};
    for (SummaryCard* card : cards_)
        layout->addWidget(card);
    return row;
}

QWidget* PreviewPage::buildResults()
{
    auto* split = new QSplitter(Qt::Horizontal, this);
    charts_ = new PreviewCharts(split);
    auto* tables = tables_ = new QTabWidget(split);
    tables->setObjectName(QStringLiteral("previewTables"));
    events_ = new PreviewEventsModel(this);
    machines_ = new PreviewMachinesModel(this);
    QWidget* eventsBox = nullptr;
    QWidget* machinesBox = nullptr;
    eventsView_ = makeTable(events_, PreviewEventsModel::SortRole, "previewEvents",
                            tr("Filter events (any column)"), tables, eventsBox);
    machinesView_ = makeTable(machines_, PreviewMachinesModel::SortRole, "previewMachines",
                              tr("Filter machines (any column)"), tables, machinesBox);
    // The machine name takes the spare width; the counts are as wide as they need.
    machinesView_->horizontalHeader()->setStretchLastSection(false);
    machinesView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    machinesView_->horizontalHeader()->setSectionResizeMode(PreviewMachinesModel::Machine, QHeaderView::Stretch);
    // The selected event's explanation in full, under the table: the Why column is far to
    // the right of a wide table.
    auto* why = new QLabel(tr("Select an event to see why its indicator decides."), eventsBox);
    why->setObjectName(QStringLiteral("previewEventWhy"));
    why->setWordWrap(true);
    why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    eventsBox->layout()->addWidget(why);
    connect(eventsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, why,
            [why](const QModelIndex& current) {
                why->setText(current.isValid() ? current.siblingAtColumn(PreviewEventsModel::Why).data().toString()
                                               : tr("Select an event to see why its indicator decides."));
            });
    tables->addTab(eventsBox, tr("Events"));
    tables->addTab(machinesBox, tr("Machines"));
    auto* huntingBox = huntingTab_ = new QWidget(tables);
    auto* huntingLayout = new QVBoxLayout(huntingBox);
    hunting_ = new QPlainTextEdit(huntingBox);
    hunting_->setObjectName(QStringLiteral("previewKql"));
    hunting_->setReadOnly(true);
    hunting_->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* copy = copyKql_ = new QPushButton(tr("&Copy KQL"), huntingBox);
    copy->setObjectName(QStringLiteral("previewCopyKql"));
    huntingLayout->addWidget(new QLabel(tr("Run these in Advanced Hunting to find the same matches across the whole "
                                           "organisation (last 30 days)."),
                                        huntingBox));
    huntingLayout->addWidget(hunting_, 1);
    huntingLayout->addWidget(copy, 0, Qt::AlignRight);
    tables->addTab(huntingBox, tr("Hunting (KQL)"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(hunting_->toPlainText()); });
    connect(tables, &QTabWidget::currentChanged, this, [this] {
        if (huntingStale_ && tables_->currentWidget() == huntingTab_)
            buildHunting();
    });
    connect(eventsView_, &QTableView::doubleClicked, this, &PreviewPage::openEvent);
    connect(machinesView_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        // The proxy's index: its row is not the model's row, so read through the index.
        emit openMachine(index.siblingAtColumn(PreviewMachinesModel::Machine).data().toString());
    });
    eventsView_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(eventsView_, &QTableView::customContextMenuRequested, this, &PreviewPage::showEventMenu);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({420, 700});
    return split;
}

// `index` is the view's (the proxy's): every read goes through it, never through its row
// in the source model, which sorting and filtering make another event.
void PreviewPage::openEvent(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QString hash = index.data(PreviewEventsModel::FileHashRole).toString();
    if (index.column() == PreviewEventsModel::Machine)
        emit openMachine(index.data(PreviewEventsModel::MachineRole).toString());
    else if (!hash.isEmpty())
        emit openFile(hash);
    else
        emit openIndicator(index.data(PreviewEventsModel::IndicatorIdRole).toLongLong());
}

void PreviewPage::showEventMenu(const QPoint& pos)
{
    const QModelIndex index = eventsView_->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const QString machine = index.data(PreviewEventsModel::MachineRole).toString();
    const auto record = controller_.store().get(index.data(PreviewEventsModel::IndicatorIdRole).toLongLong());
    // The file page needs the file's hash: the deciding indicator's value when it is one.
    QAction* file = menu.addAction(tr("Open file page"));
    file->setObjectName(QStringLiteral("previewOpenFilePage"));
    file->setEnabled(record.ok() && isHashType(record->indicator.type));
    connect(file, &QAction::triggered, this, [this, &record] { emit openFile(QString::fromStdString(record->indicator.value)); });
    QAction* machinePage = menu.addAction(tr("Open machine page"));
    connect(machinePage, &QAction::triggered, this, [this, machine] { emit openMachine(machine); });
    menu.addAction(tr("Show deciding indicator"), this, [this, index] {
        emit openIndicator(index.data(PreviewEventsModel::IndicatorIdRole).toLongLong());
    });
    menu.exec(eventsView_->viewport()->mapToGlobal(pos));
}

void PreviewPage::setTelemetryFiles(const QStringList& paths)
{
    files_->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), files_);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    setRunning(runner_->isRunning());
}

QStringList PreviewPage::telemetryFiles() const
{
    QStringList out;
    for (int i = 0; i < files_->count(); ++i)
        out << files_->item(i)->data(Qt::UserRole).toString();
    return out;
}

void PreviewPage::addFiles()
{
    const QString path = seams::openFile(this, tr("Add telemetry"),
                                         tr("Telemetry (*.csv *.json *.jsonl *.log);;All files (*)"));
    if (!path.isEmpty())
        setTelemetryFiles(telemetryFiles() << path);
}

void PreviewPage::run()
{
    PreviewRequest request;
    request.list = static_cast<preview::ListChoice>(list_->currentData().toInt());
    request.scopeModel = scopeModelChoices().at(std::size_t(std::max(0, scopeModel_->currentIndex()))).model;
    request.telemetry = telemetryFiles();
    request.asOf = rules::toTimePoint(QDateTime::currentDateTimeUtc()).value_or(TimePoint{});
    QString error;
    if (!runner_->start(controller_.store(), request, error)) {
        status_->setText(error);
        return;
    }
    status_->setText(tr("Scanning %n file(s)...", nullptr, int(request.telemetry.size())));
    setRunning(true);
}

void PreviewPage::cancel()
{
    runner_->cancel();
}

void PreviewPage::onFinished(bool cancelled)
{
    setRunning(false);
    const auto result = runner_->result();
    const PreviewFigures f = figuresOf(*result);
    cards_[Scanned]->setValue(f.eventsScanned);
    cards_[Machines]->setValue(f.machinesAffected);
    cards_[Machines]->setNote(f.machinesOnlyAllowed > 0
                                  ? tr("%n machine(s) only allowed", nullptr, int(f.machinesOnlyAllowed))
                                  : QString());
    cards_[WouldBlock]->setValue(f.wouldBlock);
    cards_[WouldAlert]->setValue(f.wouldAlert);
    cards_[AllowsOverride]->setValue(f.allowsOverridingDetection);
    events_->setResult(result, runner_->snapshot());
    machines_->setResult(*result);
    charts_->setFigures(f);
    eventsView_->resizeColumnsToContents();
    // The explanation is the last column and takes the rest of the width: not sized to its
    // longest text, which would push it out of sight.
    eventsView_->setColumnWidth(PreviewEventsModel::Why, std::max(eventsView_->columnWidth(PreviewEventsModel::Why) / 2, 200));
    QString text = cancelled ? tr("Cancelled: partial results.")
                             : tr("%L1 events scanned, %L2 matched.").arg(f.eventsScanned).arg(f.eventsMatched);
    if (f.badRecordsSkipped > 0)
        text += u' ' + tr("%L1 bad records skipped.").arg(f.badRecordsSkipped);
    for (const QString& e : f.errors)
        text += u'\n' + e;
    status_->setText(text);
    updateHunting();
    emit finished();
}

void PreviewPage::updateHunting()
{
    huntingStale_ = true;
    if (tables_->currentWidget() == huntingTab_)
        buildHunting();
}

void PreviewPage::buildHunting()
{
    if (!controller_.isOpen()) // open, it has its reader
        return;
    huntingStale_ = false;
    hunting_->setPlainText(tr("Building the hunting queries for the draft list..."));
    copyKql_->setEnabled(false);
    screen_queries::huntingText(*controller_.reader(), huntingJobs_, 30, this, [this](const QString& text) {
        hunting_->setPlainText(text);
        copyKql_->setEnabled(true);
    });
}

void PreviewPage::setRunning(bool running)
{
    run_->setEnabled(!running && files_->count() > 0);
    run_->setToolTip(files_->count() > 0 ? QString() : tr("Add a telemetry file first."));
    cancel_->setEnabled(running);
    progress_->setVisible(running);
    if (running)
        progress_->setValue(0);
}

} // namespace indicia
