#include "ui/dialogs/import_dialog.h"

#include "models/io/import_runner.h"
#include "models/io/import_summary.h"
#include "models/io/sample_csv.h"
#include "models/store/workspace_store.h"
#include "ui/dialog_seams.h"
#include "ui/dialogs/import_preview_model.h"
#include "ui/palette.h"
#include "ui/workspace_controller.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace indicia {

namespace {

constexpr int kPreviewLimit = 10000; // rows shown one by one; the counts cover the whole file
constexpr int kProgressSteps = 1000;

QString number(qint64 n) { return QLocale().toString(qlonglong(n)); }

// "5 rows: 2 new, 0 updates, ..." for a dry run.
QString describePreview(const ImportReport& r)
{
    return ImportDialog::tr("%1 rows: %2 new, %3 updates, %4 unchanged, %5 duplicates, %6 invalid, %7 with warnings.")
        .arg(number(r.rows), number(r.added), number(r.updated), number(r.unchanged), number(r.duplicates),
             number(r.invalid), number(r.warned));
}

// Hashes and URLs keep both ends visible when the Value column is narrow.
class MiddleElideDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

void makeBanner(QLabel* label, const char* colour)
{
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("padding: 6px; border-radius: 3px; ") + QLatin1String(colour));
    label->hide();
}

// Enter in the path field loads the typed path. A line edit passes Enter on to the dialog,
// whose default button would close it (or start the import of the previous file).
class EnterFilter : public QObject {
public:
    EnterFilter(QObject* parent, std::function<void()> onEnter) : QObject(parent), onEnter_(std::move(onEnter)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                if (event->type() == QEvent::KeyPress)
                    onEnter_();
                event->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> onEnter_;
};

// "C:\x.csv" as Explorer's "Copy as path" gives it, or a path with stray spaces.
QString typedPath(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2);
    return QDir::fromNativeSeparators(text);
}

} // namespace

