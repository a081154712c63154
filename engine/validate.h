#pragma once
// Record-level rules for a whole indicator (beyond its value): required fields, actions
// allowed per type, Audit needs generateAlert, expiry not in the past, educate URL only on
// network Warn/Block, known categories and MITRE ids.

#include "engine/indicator.h"
#include "engine/issue.h"

namespace indicia {

struct ValidateOptions {
    TimePoint now;                 // expiry must be after this
    bool requireTitleAndDescription = true;
};

// Errors block saving; warnings do not. `indicator.value` must already be canonical.
struct Validation {
    Issues errors;
    Issues warnings;
    bool ok() const { return errors.empty(); }
};
Validation validateIndicator(const Indicator& indicator, const ValidateOptions& options);

} // namespace indicia
