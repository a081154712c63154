#include "ui/entities/file_page.h"

#include "models/rules/indicator_rules.h"
#include "models/entities/file_service_lookup.h"
#include "ui/dialog_seams.h"
#include "ui/pane/indicator_pane.h"
#include "ui/palette.h"
#include "ui/workspace_controller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace indicia {

namespace {

QString yesNo(const std::optional<bool>& value)
{
    if (!value)
        return QObject::tr("unknown");
    return *value ? QObject::tr("yes") : QObject::tr("no");
}

QString orUnknown(const QString& text)
{
    return text.isEmpty() ? QObject::tr("unknown") : text.toHtmlEscaped();
}

} // namespace

FilePage::FilePage(WorkspaceController& controller, TelemetryProvider telemetry, QWidget* parent)
    : QWidget(parent)
    , controller_(controller)
    , telemetry_(std::move(telemetry))
{
    setObjectName(QStringLiteral("filePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(buildHeader());
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildIdentity());
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 800});
    layout->addWidget(splitter, 1);

    pane_ = new IndicatorPane(this);
    pane_->setObjectName(QStringLiteral("filePane"));
    pane_->setSaveHandler([this](const Indicator& draft, qint64 id, const QString& comment) {
        return controller_.saveIndicator(draft, id, comment);
    });
    connect(pane_, &IndicatorPane::saved, this, &FilePage::refresh);
    updateActions();
}

QWidget* FilePage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    auto* titles = new QVBoxLayout;
    title_ = new QLabel(header);
    title_->setObjectName(QStringLiteral("fileTitle"));
    title_->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    subtitle_ = new QLabel(header);
    subtitle_->setObjectName(QStringLiteral("fileSubtitle"));
    subtitle_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle_->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(title_);
    titles->addWidget(subtitle_);
    layout->addLayout(titles, 1);
    const auto button = [&](const QString& text, const char* name, void (FilePage::*slot)()) {
        auto* b = new QPushButton(text, header);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        layout->addWidget(b, 0, Qt::AlignTop);
        return b;
    };
    add_ = button(tr("Add indicator"), "fileAddIndicator", &FilePage::addIndicator);
    block_ = button(tr("Block"), "fileBlock", &FilePage::block);
    allow_ = button(tr("Allow"), "fileAllow", &FilePage::allow);
    openInIndicators_ = button(tr("Open in indicators"), "fileOpenInIndicators", &FilePage::openInIndicators);
    return header;
}

QWidget* FilePage::buildIdentity()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 8, 0);
    identity_ = new QLabel(box);
    identity_->setObjectName(QStringLiteral("fileIdentity"));
    identity_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    identity_->setWordWrap(true);
    identity_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    prevalence_ = new QLabel(box);
    prevalence_->setObjectName(QStringLiteral("filePrevalence"));
    prevalence_->setWordWrap(true);
    layout->addWidget(identity_);
    layout->addWidget(prevalence_);
    layout->addStretch(1);
    return box;
}

QWidget* FilePage::buildDetails()
{
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("fileTabs"));
    tabs_->setDocumentMode(true);
    auto* indicatorsTab = new QWidget(tabs_);
    auto* layout = new QVBoxLayout(indicatorsTab);
    layout->setContentsMargins(0, 4, 0, 0);
    indicators_ = makeEntityTable("fileIndicators", {tr("Type"), tr("Value"), tr("Action"), tr("Scope"), tr("Title")}, 4,
                                  indicatorsTab);
    verdicts_ = makeEntityTable("fileVerdicts",
                                {tr("Device group"), tr("Deciding indicator"), tr("Action"), tr("Outcome"), tr("Rule")}, 1,
                                indicatorsTab);
    coverLabel_ = new QLabel(indicatorsTab);
    coverLabel_->setObjectName(QStringLiteral("fileCoverLabel"));
    layout->addWidget(coverLabel_);
    layout->addWidget(indicators_, 1);
    layout->addWidget(new QLabel(tr("Which one decides, per device group"), indicatorsTab));
    layout->addWidget(verdicts_, 1);
    machines_ = makeEntityTable("fileMachines",
                                {tr("Machine"), tr("Device group"), tr("Events"), tr("First seen"), tr("Last seen")}, 0,
                                tabs_);
    events_ = makeEntityTable("fileEvents", {tr("Time"), tr("Machine"), tr("Kind"), tr("Path"), tr("Source")}, 3, tabs_);
    tabs_->addTab(indicatorsTab, tr("Indicators"));
    tabs_->addTab(machines_, tr("Machines"));
    tabs_->addTab(events_, tr("Events"));
    connect(indicators_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit openIndicator(indicators_->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    for (QTableWidget* table : {machines_, events_})
        connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row, int) {
            if (const QString machine = table->item(row, 0)->data(Qt::UserRole).toString(); !machine.isEmpty())
                emit openMachine(machine);
        });
    return tabs_;
}

