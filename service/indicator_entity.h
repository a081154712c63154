#pragma once
// An indicator as the tenant holds it: the engine's record (canonical value, action, groups,
// expiry...) plus the entity fields of indicators-api.md 2.1 that the engine does not model.

#include "engine/indicator.h"
#include "service/api_reply.h"

#include <QString>

namespace indicia::service {

// What a submit or an import item asks for, once parsed and validated.
struct SubmittedIndicator {
    Indicator core;
    QString application; // applied on create only (indicators-api.md 1.5)
    // Fields kept as given and echoed back: category (number or name), bypassDurationHours,
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
