#include "ui/dialogs/export_dialog.h"

#include "models/rules/indicator_rules.h"
#include "models/store/workspace_store.h"
#include "ui/dialog_seams.h"
#include "ui/palette.h"
#include "ui/workspace_controller.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace indicia {

namespace {

QString number(qint64 n) { return QLocale().toString(qlonglong(n)); }

// The reasons an export would not fit MDE, or be incomplete, one per line.
QStringList warningsFor(const ExportSurvey& survey, ExportFormat format)
{
    QStringList lines;
    if (format == ExportFormat::MdeCsv && survey.toWrite() > kMdeIndicatorLimit) {
        lines << ExportDialog::tr("MDE accepts at most %1 active indicators per tenant; this export holds %2.")
                     .arg(number(kMdeIndicatorLimit), number(survey.toWrite()));
    }
    if (survey.refused > 0) {
        lines << ExportDialog::tr("%1 IP ranges will be left out: MDE does not accept IP ranges (CIDR).")
                     .arg(number(survey.refused));
    }
    if (survey.expired > 0)
        lines << ExportDialog::tr("%1 selected indicators have expired and will be left out.").arg(number(survey.expired));
    if (survey.toWrite() == 0)
        lines << ExportDialog::tr("There is nothing to export.");
    return lines;
}

} // namespace

ExportDialog::ExportDialog(WorkspaceController& controller, TabKind currentTab, QList<std::int64_t> selectedIds,
                           QWidget* parent)
    : QDialog(parent)
    , controller_(controller)
    , currentTab_(currentTab)
    , selectedIds_(std::move(selectedIds))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export indicators"));
    buildUi();
    updateSurvey();
}

void ExportDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildScopeBox());

    auto* form = new QFormLayout();
    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat format : kAllExportFormats) // MDE CSV first: the default
        format_->addItem(formatLabel(format), int(format));
    form->addRow(tr("&Format:"), format_);
    layout->addLayout(form);

    warning_ = new QLabel(this);
    warning_->setObjectName(QStringLiteral("exportWarning"));
    warning_->setWordWrap(true);
    warning_->setStyleSheet(QStringLiteral("padding: 6px; border-radius: 3px; ") + Palette::warningBanner());
    layout->addWidget(warning_);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("exportSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->hide();
    layout->addWidget(summary_);
    layout->addStretch();

    auto* buttons = new QHBoxLayout();
    run_ = new QPushButton(tr("&Export..."), this);
    run_->setObjectName(QStringLiteral("exportRun"));
    run_->setDefault(true);
    close_ = new QPushButton(tr("Close"), this);
    close_->setObjectName(QStringLiteral("exportClose"));
    buttons->addStretch();
    buttons->addWidget(run_);
    buttons->addWidget(close_);
    layout->addLayout(buttons);

    connect(scopeGroup_, &QButtonGroup::buttonToggled, this, &ExportDialog::updateSurvey);
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSurvey);
    connect(run_, &QPushButton::clicked, this, &ExportDialog::runExport);
    connect(close_, &QPushButton::clicked, this, &ExportDialog::reject);
    setMinimumWidth(480);
}

QWidget* ExportDialog::buildScopeBox()
{
    WorkspaceStore& store = controller_.store();
    auto* box = new QGroupBox(tr("Indicators to export (expired ones are never exported)"), this);
    auto* layout = new QVBoxLayout(box);
    selected_ = new QRadioButton(tr("&Selected rows only (%1)").arg(number(selectedIds_.size())), box);
    selected_->setObjectName(QStringLiteral("exportScopeSelected"));
    selected_->setEnabled(!selectedIds_.isEmpty());
    currentTabScope_ = new QRadioButton(tr("&Current tab: %1 (%2 active)")
                                            .arg(rules::tabLabel(currentTab_),
                                                 number(store.count(currentTab_, IndicatorState::Active))),
                                        box);
    currentTabScope_->setObjectName(QStringLiteral("exportScopeCurrentTab"));
    everything_ = new QRadioButton(tr("E&verything (%1 active)").arg(number(store.activeCount())), box);
    everything_->setObjectName(QStringLiteral("exportScopeEverything"));
    scopeGroup_ = new QButtonGroup(box);
    for (QRadioButton* button : {selected_, currentTabScope_, everything_}) {
        scopeGroup_->addButton(button);
        layout->addWidget(button);
    }
    (selectedIds_.isEmpty() ? currentTabScope_ : selected_)->setChecked(true);
    return box;
}

ExportSelection ExportDialog::selection() const
{
    ExportSelection selection;
    if (selected_->isChecked())
        selection.ids = selectedIds_;
    else if (currentTabScope_->isChecked())
        selection.tab = currentTab_;
    return selection;
}

ExportFormat ExportDialog::format() const { return ExportFormat(format_->currentData().toInt()); }

void ExportDialog::updateSurvey()
{
    const ExportSurvey survey = IndicatorExporter(controller_.store(), format()).survey(selection());
    const QStringList warnings = warningsFor(survey, format());
    warning_->setText(warnings.join(u'\n'));
    warning_->setVisible(!warnings.isEmpty());
    run_->setEnabled(survey.toWrite() > 0);
}

QString ExportDialog::suggestedPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QFileInfo(controller_.path()).completeBaseName();
    const QString name = (base.isEmpty() ? QStringLiteral("indicators") : base + QStringLiteral("-indicators"))
                         + u'.' + formatSuffix(format());
    return QDir(folder).filePath(name);
}

void ExportDialog::runExport()
{
    QString path = seams::saveFile(this, tr("Export indicators"), suggestedPath(), formatFileFilter(format()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + formatSuffix(format());
    const auto result = IndicatorExporter(controller_.store(), format()).writeFile(selection(), path);
    if (!result.ok()) {
        summary_->setText(result.error().message);
        summary_->setStyleSheet(QStringLiteral("padding: 6px; ") + Palette::errorBanner());
        summary_->show();
        return;
    }
    QString text = tr("Exported %1 indicators to %2.").arg(number(result->written), QDir::toNativeSeparators(path));
    if (result->skipped > 0)
        text += u' ' + tr("%1 were left out.").arg(number(result->skipped));
    summary_->setText(text);
    summary_->setStyleSheet(QString());
    summary_->show();
    emit exported(path, result->written);
}

} // namespace indicia
