#include "ui/prompt_text.h"

namespace indicia {

QString PromptText::namedList(const QStringList& values, qsizetype total)
{
    total = std::max(total, values.size());
    const QStringList shown = values.mid(0, kShown);
    const QString list = shown.join(tr(", "));
    const qsizetype more = total - shown.size();
    return more > 0 ? tr("%1 and %n more", nullptr, int(more)).arg(list) : list;
}

} // namespace indicia
