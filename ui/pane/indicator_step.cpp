#include "ui/pane/indicator_step.h"

#include "models/rules/file_digests.h"
#include "models/rules/indicator_rules.h"
#include "models/rules/known_good.h"
#include "ui/dialog_seams.h"
#include "ui/palette.h"
#include "ui/wrapping_text_view.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>

namespace indicia {

namespace {
// Hashes have no spaces to wrap at: offer a break opportunity every 16 characters.
QString breakable(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); i += 16)
        out += text.mid(i, 16) + QChar(0x200B);
    return out;
}
} // namespace

IndicatorStep::IndicatorStep(QWidget* parent)
    : WizardStep(parent)
{
    auto* form = new QFormLayout(this);
    type_ = new QComboBox(this);
    type_->setObjectName(QStringLiteral("paneType"));
    type_->setAccessibleName(tr("Indicator type"));
    form->addRow(tr("&Type"), type_);

    value_ = new QLineEdit(this);
    value_->setObjectName(QStringLiteral("paneValue"));
    value_->setAccessibleName(tr("Indicator value"));
    value_->setClearButtonEnabled(true);
    form->addRow(tr("&Value"), value_);

    feedback_ = new QLabel(this);
    feedback_->setObjectName(QStringLiteral("paneValueFeedback"));
    feedback_->setWordWrap(true);
    feedback_->setTextFormat(Qt::PlainText);
    feedback_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    feedback_->setMinimumHeight(feedback_->fontMetrics().height() * 2);
    form->addRow(QString(), feedback_);

    // The known-good warning belongs where the value is typed: blocking the empty file's
    // hash is a mistake to catch on this step, not on the summary.
    knownGoodRow_ = new QWidget(this);
    auto* knownGoodLayout = new QHBoxLayout(knownGoodRow_);
    knownGoodLayout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(knownGoodRow_);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    knownGood_ = new WrappingTextView(knownGoodRow_);
    knownGood_->setObjectName(QStringLiteral("paneKnownGood"));
    knownGood_->setAccessibleName(tr("Known-good warning"));
    knownGoodLayout->addWidget(icon, 0, Qt::AlignTop);
    knownGoodLayout->addWidget(knownGood_, 1);
    knownGoodRow_->hide();
    form->addRow(QString(), knownGoodRow_);

    auto* sources = new QHBoxLayout();
    chooseFile_ = new QPushButton(tr("Choose &file..."), this);
    chooseFile_->setObjectName(QStringLiteral("paneChooseFile"));
    chooseFile_->setToolTip(tr("Compute SHA-256, SHA-1 and MD5 of a local file. The file never leaves this computer."));
    uploadCertificate_ = new QPushButton(tr("&Upload .cer/.pem/.crt..."), this);
    uploadCertificate_->setObjectName(QStringLiteral("paneUploadCertificate"));
    sources->addWidget(chooseFile_);
    sources->addWidget(uploadCertificate_);
    sources->addStretch();
    form->addRow(QString(), sources);

    never_ = new QRadioButton(tr("&Never"), this);
    never_->setObjectName(QStringLiteral("paneExpiryNever"));
    until_ = new QRadioButton(tr("&On"), this);
    until_->setObjectName(QStringLiteral("paneExpiryOn"));
    expiry_ = new QDateTimeEdit(this);
    expiry_->setObjectName(QStringLiteral("paneExpiry"));
    expiry_->setCalendarPopup(true);
    expiry_->setTimeSpec(Qt::UTC);
    expiry_->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    auto* expiryRow = new QHBoxLayout();
    expiryRow->addWidget(never_);
    expiryRow->addWidget(until_);
    expiryRow->addWidget(expiry_, 1);
    form->addRow(tr("Expires"), expiryRow);
    never_->setChecked(true);
    expiry_->setEnabled(false);

    connect(value_, &QLineEdit::textChanged, this, &IndicatorStep::revalidate);
    connect(type_, &QComboBox::currentIndexChanged, this, [this] {
        // A hashed file fills in whichever hash type is picked.
        if (fileDigests_.contains(currentType()))
            value_->setText(fileDigests_.value(currentType()));
        revalidate();
    });
    connect(chooseFile_, &QPushButton::clicked, this, &IndicatorStep::chooseFile);
    connect(uploadCertificate_, &QPushButton::clicked, this, &IndicatorStep::uploadCertificate);
    connect(until_, &QRadioButton::toggled, expiry_, &QWidget::setEnabled);
    connect(until_, &QRadioButton::toggled, this, &WizardStep::changed);
    connect(expiry_, &QDateTimeEdit::dateTimeChanged, this, &WizardStep::changed);
}