ImportDialog::ImportDialog(WorkspaceController& controller, QWidget* parent)
    : QDialog(parent)
    , controller_(controller)
    , runner_(new ImportRunner(this))
    , model_(new ImportPreviewModel(this))
    , filter_(new ImportPreviewFilter(model_, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import indicators"));
    buildUi();
    connect(runner_, &ImportRunner::started, this, &ImportDialog::onStarted);
    connect(runner_, &ImportRunner::progress, this, &ImportDialog::onProgress);
    connect(runner_, &ImportRunner::finished, this, &ImportDialog::onFinished);
    setBusy(false);
    resize(900, 600);
}

ImportDialog::~ImportDialog() = default; // the runner cancels and joins its worker

void ImportDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Import indicators from a Microsoft Defender for Endpoint CSV template or a "
                                "plain list (one value per line). The file is checked first; nothing "
                                "changes until you import."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout();
    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("importFilePath"));
    path_->setPlaceholderText(tr("Type or paste a path and press Enter, or choose a file"));
    path_->setAccessibleName(tr("File to import"));
    path_->installEventFilter(new EnterFilter(path_, [this] { loadTypedPath(); }));
    chooseFile_ = new QPushButton(tr("&Choose file..."), this);
    chooseFile_->setObjectName(QStringLiteral("importChooseFile"));
    sampleCsv_ = new QPushButton(tr("Download &sample CSV..."), this);
    sampleCsv_->setObjectName(QStringLiteral("importSampleCsv"));
    sampleCsv_->setToolTip(tr("Save an example file in the MDE template format, one row per indicator type."));
    fileRow->addWidget(path_, 1);
    fileRow->addWidget(chooseFile_);
    fileRow->addWidget(sampleCsv_);
    layout->addLayout(fileRow);

    // Counts, then the table's own filters on the same line.
    auto* countsRow = new QHBoxLayout();
    counts_ = new QLabel(tr("Choose a file to check it."), this);
    counts_->setObjectName(QStringLiteral("importCounts"));
    counts_->setWordWrap(true);
    filterText_ = new QLineEdit(this);
    filterText_->setObjectName(QStringLiteral("importFilterText"));
    filterText_->setPlaceholderText(tr("Filter rows"));
    filterText_->setAccessibleName(tr("Filter the previewed rows"));
    filterText_->setClearButtonEnabled(true);
    problemsOnly_ = new QCheckBox(tr("&Problems only"), this);
    problemsOnly_->setObjectName(QStringLiteral("importProblemsOnly"));
    problemsOnly_->setToolTip(tr("Show only invalid, repeated and over-quota rows and rows with warnings."));
    countsRow->addWidget(counts_, 1);
    countsRow->addWidget(filterText_);
    countsRow->addWidget(problemsOnly_);
    layout->addLayout(countsRow);
    connect(filterText_, &QLineEdit::textChanged, filter_, &ImportPreviewFilter::setText);
    connect(problemsOnly_, &QCheckBox::toggled, filter_, &ImportPreviewFilter::setProblemsOnly);

    quotaWarning_ = new QLabel(this);
    quotaWarning_->setObjectName(QStringLiteral("importQuotaWarning"));
    makeBanner(quotaWarning_, Palette::warningBanner().toLatin1().constData());
    layout->addWidget(quotaWarning_);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("importPreviewTable"));
    table_->setAccessibleName(tr("Dry-run preview"));
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(ImportPreviewModel::RowColumn, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->setItemDelegateForColumn(ImportPreviewModel::ValueColumn, new MiddleElideDelegate(table_));
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::ReasonColumn, QHeaderView::Stretch);
    table_->setColumnWidth(ImportPreviewModel::RowColumn, 60);
    table_->setColumnWidth(ImportPreviewModel::StatusColumn, 120);
    table_->setColumnWidth(ImportPreviewModel::TypeColumn, 110);
    table_->setColumnWidth(ImportPreviewModel::ValueColumn, 220);
    layout->addWidget(table_, 1);

    // The whole reason of the current row: the Reason column is often too narrow for it.
    // Its two lines are always there, so choosing a row never moves the table.
    rowDetail_ = new QLabel(this);
    rowDetail_->setObjectName(QStringLiteral("importRowDetail"));
    rowDetail_->setWordWrap(true);
    rowDetail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rowDetail_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    rowDetail_->setFixedHeight(2 * fontMetrics().lineSpacing() + 4);
    layout->addWidget(rowDetail_);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRowDetail(current.row()); });
    connect(filter_, &QAbstractItemModel::layoutChanged, this, [this] { showRowDetail(table_->currentIndex().row()); });
    connect(filter_, &QAbstractItemModel::rowsRemoved, this, [this] { showRowDetail(table_->currentIndex().row()); });

    previewNote_ = new QLabel(this);
    previewNote_->setObjectName(QStringLiteral("importPreviewNote"));
    previewNote_->hide();
    layout->addWidget(previewNote_);

    layout->addWidget(buildModeBox());
    layout->addWidget(buildStatusArea());

    auto* buttons = new QHBoxLayout();
    run_ = new QPushButton(tr("&Import"), this);
    run_->setObjectName(QStringLiteral("importRun"));
    run_->setDefault(true);
    close_ = new QPushButton(tr("Close"), this);
    close_->setObjectName(QStringLiteral("importClose"));
    buttons->addStretch();
    buttons->addWidget(run_);
    buttons->addWidget(close_);
    layout->addLayout(buttons);

    connect(chooseFile_, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(sampleCsv_, &QPushButton::clicked, this, &ImportDialog::saveSample);
    connect(cancel_, &QPushButton::clicked, runner_, &ImportRunner::cancel);
    connect(run_, &QPushButton::clicked, this, [this] { startRun(false); });
    connect(close_, &QPushButton::clicked, this, &ImportDialog::reject);
}

