#pragma once
// One row or entry read from an import source, after normalisation and validation.

#include "engine/indicator.h"
#include "engine/issue.h"

#include <cstddef>
#include <optional>
#include <string>

namespace indicia {

struct ImportRow {
    std::size_t row = 0;   // 1-based data-row number (CSV) or line number (plain lists)
    std::size_t line = 0;  // 1-based physical line where it starts
    std::string raw;       // the indicator value as written
    std::optional<IndicatorType> type; // as written or detected; empty when unknown
    Indicator indicator;   // filled as far as it could be read; value canonical when valid
    Issues errors;         // empty = valid
    Issues warnings;
    bool valid() const { return errors.empty(); }
    // Back to a default row, keeping the strings' capacity: readers that fill one row after
    // another reuse it instead of allocating every field again.
    void clear()
    {
        row = line = 0;
        raw.clear();
        type.reset();
        static const Indicator defaults;
        Indicator& i = indicator;
        i.type = defaults.type;
        i.value.clear();
        i.action = defaults.action;
        i.severity = defaults.severity;
        i.generateAlert = false;
        i.title.clear();
        i.description.clear();
        i.recommendedActions.clear();
        i.category.clear();
        i.mitreTechniques.clear();
        i.rbacGroups.clear();
        i.expiration.reset();
        i.educateUrl.clear();
        i.externalId.clear();
        errors.clear();
        warnings.clear();
    }
};

} // namespace indicia
