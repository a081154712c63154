#include "ui/pane/summary_step.h"

#include "models/rules/indicator_rules.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace indicia {

namespace {
QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString joined(const std::vector<std::string>& items)
{
    QStringList out;
    for (const std::string& s : items)
        out << QString::fromStdString(s);
    return out.join(QStringLiteral(", "));
}
} // namespace

SummaryStep::SummaryStep(QWidget* parent)
    : WizardStep(parent)
{
    auto* layout = new QVBoxLayout(this);
    details_ = new QLabel(this);
    details_->setObjectName(QStringLiteral("paneSummary"));
    details_->setTextFormat(Qt::RichText);
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    warnings_ = new QLabel(this);
    warnings_->setObjectName(QStringLiteral("paneWarnings"));
    warnings_->setWordWrap(true);
    warnings_->setTextFormat(Qt::PlainText);
    comment_ = new QLineEdit(this);
    comment_->setObjectName(QStringLiteral("paneComment"));
    comment_->setPlaceholderText(tr("Optional comment for the history"));
    layout->addWidget(details_);
    layout->addWidget(warnings_);
    layout->addStretch();
    layout->addWidget(comment_);
}

QString SummaryStep::title() const { return tr("Summary"); }

void SummaryStep::setWarnings(const QStringList& warnings)
{
    warnings_->setVisible(!warnings.isEmpty());
    QStringList lines;
    for (const QString& w : warnings)
        lines << tr("⚠ %1").arg(w);
    warnings_->setText(lines.join(u'\n'));
}

QString SummaryStep::comment() const
{
    return comment_->text().trimmed();
}

void SummaryStep::load(const Indicator& d)
{
    const QDateTime expiry = rules::toDateTime(d.expiration);
    QString html = QStringLiteral("<table>");
    html += row(tr("Type"), rules::typeLabel(d.type));
    // Zero-width spaces let a 64-digit hash wrap inside the pane.
    QString value = QString::fromStdString(d.value);
    for (qsizetype i = 16; i < value.size(); i += 17)
        value.insert(i, QChar(0x200B));
    html += row(tr("Value"), value);
    html += row(tr("Action"), rules::actionLabel(d.action));
    html += row(tr("Alert"), d.generateAlert ? tr("Yes, severity %1").arg(rules::severityName(d.severity)) : tr("No"));
    html += row(tr("Title"), QString::fromStdString(d.title));
    html += row(tr("Description"), QString::fromStdString(d.description));
    if (!d.category.empty())
        html += row(tr("Category"), QString::fromStdString(d.category));
    if (!d.mitreTechniques.empty())
        html += row(tr("MITRE techniques"), joined(d.mitreTechniques));
    if (!d.recommendedActions.empty())
        html += row(tr("Recommended actions"), QString::fromStdString(d.recommendedActions));
    if (!d.educateUrl.empty())
        html += row(tr("Educate URL"), QString::fromStdString(d.educateUrl));
    html += row(tr("Scope"), d.rbacGroups.empty() ? tr("All devices") : joined(d.rbacGroups));
    html += row(tr("Expires"), expiry.isValid() ? QLocale().toString(expiry, QLocale::ShortFormat) + QStringLiteral(" UTC")
                                                : tr("Never"));
    html += QStringLiteral("</table>");
    details_->setText(html);
}

} // namespace indicia