// Progress, the result and errors take turns in one place of a fixed height: the table
// above keeps its size whether a message shows or not.
QWidget* ImportDialog::buildStatusArea()
{
    status_ = new QStackedWidget(this);
    status_->setObjectName(QStringLiteral("importStatusArea"));
    idle_ = new QWidget(status_);
    status_->addWidget(idle_);

    progressRow_ = new QWidget(status_);
    auto* progressRow = new QHBoxLayout(progressRow_);
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressLabel_ = new QLabel(progressRow_);
    progressLabel_->setObjectName(QStringLiteral("importProgressLabel"));
    progress_ = new QProgressBar(progressRow_);
    progress_->setObjectName(QStringLiteral("importProgress"));
    progress_->setRange(0, kProgressSteps);
    cancel_ = new QPushButton(tr("Cancel"), progressRow_);
    cancel_->setObjectName(QStringLiteral("importCancel"));
    progressRow->addWidget(progressLabel_);
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(cancel_);
    status_->addWidget(progressRow_);

    summary_ = new QLabel(status_);
    summary_->setObjectName(QStringLiteral("importSummary"));
    makeBanner(summary_, "border: 1px solid palette(mid);");
    status_->addWidget(summary_);

    error_ = new QLabel(status_);
    error_->setObjectName(QStringLiteral("importError"));
    makeBanner(error_, Palette::errorBanner().toLatin1().constData());
    status_->addWidget(error_);

    for (QLabel* banner : {summary_, error_}) {
        banner->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    }
    // Room for three lines of a banner (the longest result reads in two at this width).
    status_->setFixedHeight(3 * fontMetrics().lineSpacing() + 16);
    showMessage(nullptr);
    return status_;
}

void ImportDialog::showMessage(QLabel* banner)
{
    message_ = banner;
    if (!isBusy())
        status_->setCurrentWidget(banner ? static_cast<QWidget*>(banner) : idle_);
}

QWidget* ImportDialog::buildModeBox()
{
    auto* box = new QGroupBox(tr("When some rows are invalid"), this);
    auto* layout = new QVBoxLayout(box);
    validOnly_ = new QRadioButton(tr("Import the &valid rows and skip the invalid ones"), box);
    validOnly_->setObjectName(QStringLiteral("importModeValidOnly"));
    validOnly_->setChecked(true);
    allOrNothing_ = new QRadioButton(tr("&All or nothing: import nothing if any row is invalid"), box);
    allOrNothing_->setObjectName(QStringLiteral("importModeAllOrNothing"));
    modeGroup_ = new QButtonGroup(box);
    modeGroup_->addButton(validOnly_);
    modeGroup_->addButton(allOrNothing_);
    layout->addWidget(validOnly_);
    layout->addWidget(allOrNothing_);
    return box;
}

bool ImportDialog::isBusy() const { return runner_->isRunning(); }

QString ImportDialog::fileName() const { return QFileInfo(file_).fileName(); }

