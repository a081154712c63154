#pragma once
// The indicator entity on the wire (indicators-api.md 2.1): camelCase, numeric-text ids,
// DateTimeOffsets with a 7-digit fraction and Z, rbacGroupNames/rbacGroupIds as arrays.

#include "service/indicator_entity.h"

#include <QHash>

namespace indicia::service {

// "2024-01-31T12:00:00.1230000Z"
QString formatEntityTime(qint64 msSinceEpoch);

// `groupIds` maps device-group names to their ids (from the machine groups the tenant holds).
Json indicatorToJson(const StoredIndicator& indicator, const QHash<QString, QString>& groupIds);

} // namespace indicia::service
