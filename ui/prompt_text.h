#pragma once
// Destructive prompts name what they change: the value itself, or the first few values and
// how many more ("a, b, c and 12 more"), never only a count.

#include <QCoreApplication>
#include <QStringList>

namespace indicia {

class PromptText {
    Q_DECLARE_TR_FUNCTIONS(PromptText)
public:
    static constexpr qsizetype kShown = 3;
    // The first kShown of `values`, then "and N more" for the rest of `total` (at least
    // values.size()).
    static QString namedList(const QStringList& values, qsizetype total = -1);
};

} // namespace indicia
