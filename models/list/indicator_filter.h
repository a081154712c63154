#pragma once
// What a tab's list shows: free text on value and title, action, severity, scope and state,
// and the sort. Turned into one SQL WHERE/ORDER BY by IndicatorQuery.

#include "engine/indicator.h"
#include "models/store/workspace_store.h"

#include <QString>

#include <optional>

namespace indicia {

enum class ScopeFilter { Any, AllDevices, Group };

struct IndicatorFilter {
    QString text; // substring of value or title; defanged text is refanged first
    std::optional<Action> action;
    std::optional<Severity> severity;
    ScopeFilter scope = ScopeFilter::Any;
    QString group; // with ScopeFilter::Group
    IndicatorState state = IndicatorState::Any;

    friend bool operator==(const IndicatorFilter&, const IndicatorFilter&) = default;
};

} // namespace indicia
