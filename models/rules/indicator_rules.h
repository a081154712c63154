#pragma once
// The engine's indicator rules in Qt types, for the UI. The UI never includes engine
// normalisation or validation headers itself: it asks here, so there is one translation
// point between engine results (std::string, Issue) and what widgets show (QString).

#include "engine/indicator.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace indicia {

struct RuleIssue {
    QString code;
    QString message;
    QString column;
};

struct ValueCheck {
    QString canonical; // set when valid
    std::optional<RuleIssue> error;
    QList<RuleIssue> warnings;
    bool ok() const { return !error.has_value(); }
};

struct IndicatorCheck {
    QList<RuleIssue> errors;
    QList<RuleIssue> warnings;
    bool ok() const { return errors.isEmpty(); }
};

namespace rules {

QString typeName(IndicatorType type);     // "FileSha256"
QString typeLabel(IndicatorType type);    // "SHA-256"
QString actionName(Action action);        // "BlockAndRemediate"
QString actionLabel(Action action);       // "Block and remediate"
QString severityName(Severity severity);  // "High"
QString tabLabel(TabKind tab);            // "File hashes"
QList<IndicatorType> typesOfTab(TabKind tab);
QList<Action> allowedActions(IndicatorType type);
QStringList categories();

ValueCheck checkValue(IndicatorType type, const QString& text);
// Record-level rules (value must already be canonical), as of `now`.
IndicatorCheck checkIndicator(const Indicator& indicator, const QDateTime& now = QDateTime::currentDateTimeUtc());

std::optional<TimePoint> toTimePoint(const QDateTime& dateTime);
QDateTime toDateTime(const std::optional<TimePoint>& t); // invalid QDateTime = never

} // namespace rules
} // namespace indicia