bool FilePage::showFile(const QString& hash, const QStringList& alsoKnown)
{
    if (!looksLikeFileHash(hash))
        return false;
    profile_.query = hash.trimmed();
    alsoKnown_ = alsoKnown;
    refresh();
    return true;
}

void FilePage::setServiceLookup(FileServiceLookup* lookup)
{
    lookup_ = lookup;
    connect(lookup_, &FileServiceLookup::found, this, [this](const QString& hash, const ServiceFileInfo& info) {
        if (!profile_.sha1.isEmpty() && hash != profile_.sha1 && hash != profile_.sha256)
            return; // an answer for a file shown before
        mergeServiceInfo(profile_, info);
        serviceNote_ = info.globalPrevalence >= 0 ? tr("The service knows this file (global prevalence %L1).")
                                                        .arg(info.globalPrevalence)
                                                  : tr("The service knows this file.");
        fillIdentity();
    });
    connect(lookup_, &FileServiceLookup::notFound, this, [this] {
        serviceNote_ = tr("The service does not know this file.");
        fillIdentity();
    });
}

void FilePage::refresh()
{
    if (profile_.query.isEmpty())
        return;
    const EntityContext context = loadEntityContext(controller_, telemetry_);
    profile_ = FileProfileBuilder(context).build(profile_.query, alsoKnown_);
    serviceNote_.clear();
    if (lookup_ && lookup_->isConnected())
        lookup_->lookup(profile_.sha256.isEmpty() ? profile_.sha1 : profile_.sha256);
    title_->setText(profile_.displayName());
    subtitle_->setText(profile_.strongestHash());
    fillIdentity();
    fillTables();
    updateActions();
}

