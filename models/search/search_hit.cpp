#include "models/search/search_hit.h"

#include <algorithm>

namespace indicia {

QString SearchHitText::kindLabel(SearchHitKind kind)
{
    switch (kind) {
    case SearchHitKind::Hash: return tr("Hash");
    case SearchHitKind::File: return tr("File");
    case SearchHitKind::Machine: return tr("Machine");
    case SearchHitKind::Indicator: return tr("Indicator");
    }
    return {};
}

int matchRank(const QString& text, const QString& query)
{
    if (query.isEmpty())
        return -1;
    if (text.compare(query, Qt::CaseInsensitive) == 0)
        return 0;
    if (text.startsWith(query, Qt::CaseInsensitive))
        return 1;
    return text.contains(query, Qt::CaseInsensitive) ? 2 : -1;
}

void sortHits(SearchHits& hits)
{
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.text.compare(b.text, Qt::CaseInsensitive) < 0;
    });
}

} // namespace indicia