void ImportDialog::chooseFile()
{
    const QString path = seams::openFile(this, tr("Import indicators"),
                                         tr("Indicator files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::saveSample()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = seams::saveFile(this, tr("Save sample CSV"),
                                         QDir(folder).filePath(QStringLiteral("indicia-sample-indicators.csv")),
                                         tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString failure = saveSampleCsv(path);
    if (!failure.isEmpty()) {
        showError(failure);
        return;
    }
    summary_->setText(tr("Sample saved to %1. Fill it in, then choose it here.").arg(QDir::toNativeSeparators(path)));
    showMessage(summary_);
}

void ImportDialog::loadTypedPath()
{
    const QString path = typedPath(path_->text());
    if (path.isEmpty() || isBusy() || !chooseFile_->isEnabled())
        return;
    setFile(path);
}

void ImportDialog::setFile(const QString& path)
{
    if (isBusy())
        return; // one run at a time; the buttons are disabled meanwhile anyway
    file_ = path;
    path_->setText(QDir::toNativeSeparators(path));
    model_->clear();
    previewReady_ = false;
    counts_->clear();
    rowDetail_->clear();
    quotaWarning_->hide();
    previewNote_->hide();
    showMessage(nullptr);
    startRun(true);
}

void ImportDialog::startRun(bool dryRun)
{
    ImportRequest request;
    request.sourcePath = file_;
    request.workspacePath = controller_.path();
    request.session = controller_.session();
    request.mode = allOrNothing_->isChecked() ? ImportMode::AllOrNothing : ImportMode::ValidOnly;
    request.dryRun = dryRun;
    request.previewLimit = kPreviewLimit;
    runner_->start(request);
}

void ImportDialog::onStarted(bool dryRun)
{
    progress_->setValue(0);
    progressLabel_->setText(dryRun ? tr("Checking %1...").arg(fileName()) : tr("Importing %1...").arg(fileName()));
    setBusy(true);
}

void ImportDialog::onProgress(qint64 rows, qint64 bytesRead, qint64 bytesTotal)
{
    if (bytesTotal > 0)
        progress_->setValue(int(bytesRead * kProgressSteps / bytesTotal));
    progress_->setFormat(tr("%1 rows").arg(number(rows)));
}

void ImportDialog::onFinished(const ImportOutcome& outcome)
{
    setBusy(false);
    if (outcome.dryRun)
        showPreview(outcome);
    else
        showResult(outcome);
    updateButtons();
    if (closeWhenDone_)
        QDialog::reject();
}

void ImportDialog::showPreview(const ImportOutcome& outcome)
{
    if (outcome.error) {
        showError(outcome.error.code == StoreErrorCode::Cancelled ? tr("The check of %1 was cancelled.").arg(fileName())
                                                                  : outcome.error.message);
        return;
    }
    const ImportReport& report = outcome.report;
    model_->setPreview(outcome.preview);
    previewReady_ = report.rows > 0;
    counts_->setText(describePreview(report));
    quotaWarning_->setText(tr("After this import the workspace would hold %1 active indicators, %2 over its "
                              "quota of %3; rows beyond the quota are marked \"Over quota\".")
                               .arg(number(report.activeAfter), number(report.overQuota),
                                    number(controller_.store().quota())));
    quotaWarning_->setVisible(report.overQuota > 0);
    if (filter_->rowCount() > 0)
        table_->selectRow(0);
    previewNote_->setText(tr("Showing the first %1 rows; the counts above cover the whole file.")
                              .arg(number(outcome.preview.rows.size())));
    previewNote_->setVisible(outcome.preview.truncated);
    if (report.rows == 0)
        showError(tr("%1 holds no indicator rows.").arg(fileName()));
}

void ImportDialog::showResult(const ImportOutcome& outcome)
{
    if (outcome.error) {
        if (outcome.error.code == StoreErrorCode::Cancelled) {
            summary_->setText(tr("The import of %1 was cancelled; nothing was changed.").arg(fileName()));
            showMessage(summary_);
        } else {
            showError(outcome.error.message);
        }
        return;
    }
    const ImportReport& report = outcome.report;
    if (report.committed) {
        previewReady_ = false; // the preview is stale: importing again would be a no-op
        controller_.registerOperation(report.opId, tr("Import %1").arg(fileName()));
        emit imported(report.opId);
    }
    summary_->setText(ImportSummary::describe(report, fileName()));
    summary_->setToolTip(summary_->text()); // should three lines not hold it
    showMessage(summary_);
}

void ImportDialog::showRowDetail(int row)
{
    if (row < 0 || row >= filter_->rowCount()) {
        rowDetail_->clear();
        return;
    }
    const PreviewRow& preview = filter_->previewRow(row);
    const QString where = tr("Row %1 (line %2)").arg(number(preview.row), number(preview.line));
    rowDetail_->setText(preview.reason.isEmpty() ? tr("%1: %2.").arg(where, toDisplayString(preview.status))
                                                 : tr("%1: %2").arg(where, preview.reason));
}

void ImportDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->setToolTip(message);
    showMessage(error_);
}

void ImportDialog::setBusy(bool busy)
{
    cancel_->setEnabled(busy);
    if (busy)
        status_->setCurrentWidget(progressRow_);
    else
        status_->setCurrentWidget(message_ ? static_cast<QWidget*>(message_) : idle_);
    if (!busy)
        progress_->resetFormat();
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool busy = isBusy();
    const SessionRights& rights = controller_.rights();
    const bool mayImport = rights.canWrite && controller_.isOpen();
    chooseFile_->setEnabled(!busy && mayImport);
    path_->setReadOnly(busy || !mayImport);
    chooseFile_->setToolTip(rights.canWrite ? QString() : rights.whyReadOnly);
    sampleCsv_->setEnabled(!busy);
    validOnly_->setEnabled(!busy);
    allOrNothing_->setEnabled(!busy);
    run_->setEnabled(!busy && mayImport && previewReady_);
    close_->setDefault(!previewReady_);
}

void ImportDialog::reject()
{
    if (!isBusy()) {
        QDialog::reject();
        return;
    }
    closeWhenDone_ = true; // closes from onFinished, once the worker has rolled back
    runner_->cancel();
}

} // namespace indicia