void FilePage::fillIdentity()
{
    const FileProfile& p = profile_;
    const QString size = p.size < 0 ? tr("unknown") : QLocale().formattedDataSize(p.size);
    const QString row = QStringLiteral("<tr><td style='white-space:nowrap'><b>%1</b>&nbsp;</td><td>%2</td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("SHA-256"), orUnknown(p.sha256)) + row.arg(tr("SHA-1"), orUnknown(p.sha1))
          + row.arg(tr("MD5"), orUnknown(p.md5)) + row.arg(tr("Names"), orUnknown(p.names.join(QStringLiteral(", "))))
          + row.arg(tr("Paths"), orUnknown(p.paths.join(QStringLiteral("<br>"))))
          + row.arg(tr("Size"), size) + row.arg(tr("Signer"), orUnknown(p.signer))
          + row.arg(tr("Issuer"), orUnknown(p.issuer)) + row.arg(tr("Certificate"), orUnknown(p.certificateThumbprint))
          + row.arg(tr("Signature"), orUnknown(p.signatureStatus)) + row.arg(tr("Trusted"), yesNo(p.trusted))
          + row.arg(tr("Microsoft root"), yesNo(p.microsoftRoot));
    // Say up front what Block will do, instead of only when it is pressed.
    if (p.isMicrosoftSigned())
        html += row.arg(tr("Blocking"), tr("<span style='color:%1'>not allowed (Microsoft-signed)</span>").arg(Palette::errorText().name()));
    else if (p.isTrustedPublisher())
        html += row.arg(tr("Blocking"), tr("<span style='color:%1'>trusted publisher: blocking warns</span>").arg(Palette::warningText().name()));
    identity_->setText(html + QStringLiteral("</table>")
                       + (serviceNote_.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(serviceNote_)));
    if (p.events.isEmpty()) {
        prevalence_->setText(telemetry_ && !telemetry_().isEmpty()
                                 ? tr("Not seen in the loaded telemetry.")
                                 : tr("No telemetry loaded: add files on the Preview page to see where it ran."));
        return;
    }
    prevalence_->setText(tr("<b>%n event(s)</b> on %1 machine(s)<br>first seen %2<br>last seen %3", nullptr,
                            int(p.events.size()))
                             .arg(p.machines.size())
                             .arg(timeText(p.firstSeen, tr("unknown")), timeText(p.lastSeen, tr("unknown"))));
}

void FilePage::fillTables()
{
    for (QTableWidget* table : {indicators_, verdicts_, machines_, events_})
        table->setRowCount(0);
    for (const CoveringIndicator& i : profile_.indicators)
        appendRow(indicators_,
                  {rules::typeLabel(i.type), i.value, rules::actionLabel(i.action),
                   i.scope.isEmpty() ? tr("All devices") : i.scope.join(QStringLiteral(", ")), i.title},
                  i.id);
    for (const GroupVerdict& v : profile_.verdicts)
        appendRow(verdicts_,
                  {groupText(v.deviceGroup), v.winnerId ? v.winnerValue : tr("none"),
                   v.winnerId ? rules::actionLabel(v.action) : QString(), v.outcome, v.rule},
                  v.winnerId);
    for (const FileMachine& m : profile_.machines)
        appendRow(machines_,
                  {m.name, groupText(m.deviceGroup), QString::number(m.events), timeText(m.firstSeen),
                   timeText(m.lastSeen)},
                  m.name);
    for (const FileEvent& e : profile_.events)
        appendRow(events_, {timeText(e.time, e.timeText), e.machine, e.kind, e.path, e.source}, e.machine);
    for (QTableWidget* table : {indicators_, verdicts_, machines_, events_})
        finishTable(table);
    coverLabel_->setText(profile_.indicators.isEmpty()
                             ? tr("No indicator covers this file yet: Add indicator, Block or Allow creates one.")
                             : tr("Indicators that cover this file (any of its hashes or its certificate)"));
    tabs_->setTabText(0, tr("Indicators (%1)").arg(profile_.indicators.size()));
    tabs_->setTabText(1, tr("Machines (%1)").arg(profile_.machines.size()));
    tabs_->setTabText(2, tr("Events (%1)").arg(profile_.events.size()));
}

void FilePage::updateActions()
{
    const bool canWrite = profile_.isValid() && controller_.isOpen() && controller_.rights().canWrite;
    for (QPushButton* b : {add_, block_, allow_})
        b->setEnabled(canWrite);
    const qint64 id = indicatorForStrongestHash();
    openInIndicators_->setEnabled(id != 0);
    openInIndicators_->setToolTip(id ? QString() : tr("No indicator covers this file yet."));
    block_->setToolTip(profile_.isMicrosoftSigned() ? tr("Files signed by Microsoft cannot be blocked.") : QString());
}

qint64 FilePage::indicatorForStrongestHash() const
{
    // The indicator the user most likely means: the one on the strongest hash, else any.
    qint64 best = 0;
    int strength = -1;
    for (const CoveringIndicator& i : profile_.indicators)
        if (hashStrength(i.type) > strength) {
            strength = hashStrength(i.type);
            best = i.id;
        }
    return best;
}

void FilePage::openPane(Action action, int step)
{
    Indicator draft;
    draft.type = profile_.strongestType();
    draft.value = profile_.strongestHash().toStdString();
    draft.action = action;
    draft.title = (action == Action::Allowed ? tr("Allow %1") : tr("Block %1")).arg(profile_.displayName()).toStdString();
    // MDE requires a description; say where the indicator came from (the user can edit it).
    draft.description = tr("Created from the file page: seen %n time(s) on %1 machine(s) in the loaded telemetry.",
                           nullptr, int(profile_.events.size()))
                            .arg(profile_.machines.size())
                            .toStdString();
    const SessionRights& rights = controller_.rights();
    pane_->openWithDraft(draft, {rights.mayTargetAllDevices, rights.groups, rights.whyNoAllDevices},
                         IndicatorPane::Step(step));
}

void FilePage::addIndicator()
{
    openPane(Action::Block, IndicatorPane::IndicatorStepIndex);
}

void FilePage::block()
{
    // MDE refuses Block on files whose certificate chains to Microsoft, and blocking a
    // trusted publisher's file is the classic self-inflicted outage: refuse, then warn.
    if (profile_.isMicrosoftSigned()) {
        seams::question(this, tr("Cannot block a Microsoft-signed file"),
                        tr("%1 is signed by Microsoft (%2). Microsoft Defender for Endpoint does not allow "
                           "blocking Microsoft-signed files, so this indicator would be rejected. Block a "
                           "specific malicious file instead, or use an attack surface reduction rule.")
                            .arg(profile_.displayName(), profile_.signer),
                        QMessageBox::Ok);
        return;
    }
    if (profile_.isTrustedPublisher()) {
        const auto answer = seams::question(
            this, tr("Block a trusted publisher's file?"),
            tr("%1 is signed by a trusted publisher (%2). Blocking trusted signed files can break software "
               "that depends on them and costs performance on every device it applies to. Block it anyway?")
                .arg(profile_.displayName(), profile_.signer),
            QMessageBox::Yes | QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    openPane(Action::Block, IndicatorPane::ActionStepIndex);
}

void FilePage::allow()
{
    openPane(Action::Allowed, IndicatorPane::ActionStepIndex);
}

void FilePage::openInIndicators()
{
    if (const qint64 id = indicatorForStrongestHash())
        emit openIndicator(id);
}

} // namespace indicia
