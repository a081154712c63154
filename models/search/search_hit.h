#pragma once
// One thing Ctrl+K found: a file (by name), a hash, a machine or an indicator, with what
// the completion list shows and where choosing it goes. Only things that exist in the
// workspace or the loaded telemetry become hits, plus one deliberate exception: a complete
// file hash seen nowhere is still a Hash hit, because "did this hash from a report ever run
// here?" is answered by its file page ("not seen in the loaded telemetry", with Block).

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace indicia {

enum class SearchHitKind { Hash, File, Machine, Indicator };

struct SearchHit {
    SearchHitKind kind = SearchHitKind::File;
    QString text;   // what was matched: a file name, a hash, a machine name, an indicator value
    QString detail; // a second line of context (the file's hash, the machine's group, ...)
    QString target; // File, Hash: the hash to open; Machine: the machine name
    qint64 indicatorId = 0; // Indicator: the row to select
    int rank = 0;   // 0 exact, 1 prefix, 2 substring: lower sorts first

    friend bool operator==(const SearchHit& a, const SearchHit& b)
    {
        return a.kind == b.kind && a.text == b.text && a.target == b.target && a.indicatorId == b.indicatorId;
    }
};

using SearchHits = QList<SearchHit>;

struct SearchHitText {
    Q_DECLARE_TR_FUNCTIONS(SearchHitText)
public:
    static QString kindLabel(SearchHitKind kind); // "Hash", "File", "Machine", "Indicator"
};

// How `text` matches `query` (case-insensitive): 0 equal, 1 prefix, 2 inside, -1 not at all.
int matchRank(const QString& text, const QString& query);

// Best first: rank, then kind (Hash, File, Machine, Indicator), then text.
void sortHits(SearchHits& hits);

} // namespace indicia

Q_DECLARE_METATYPE(indicia::SearchHit)
