#include "models/list/display_names.h"

#include <QCoreApplication>

namespace indicia::names {

namespace {

struct Name {
    std::string_view wire;
    const char* label; // QT_TRANSLATE_NOOP: lupdate finds it, translate() looks it up
};

constexpr Name kCategories[] = {
    {"Malware", QT_TRANSLATE_NOOP("Category", "Malware")},
    {"UnwantedSoftware", QT_TRANSLATE_NOOP("Category", "Unwanted software")},
    {"Ransomware", QT_TRANSLATE_NOOP("Category", "Ransomware")},
    {"CommandandControl", QT_TRANSLATE_NOOP("Category", "Command and control")},
    {"LateralMovement", QT_TRANSLATE_NOOP("Category", "Lateral movement")},
    {"Persistence", QT_TRANSLATE_NOOP("Category", "Persistence")},
    {"PrivilegeEscalation", QT_TRANSLATE_NOOP("Category", "Privilege escalation")},
    {"SuspiciousActivity", QT_TRANSLATE_NOOP("Category", "Suspicious activity")},
    {"Exploit", QT_TRANSLATE_NOOP("Category", "Exploit")},
    {"InitialAccess", QT_TRANSLATE_NOOP("Category", "Initial access")},
    {"Execution", QT_TRANSLATE_NOOP("Category", "Execution")},
    {"Exfiltration", QT_TRANSLATE_NOOP("Category", "Exfiltration")},
    {"Collection", QT_TRANSLATE_NOOP("Category", "Collection")},
    {"CredentialAccess", QT_TRANSLATE_NOOP("Category", "Credential access")},
    {"DefenseEvasion", QT_TRANSLATE_NOOP("Category", "Defense evasion")},
    {"Discovery", QT_TRANSLATE_NOOP("Category", "Discovery")},
    {"Impact", QT_TRANSLATE_NOOP("Category", "Impact")},
    {"None", QT_TRANSLATE_NOOP("Category", "None")},
};

// Indexed by the enum's value (engine/indicator.h order).
constexpr const char* kActions[] = {
    QT_TRANSLATE_NOOP("Action", "Allow"),
    QT_TRANSLATE_NOOP("Action", "Audit"),
    QT_TRANSLATE_NOOP("Action", "Warn"),
    QT_TRANSLATE_NOOP("Action", "Block"),
    QT_TRANSLATE_NOOP("Action", "Block and remediate"),
};
static_assert(std::size(kActions) == std::size(kAllActions));

constexpr const char* kSeverities[] = {
    QT_TRANSLATE_NOOP("Severity", "Informational"),
    QT_TRANSLATE_NOOP("Severity", "Low"),
    QT_TRANSLATE_NOOP("Severity", "Medium"),
    QT_TRANSLATE_NOOP("Severity", "High"),
};
static_assert(std::size(kSeverities) == std::size(kAllSeverities));

} // namespace

QString category(std::string_view wireName)
{
    for (const Name& name : kCategories)
        if (name.wire == wireName)
            return QCoreApplication::translate("Category", name.label);
    return QString::fromUtf8(wireName.data(), qsizetype(wireName.size()));
}

QString category(const QString& wireName)
{
    const QByteArray utf8 = wireName.toUtf8();
    return category(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

QString action(Action action)
{
    return QCoreApplication::translate("Action", kActions[std::size_t(action)]);
}

QString severity(Severity severity)
{
    return QCoreApplication::translate("Severity", kSeverities[std::size_t(severity)]);
}

} // namespace indicia::names