QString IndicatorStep::title() const { return tr("Indicator"); }

void IndicatorStep::setTab(TabKind tab)
{
    const QSignalBlocker block(type_);
    type_->clear();
    for (IndicatorType type : rules::typesOfTab(tab))
        type_->addItem(rules::typeLabel(type), static_cast<int>(type));
    chooseFile_->setVisible(tab == TabKind::FileHashes);
    uploadCertificate_->setVisible(tab == TabKind::Certificates);
    fileDigests_.clear();
    revalidate();
}

void IndicatorStep::setIdentityLocked(bool locked)
{
    type_->setEnabled(!locked);
    value_->setReadOnly(locked);
    chooseFile_->setEnabled(!locked);
    uploadCertificate_->setEnabled(!locked);
}

void IndicatorStep::reset()
{
    fileDigests_.clear();
    suggestedTitle_.clear();
}

IndicatorType IndicatorStep::currentType() const
{
    return static_cast<IndicatorType>(type_->currentData().toInt());
}

void IndicatorStep::load(const Indicator& draft)
{
    const int index = type_->findData(static_cast<int>(draft.type));
    if (index >= 0)
        type_->setCurrentIndex(index);
    value_->setText(QString::fromStdString(draft.value));
    const QDateTime expiry = rules::toDateTime(draft.expiration);
    until_->setChecked(expiry.isValid());
    never_->setChecked(!expiry.isValid());
    expiry_->setDateTime(expiry.isValid() ? expiry : QDateTime::currentDateTimeUtc().addDays(90));
    revalidate();
}

void IndicatorStep::save(Indicator& draft) const
{
    draft.type = currentType();
    draft.value = canonical_.toStdString();
    draft.expiration = until_->isChecked() ? rules::toTimePoint(expiry_->dateTime()) : std::nullopt;
}

bool IndicatorStep::isComplete() const
{
    const bool expiryOk = never_->isChecked() || expiry_->dateTime() > QDateTime::currentDateTimeUtc();
    return !canonical_.isEmpty() && expiryOk;
}

void IndicatorStep::revalidate()
{
    canonical_.clear();
    QList<RuleIssue> knownGood;
    if (value_->text().trimmed().isEmpty()) {
        feedback_->setText(tr("Enter a value, or paste one (defanged forms are accepted)."));
        feedback_->setForegroundRole(QPalette::PlaceholderText);
    } else {
        const ValueCheck check = rules::checkValue(currentType(), value_->text());
        if (!check.ok()) {
            feedback_->setText(check.error->message);
            feedback_->setStyleSheet(Palette::errorBanner() + QStringLiteral(" padding: 3px;"));
        } else {
            canonical_ = check.canonical;
            knownGood = rules::knownGoodWarnings(currentType(), canonical_);
            QStringList lines{knownGood.isEmpty() ? tr("✓ Valid: %1").arg(breakable(canonical_))
                                                  : tr("Valid, but known good: %1").arg(breakable(canonical_))};
            for (const RuleIssue& w : check.warnings)
                lines << w.message;
            feedback_->setText(lines.join(u'\n'));
            feedback_->setStyleSheet(QString());
            feedback_->setForegroundRole(QPalette::WindowText);
        }
    }
    if (canonical_.isEmpty() && value_->text().trimmed().isEmpty())
        feedback_->setStyleSheet(QString());
    QStringList warnings;
    for (const RuleIssue& w : knownGood)
        warnings << w.message;
    knownGood_->setPlainText(warnings.join(u'\n'));
    knownGoodRow_->setVisible(!warnings.isEmpty());
    emit changed();
}

void IndicatorStep::chooseFile()
{
    const QString path = seams::openFile(this, tr("Choose a file to hash"), tr("All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto digests = digestFile(path, error);
    if (!digests) {
        feedback_->setText(error);
        return;
    }
    fileDigests_ = {{IndicatorType::FileSha256, digests->sha256},
                    {IndicatorType::FileSha1, digests->sha1},
                    {IndicatorType::FileMd5, digests->md5}};
    suggestedTitle_ = QFileInfo(path).fileName();
    value_->setText(fileDigests_.value(currentType()));
}

void IndicatorStep::uploadCertificate()
{
    const QString path = seams::openFile(this, tr("Upload a certificate"),
                                         tr("Certificates (*.cer *.crt *.pem *.der);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto thumbprint = certificateThumbprint(path, error);
    if (!thumbprint) {
        feedback_->setText(error);
        return;
    }
    suggestedTitle_ = QFileInfo(path).completeBaseName();
    value_->setText(thumbprint->sha1);
}

} // namespace indicia
