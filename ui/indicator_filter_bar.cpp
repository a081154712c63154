#include "ui/indicator_filter_bar.h"

#include "models/rules/indicator_rules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace indicia {

namespace {
constexpr int kDebounceMs = 120;

QComboBox* makeCombo(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}
} // namespace

IndicatorFilterBar::IndicatorFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("searchBox"));
    search_->setPlaceholderText(tr("Search value or title (Ctrl+F)"));
    search_->setAccessibleName(tr("Search indicators"));
    search_->setClearButtonEnabled(true);
    layout->addWidget(search_, 1);

    action_ = makeCombo(this, "filterAction", tr("Filter by action"));
    action_->addItem(tr("Any action"));
    for (Action a : kAllActions)
        action_->addItem(rules::actionLabel(a), static_cast<int>(a));
    severity_ = makeCombo(this, "filterSeverity", tr("Filter by severity"));
    severity_->addItem(tr("Any severity"));
    for (Severity s : kAllSeverities)
        severity_->addItem(rules::severityName(s), static_cast<int>(s));
    scope_ = makeCombo(this, "filterScope", tr("Filter by scope"));
    setGroups({});
    state_ = makeCombo(this, "filterState", tr("Filter by state"));
    state_->addItem(tr("Any state"), static_cast<int>(IndicatorState::Any));
    state_->addItem(tr("Active"), static_cast<int>(IndicatorState::Active));
    state_->addItem(tr("Expired"), static_cast<int>(IndicatorState::Expired));
    state_->addItem(tr("Pending sync"), static_cast<int>(IndicatorState::PendingSync));
    state_->addItem(tr("Conflict"), static_cast<int>(IndicatorState::Conflict));
    for (QComboBox* combo : {action_, severity_, scope_, state_}) {
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &IndicatorFilterBar::emitFilter);
    }

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(kDebounceMs);
    connect(search_, &QLineEdit::textChanged, debounce_, qOverload<>(&QTimer::start));
    connect(debounce_, &QTimer::timeout, this, &IndicatorFilterBar::emitFilter);
    connect(search_, &QLineEdit::returnPressed, this, &IndicatorFilterBar::emitFilter);
}

void IndicatorFilterBar::setGroups(const QStringList& groups)
{
    const QString current = scope_->currentText();
    const QSignalBlocker block(scope_);
    scope_->clear();
    scope_->addItem(tr("Any scope"), QStringLiteral("any"));
    scope_->addItem(tr("All devices"), QStringLiteral("all"));
    for (const QString& g : groups)
        scope_->addItem(g, QStringLiteral("group"));
    scope_->setCurrentIndex(std::max(0, scope_->findText(current)));
}

IndicatorFilter IndicatorFilterBar::filter() const
{
    IndicatorFilter f;
    f.text = search_->text();
    if (action_->currentIndex() > 0)
        f.action = static_cast<Action>(action_->currentData().toInt());
    if (severity_->currentIndex() > 0)
        f.severity = static_cast<Severity>(severity_->currentData().toInt());
    const QString scope = scope_->currentData().toString();
    if (scope == u"all")
        f.scope = ScopeFilter::AllDevices;
    if (scope == u"group") {
        f.scope = ScopeFilter::Group;
        f.group = scope_->currentText();
    }
    f.state = static_cast<IndicatorState>(state_->currentData().toInt());
    return f;
}

void IndicatorFilterBar::emitFilter()
{
    debounce_->stop();
    emit filterChanged(filter());
}

} // namespace indicia
