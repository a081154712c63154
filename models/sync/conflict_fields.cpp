#include "models/sync/conflict_fields.h"

#include "models/list/display_names.h"
#include "models/rules/indicator_rules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace indicia {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// The list's own words (IndicatorTableModel), so both say the same.
QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("IndicatorTableModel", "Yes")
                 : QCoreApplication::translate("IndicatorTableModel", "No");
}

QString expiryText(const Indicator& indicator)
{
    const QDateTime at = rules::toDateTime(indicator.expiration);
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QCoreApplication::translate("IndicatorTableModel", "Never");
}

QString joined(const std::vector<std::string>& items)
{
    QStringList out;
    for (const std::string& item : items)
        out << qs(item);
    return out.join(QStringLiteral(", "));
}

} // namespace

const std::vector<ConflictField>& conflictFields()
{
    static const std::vector<ConflictField> fields = {
        {QT_TRANSLATE_NOOP("ConflictDialog", "Action"), "action",
         [](const Indicator& i) { return rules::actionLabel(i.action); },
         [](Indicator& a, const Indicator& b) { a.action = b.action; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Severity"), "severity",
         [](const Indicator& i) { return rules::severityName(i.severity); },
         [](Indicator& a, const Indicator& b) { a.severity = b.severity; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Generate alert"), "generateAlert",
         [](const Indicator& i) { return yesNo(i.generateAlert); },
         [](Indicator& a, const Indicator& b) { a.generateAlert = b.generateAlert; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Title"), "title", [](const Indicator& i) { return qs(i.title); },
         [](Indicator& a, const Indicator& b) { a.title = b.title; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Description"), "description",
         [](const Indicator& i) { return qs(i.description); },
         [](Indicator& a, const Indicator& b) { a.description = b.description; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Recommended actions"), "recommendedActions",
         [](const Indicator& i) { return qs(i.recommendedActions); },
         [](Indicator& a, const Indicator& b) { a.recommendedActions = b.recommendedActions; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Category"), "category", [](const Indicator& i) { return names::category(i.category); },
         [](Indicator& a, const Indicator& b) { a.category = b.category; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "MITRE techniques"), "mitre",
         [](const Indicator& i) { return joined(i.mitreTechniques); },
         [](Indicator& a, const Indicator& b) { a.mitreTechniques = b.mitreTechniques; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Expires"), "expiration", expiryText,
         [](Indicator& a, const Indicator& b) { a.expiration = b.expiration; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "Educate URL"), "educateUrl",
         [](const Indicator& i) { return qs(i.educateUrl); },
         [](Indicator& a, const Indicator& b) { a.educateUrl = b.educateUrl; }},
        {QT_TRANSLATE_NOOP("ConflictDialog", "External id"), "externalId",
         [](const Indicator& i) { return qs(i.externalId); },
         [](Indicator& a, const Indicator& b) { a.externalId = b.externalId; }},
    };
    return fields;
}

} // namespace indicia
