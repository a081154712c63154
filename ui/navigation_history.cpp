#include "ui/navigation_history.h"

namespace indicia {

NavigationHistory::NavigationHistory(QObject* parent)
    : QObject(parent)
{
}

void NavigationHistory::visit(const NavigationEntry& entry)
{
    if (restoring_ || (cursor_ >= 0 && entries_.at(cursor_) == entry))
        return;
    entries_.resize(cursor_ + 1); // a new visit forgets the forward entries
    entries_.append(entry);
    if (entries_.size() > kMaxEntries)
        entries_.removeFirst();
    cursor_ = entries_.size() - 1;
    emit changed();
}

NavigationEntry NavigationHistory::back()
{
    if (canGoBack())
        --cursor_;
    emit changed();
    return entries_.value(cursor_);
}

NavigationEntry NavigationHistory::forward()
{
    if (canGoForward())
        ++cursor_;
    emit changed();
    return entries_.value(cursor_);
}

} // namespace indicia
