#include "models/search/workspace_lookup.h"

#include "engine/normalise.h"
#include "models/rules/indicator_rules.h"
#include "models/store/indicator_sql.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace indicia {

namespace {

// Rows read per LIKE query before ranking: enough that exact and prefix matches among
// them surface, few enough that a common word in a million titles stays quick.
constexpr int kScanCap = 200;

QString likePattern(const QString& text)
{
    QString out = QStringLiteral("%");
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'%';
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

SearchHits WorkspaceLookup::search(const QSqlDatabase& db, const QString& query, int limitPerKind, QString& error)
{
    const QString text = query.trimmed();
    if (text.isEmpty())
        return {};
    SearchHits hits = indicators(db, text, limitPerKind, error);
    if (error.isEmpty())
        hits += machines(db, text, limitPerKind, error);
    return error.isEmpty() ? hits : SearchHits();
}

SearchHits WorkspaceLookup::indicators(const QSqlDatabase& db, const QString& query, int limit, QString& error)
{
    // Analysts paste defanged values; search for what the store holds.
    const QByteArray utf8 = query.toUtf8();
    const QString refanged = qs(refang(std::string_view(utf8.constData(), std::size_t(utf8.size()))));
    // The exact value first, on the (tab, value) index (values are stored canonical: lower
    // case hashes and names), then a bounded substring scan of values and titles.
    QSqlQuery exact(db);
    exact.prepare(fullIndicatorSelect() + QStringLiteral(" WHERE tab IN (0, 1, 2, 3) AND value IN (?, ?)"));
    exact.addBindValue(refanged);
    exact.addBindValue(refanged.toLower());
    QSqlQuery like(db);
    like.prepare(fullIndicatorSelect()
                 + QStringLiteral(" WHERE value LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' LIMIT %1").arg(kScanCap));
    like.addBindValue(likePattern(refanged));
    like.addBindValue(likePattern(refanged));
    SearchHits hits;
    QSet<qint64> seen;
    for (QSqlQuery* q : {&exact, &like}) {
        if (!q->exec()) {
            error = tr("Cannot search the workspace: %1").arg(q->lastError().text());
            return {};
        }
        while (q->next()) {
            const IndicatorRecord record = recordFromQuery(*q);
            const QString value = qs(record.indicator.value);
            const QString title = qs(record.indicator.title);
            const int byValue = matchRank(value, refanged);
            const int byTitle = matchRank(title, refanged);
            const int rank = byValue < 0 ? byTitle : byTitle < 0 ? byValue : std::min(byValue, byTitle);
            if (rank < 0 || seen.contains(qint64(record.id)))
                continue; // (LIKE folds only ASCII case; matchRank folds all of it, and wins)
            seen.insert(qint64(record.id));
            QStringList detail{rules::typeLabel(record.indicator.type), rules::actionLabel(record.indicator.action)};
            if (!title.isEmpty())
                detail << title;
            hits << SearchHit{SearchHitKind::Indicator, value, detail.join(QStringLiteral(" · ")), {},
                              qint64(record.id), rank};
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.rank < b.rank; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

SearchHits WorkspaceLookup::machines(const QSqlDatabase& db, const QString& query, int limit, QString& error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, group_name FROM machines WHERE name LIKE ? ESCAPE '\\' LIMIT %1").arg(kScanCap));
    q.addBindValue(likePattern(query));
    if (!q.exec()) {
        error = tr("Cannot search the workspace: %1").arg(q.lastError().text());
        return {};
    }
    SearchHits hits;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString group = q.value(1).toString();
        const int rank = matchRank(name, query);
        if (rank < 0)
            continue;
        hits << SearchHit{SearchHitKind::Machine, name, group.isEmpty() ? QString() : tr("device group %1").arg(group),
                          name, 0, rank};
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.rank < b.rank; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace indicia
