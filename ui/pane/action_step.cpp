#include "ui/pane/action_step.h"

#include "models/list/display_names.h"
#include "models/rules/indicator_rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace indicia {

namespace {
QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}
} // namespace

ActionStep::ActionStep(QWidget* parent)
    : WizardStep(parent)
{
    auto* form = new QFormLayout(this);
    action_ = new QComboBox(this);
    action_->setObjectName(QStringLiteral("paneAction"));
    action_->setAccessibleName(tr("Action"));
    form->addRow(tr("&Action"), action_);

    generateAlert_ = new QCheckBox(tr("&Generate alert"), this);
    generateAlert_->setObjectName(QStringLiteral("paneGenerateAlert"));
    form->addRow(QString(), generateAlert_);

    title_ = new QLineEdit(this);
    title_->setObjectName(QStringLiteral("paneTitle"));
    title_->setPlaceholderText(tr("Required: shown in alerts and in the list"));
    form->addRow(tr("Alert &title"), title_);

    severity_ = new QComboBox(this);
    severity_->setObjectName(QStringLiteral("paneSeverity"));
    for (Severity s : kAllSeverities)
        severity_->addItem(rules::severityName(s), static_cast<int>(s));
    form->addRow(tr("&Severity"), severity_);

    category_ = new QComboBox(this);
    category_->setObjectName(QStringLiteral("paneCategory"));
    category_->addItem(QString(), QString());
    for (const QString& wire : rules::categories()) // shown by name, saved as the portal spells it
        category_->addItem(names::category(wire), wire);
    form->addRow(tr("&Category"), category_);

    mitre_ = new QLineEdit(this);
    mitre_->setObjectName(QStringLiteral("paneMitre"));
    mitre_->setPlaceholderText(tr("e.g. T1059, T1204.002"));
    form->addRow(tr("&MITRE techniques"), mitre_);

    description_ = new QPlainTextEdit(this);
    description_->setObjectName(QStringLiteral("paneDescription"));
    description_->setTabChangesFocus(true);
    description_->setPlaceholderText(tr("Required: why this indicator exists"));
    description_->setMaximumHeight(80);
    form->addRow(tr("&Description"), description_);

    recommended_ = new QPlainTextEdit(this);
    recommended_->setObjectName(QStringLiteral("paneRecommendedActions"));
    recommended_->setTabChangesFocus(true);
    recommended_->setMaximumHeight(60);
    form->addRow(tr("&Recommended actions"), recommended_);

    educateUrl_ = new QLineEdit(this);
    educateUrl_->setObjectName(QStringLiteral("paneEducateUrl"));
    educateUrl_->setPlaceholderText(tr("https://intranet.example/why-blocked"));
    educateLabel_ = new QLabel(tr("&Educate URL"), this);
    educateLabel_->setBuddy(educateUrl_);
    form->addRow(educateLabel_, educateUrl_);

    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("paneActionHint"));
    hint_->setWordWrap(true);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint_);

    connect(action_, &QComboBox::currentIndexChanged, this, &ActionStep::updateDependentFields);
    for (QLineEdit* edit : {title_, mitre_, educateUrl_})
        connect(edit, &QLineEdit::textChanged, this, &ActionStep::updateDependentFields);
    connect(description_, &QPlainTextEdit::textChanged, this, &ActionStep::updateDependentFields);
    connect(generateAlert_, &QCheckBox::toggled, this, &ActionStep::updateDependentFields);
}

QString ActionStep::title() const { return tr("Action"); }

void ActionStep::setType(IndicatorType type)
{
    type_ = type;
    const Action previous = currentAction();
    const QSignalBlocker block(action_);
    action_->clear();
    for (Action a : rules::allowedActions(type))
        action_->addItem(rules::actionLabel(a), static_cast<int>(a));
    const int keep = action_->findData(static_cast<int>(previous));
    action_->setCurrentIndex(keep >= 0 ? keep : action_->findData(static_cast<int>(
                                                    type == IndicatorType::CertificateThumbprint
                                                        ? Action::BlockAndRemediate
                                                        : Action::Block)));
    updateDependentFields();
}

void ActionStep::suggestTitle(const QString& title)
{
    if (title_->text().isEmpty() && !title.isEmpty())
        title_->setText(title);
}

Action ActionStep::currentAction() const
{
    return action_->count() ? static_cast<Action>(action_->currentData().toInt()) : Action::Block;
}

void ActionStep::load(const Indicator& draft)
{
    setType(draft.type);
    action_->setCurrentIndex(std::max(0, action_->findData(static_cast<int>(draft.action))));
    generateAlert_->setChecked(draft.generateAlert);
    title_->setText(QString::fromStdString(draft.title));
    severity_->setCurrentIndex(severity_->findData(static_cast<int>(draft.severity)));
    const QString category = QString::fromStdString(draft.category);
    if (category_->findData(category) < 0) // imported from elsewhere: keep it as written
        category_->addItem(category, category);
    category_->setCurrentIndex(category_->findData(category));
    QStringList techniques;
    for (const std::string& t : draft.mitreTechniques)
        techniques << QString::fromStdString(t);
    mitre_->setText(techniques.join(QStringLiteral(", ")));
    description_->setPlainText(QString::fromStdString(draft.description));
    recommended_->setPlainText(QString::fromStdString(draft.recommendedActions));
    educateUrl_->setText(QString::fromStdString(draft.educateUrl));
    updateDependentFields();
}

void ActionStep::save(Indicator& draft) const
{
    draft.action = currentAction();
    draft.generateAlert = generateAlert_->isChecked();
    draft.title = title_->text().trimmed().toStdString();
    draft.severity = static_cast<Severity>(severity_->currentData().toInt());
    draft.category = category_->currentData().toString().toStdString();
    draft.mitreTechniques.clear();
    for (const QString& t : splitList(mitre_->text()))
        draft.mitreTechniques.push_back(t.toUpper().toStdString());
    draft.description = description_->toPlainText().trimmed().toStdString();
    draft.recommendedActions = recommended_->toPlainText().trimmed().toStdString();
    draft.educateUrl = !educateUrl_->isHidden() ? educateUrl_->text().trimmed().toStdString() : std::string();
}

QStringList ActionStep::problems() const
{
    Indicator probe;
    probe.type = type_;
    probe.value = "placeholder"; // the value was checked in step 1; only this step's fields matter here
    save(probe);
    QStringList out;
    for (const RuleIssue& issue : rules::checkIndicator(probe).errors)
        if (issue.code != u"expiry-past")
            out << issue.message;
    return out;
}

bool ActionStep::isComplete() const
{
    return problems().isEmpty();
}

void ActionStep::updateDependentFields()
{
    const Action action = currentAction();
    const bool network = familyOf(type_) == IndicatorFamily::Network;
    const bool educate = network && (action == Action::Warn || action == Action::Block);
    educateLabel_->setVisible(educate);
    educateUrl_->setVisible(educate);
    if (action == Action::Audit && !generateAlert_->isChecked())
        generateAlert_->setChecked(true); // Audit exists to alert; MDE requires it
    // Errors first (they keep Next disabled), then the warnings of this step's fields that
    // would otherwise only show on the summary (an unknown MITRE technique).
    QStringList lines = problems();
    Indicator probe;
    probe.type = type_;
    probe.value = "placeholder";
    save(probe);
    for (const RuleIssue& w : rules::checkIndicator(probe).warnings)
        if (w.column == u"MitreTechniques")
            lines << tr("⚠ %1").arg(w.message);
    hint_->setText(lines.join(u'\n'));
    emit changed();
}

} // namespace indicia
