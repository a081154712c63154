#include "models/rules/indicator_rules.h"

#include "engine/normalise.h"
#include "engine/validate.h"
#include "models/list/display_names.h"

#include <QCoreApplication>

namespace indicia::rules {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

RuleIssue toRuleIssue(const Issue& issue)
{
    return {qs(issue.code), qs(issue.message), qs(issue.column)};
}

QList<RuleIssue> toRuleIssues(const Issues& issues)
{
    QList<RuleIssue> out;
    out.reserve(static_cast<qsizetype>(issues.size()));
    for (const Issue& issue : issues)
        out << toRuleIssue(issue);
    return out;
}

} // namespace

QString typeName(IndicatorType type) { return qs(toString(type)); }
QString typeLabel(IndicatorType type) { return QCoreApplication::translate("IndicatorType", displayName(type).data()); }
QString actionName(Action action) { return qs(toString(action)); }
QString actionLabel(Action action) { return names::action(action); }
QString severityName(Severity severity) { return names::severity(severity); }

QString tabLabel(TabKind tab)
{
    switch (tab) {
    case TabKind::FileHashes: return QCoreApplication::translate("Tabs", "File hashes");
    case TabKind::IpAddresses: return QCoreApplication::translate("Tabs", "IP addresses");
    case TabKind::UrlsDomains: return QCoreApplication::translate("Tabs", "URLs/Domains");
    case TabKind::Certificates: return QCoreApplication::translate("Tabs", "Certificates");
    }
    return {};
}

QList<IndicatorType> typesOfTab(TabKind tab)
{
    QList<IndicatorType> out;
    for (IndicatorType type : kAllIndicatorTypes)
        if (tabOf(type) == tab)
            out << type;
    // The strongest hash first: it is what the wizard should offer by default.
    std::stable_sort(out.begin(), out.end(),
                     [](IndicatorType a, IndicatorType b) { return hashStrength(a) > hashStrength(b); });
    return out;
}

QList<Action> allowedActions(IndicatorType type)
{
    QList<Action> out;
    for (Action action : indicia::allowedActions(type))
        out << action;
    return out;
}

QStringList categories()
{
    QStringList out;
    for (std::string_view name : knownCategories())
        out << qs(name);
    return out;
}

ValueCheck checkValue(IndicatorType type, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const Normalised result = normalise(type, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    ValueCheck check;
    if (result.value)
        check.canonical = QString::fromStdString(*result.value);
    if (result.error)
        check.error = toRuleIssue(*result.error);
    check.warnings = toRuleIssues(result.warnings);
    return check;
}

IndicatorCheck checkIndicator(const Indicator& indicator, const QDateTime& now)
{
    ValidateOptions options;
    options.now = toTimePoint(now).value_or(TimePoint{});
    const Validation validation = validateIndicator(indicator, options);
    return {toRuleIssues(validation.errors), toRuleIssues(validation.warnings)};
}

std::optional<TimePoint> toTimePoint(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return std::nullopt;
    return TimePoint{std::chrono::seconds{dateTime.toSecsSinceEpoch()}};
}

QDateTime toDateTime(const std::optional<TimePoint>& t)
{
    if (!t)
        return {};
    return QDateTime::fromSecsSinceEpoch(t->time_since_epoch().count(), Qt::UTC);
}

} // namespace indicia::rules
