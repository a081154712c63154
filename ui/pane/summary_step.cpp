#include "ui/pane/summary_step.h"

#include "models/list/display_names.h"
#include "models/rules/indicator_rules.h"
#include "ui/wrapping_text_view.h"

#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <functional>

namespace indicia {

namespace {

QString joined(const std::vector<std::string>& items)
{
    QStringList out;
    for (const std::string& s : items)
        out << QString::fromStdString(s);
    return out.join(QStringLiteral(", "));
}

// One field as the summary shows it; `monospace` for values read digit by digit.
struct Field {
    QString label;
    std::function<QString(const Indicator&)> text;
    bool monospace = false;
    bool optional = false; // left out of a new indicator's summary when empty
};

QString cell(const QString& text, bool monospace)
{
    const QString escaped = text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    return monospace ? QStringLiteral("<span style='font-family:monospace'>%1</span>").arg(escaped) : escaped;
}

} // namespace

SummaryStep::SummaryStep(QWidget* parent)
    : WizardStep(parent)
{
    auto* layout = new QVBoxLayout(this);
    details_ = new WrappingTextView(this);
    details_->setObjectName(QStringLiteral("paneSummary"));
    details_->setAccessibleName(tr("Summary"));
    warnings_ = new WrappingTextView(this);
    warnings_->setObjectName(QStringLiteral("paneWarnings"));
    warnings_->setAccessibleName(tr("Warnings"));
    comment_ = new QLineEdit(this);
    comment_->setObjectName(QStringLiteral("paneComment"));
    comment_->setPlaceholderText(tr("Optional comment for the history"));
    layout->addWidget(details_);
    layout->addWidget(warnings_);
    layout->addStretch();
    layout->addWidget(comment_);
}

QString SummaryStep::title() const { return tr("Summary"); }

void SummaryStep::reset()
{
    comment_->clear();
    original_.reset();
    warnings_->clear();
    details_->clear();
}

void SummaryStep::setWarnings(const QStringList& warnings)
{
    warnings_->setVisible(!warnings.isEmpty());
    QStringList lines;
    for (const QString& w : warnings)
        lines << tr("⚠ %1").arg(w);
    warnings_->setPlainText(lines.join(u'\n'));
}

QString SummaryStep::comment() const
{
    return comment_->text().trimmed();
}

void SummaryStep::load(const Indicator& d)
{
    const auto expires = [](const Indicator& i) {
        const QDateTime expiry = rules::toDateTime(i.expiration);
        return expiry.isValid() ? QLocale().toString(expiry, QLocale::ShortFormat) + QStringLiteral(" UTC")
                                : tr("Never");
    };
    const auto text = [](const std::string& s) { return QString::fromStdString(s); };
    const std::vector<Field> fields = {
        {tr("Type"), [](const Indicator& i) { return rules::typeLabel(i.type); }},
        {tr("Value"), [&](const Indicator& i) { return text(i.value); }, true},
        {tr("Action"), [](const Indicator& i) { return names::action(i.action); }},
        {tr("Alert"), [](const Indicator& i) { return i.generateAlert ? tr("Yes") : tr("No"); }},
        {tr("Severity"), [](const Indicator& i) { return names::severity(i.severity); }},
        {tr("Title"), [&](const Indicator& i) { return text(i.title); }},
        {tr("Description"), [&](const Indicator& i) { return text(i.description); }},
        {tr("Category"), [](const Indicator& i) { return names::category(i.category); }, false, true},
        {tr("MITRE techniques"), [](const Indicator& i) { return joined(i.mitreTechniques); }, false, true},
        {tr("Recommended actions"), [&](const Indicator& i) { return text(i.recommendedActions); }, false, true},
        {tr("Educate URL"), [&](const Indicator& i) { return text(i.educateUrl); }, true, true},
        {tr("Scope"), [](const Indicator& i) { return i.rbacGroups.empty() ? tr("All devices") : joined(i.rbacGroups); }},
        {tr("Expires"), expires},
    };
    const QString none = tr("(none)");
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    int changes = 0;
    for (const Field& field : fields) {
        const QString after = field.text(d);
        QString shown;
        if (original_) {
            // An edit lists every field, so nothing changes unseen.
            const QString before = field.text(*original_);
            if (before != after) {
                ++changes;
                shown = tr("%1 → %2").arg(
                    QStringLiteral("<s>%1</s>").arg(before.isEmpty() ? none : cell(before, field.monospace)),
                    QStringLiteral("<b>%1</b>").arg(after.isEmpty() ? none : cell(after, field.monospace)));
            } else {
                shown = after.isEmpty() ? none : cell(after, field.monospace);
            }
        } else {
            if (field.optional && after.isEmpty())
                continue;
            shown = cell(after, field.monospace);
        }
        html += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(field.label.toHtmlEscaped(), shown);
    }
    html += QStringLiteral("</table>");
    if (original_ && changes == 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing changed.").toHtmlEscaped());
    details_->setHtml(html);
}

} // namespace indicia
