#pragma once
// An indicator as the tenant holds it: the engine's record (canonical value, action, groups,
// expiry...) plus the entity fields of indicators-api.md 2.1 that the engine does not model.

#include "engine/indicator.h"
#include "service/api_reply.h"

#include <QString>
#include <QStringList>

namespace indicia::service {

// What a submit or an import item asks for, once parsed and validated.
struct SubmittedIndicator {
    Indicator core;
    // The action as the client named it, in its documented spelling: the 2019 names Alert and
    // AlertAndBlock are stored and echoed as sent (core.action holds what they enforce).
    QString actionName;
    // rbacGroupIds as sent, before they are resolved against the catalog's device groups.
    QStringList groupIds;
    bool groupIdsGiven = false;
    QString application; // applied on create only (indicators-api.md 1.5)
    // Fields kept as given and echoed back: category (as a number), bypassDurationHours,
    // historicalDetection, lookBackPeriod, notification*, version, additionalInfo,
    // certificateInfo, mitreTechniques.
    Json extras = Json::object();
};

struct StoredIndicator {
    qint64 id = 0;
    SubmittedIndicator content;
    QString createdBy;
    QString createdByDisplayName;
    QString createdBySource;
    QString lastUpdatedBy;
    qint64 creationMs = 0;
    qint64 lastUpdateMs = 0;
};

} // namespace indicia::service
