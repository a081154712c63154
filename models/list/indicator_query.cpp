#include "models/list/indicator_query.h"

#include "engine/normalise.h"
#include "models/store/indicator_record.h"

namespace indicia {

namespace {

// Expressions the list sorts by. Never-expiring indicators sort after every date.
QString sortExpressionOf(ListColumn column)
{
    switch (column) {
    case ListColumn::Value: return QStringLiteral("value");
    case ListColumn::Type: return QStringLiteral("type");
    case ListColumn::Action: return QStringLiteral("action");
    case ListColumn::Alert: return QStringLiteral("generate_alert");
    case ListColumn::Severity: return QStringLiteral("severity");
    case ListColumn::Scope: return QStringLiteral("scope_key");
    case ListColumn::Expires: return QString::fromLatin1(kExpiresKey.data(), qsizetype(kExpiresKey.size()));
    case ListColumn::CreatedBy: return QStringLiteral("created_by");
    case ListColumn::Created: return QStringLiteral("id"); // ids grow with creation time
    case ListColumn::LastUpdated: return QStringLiteral("updated_at");
    case ListColumn::SyncState: return QStringLiteral("sync_state");
    case ListColumn::Count: break;
    }
    return QStringLiteral("id");
}

QString escapeLike(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

// The canonical value when `text` is a complete hash or IP of the tab's types; empty
// otherwise (domains and URLs stay substring searches: "example.com" should also find
// "www.example.com").
QString exactValue(TabKind tab, const QString& text)
{
    if (text.size() < 7)
        return {};
    const QByteArray utf8 = text.toUtf8();
    const std::string_view raw(utf8.constData(), size_t(utf8.size()));
    for (IndicatorType type : kAllIndicatorTypes) {
        if (tabOf(type) != tab || type == IndicatorType::DomainName || type == IndicatorType::Url)
            continue;
        NormaliseOptions options;
        options.refuseNonPublicIp = false;
        if (const Normalised n = normalise(type, raw, options); n.value)
            return QString::fromStdString(*n.value);
    }
    return {};
}

} // namespace

IndicatorQuery::IndicatorQuery(TabKind tab, const IndicatorFilter& filter, ListColumn sortColumn, bool descending,
                               qint64 now)
    : tab_(tab), filter_(filter), sortColumn_(sortColumn), descending_(descending), now_(now)
{
}

QString IndicatorQuery::sortExpression() const
{
    // With an exact value the identity index finds the one or few rows at once; a unary +
    // keeps SQLite from walking a sort index over the whole tab instead.
    const QString prefix = exactValue(tab_, filter_.text.trimmed()).isEmpty() ? QString() : QStringLiteral("+");
    return prefix + sortExpressionOf(sortColumn_);
}

SqlFragment IndicatorQuery::where() const
{
    SqlFragment w{QStringLiteral(" WHERE tab = ?"), {tabCode(tab_)}};
    const QString text = filter_.text.trimmed();
    if (const QString exact = exactValue(tab_, text); !exact.isEmpty()) {
        // A pasted hash, address or domain: an exact lookup on the identity index instead of
        // a scan of every row (a full SHA-256 is not a substring of anything else).
        w.sql += QStringLiteral(" AND value = ?");
        w.values << exact;
    } else if (!text.isEmpty()) {
        // Analysts paste defanged values; search for what the store holds.
        const QByteArray utf8 = text.toUtf8();
        const QString refanged = QString::fromStdString(refang(std::string_view(utf8.constData(), size_t(utf8.size()))));
        w.sql += QStringLiteral(" AND (value LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\')");
        const QString pattern = u'%' + escapeLike(refanged) + u'%';
        w.values << pattern << pattern;
    }
    if (filter_.action) {
        w.sql += QStringLiteral(" AND action = ?");
        w.values << actionCode(*filter_.action);
    }
    if (filter_.severity) {
        w.sql += QStringLiteral(" AND severity = ?");
        w.values << severityCode(*filter_.severity);
    }
    if (filter_.scope == ScopeFilter::AllDevices)
        w.sql += QStringLiteral(" AND scope_key = ''");
    if (filter_.scope == ScopeFilter::Group) {
        w.sql += QStringLiteral(" AND id IN (SELECT indicator_id FROM indicator_groups WHERE group_name = ?)");
        w.values << filter_.group;
    }
    if (filter_.state != IndicatorState::Any) {
        w.sql += QStringLiteral(" AND ") + stateCondition(filter_.state);
        if (stateNeedsNow(filter_.state))
            w.values << now_;
    }
    return w;
}

bool IndicatorQuery::sortUsesIndex(ListColumn column)
{
    switch (column) {
    case ListColumn::Value:
    case ListColumn::Action:
    case ListColumn::Severity:
    case ListColumn::Expires:
    case ListColumn::Created:
    case ListColumn::LastUpdated: return true;
    default: return false;
    }
}

SqlFragment IndicatorQuery::idsSql() const
{
    SqlFragment w = where();
    const QString dir = descending_ ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    w.sql = QStringLiteral("SELECT id FROM indicators") + w.sql + QStringLiteral(" ORDER BY ") + sortExpression() + dir
            + QStringLiteral(", id") + dir;
    return w;
}

QString IndicatorQuery::rowsByIdSql(int count)
{
    QString sql = QStringLiteral("SELECT ") + QString::fromLatin1(kIndicatorColumns.data(), qsizetype(kIndicatorColumns.size()))
                  + QStringLiteral(" FROM indicators WHERE id IN (");
    for (int i = 0; i < count; ++i)
        sql += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return sql + u')';
}

SqlFragment IndicatorQuery::countSql() const
{
    SqlFragment w = where();
    return {QStringLiteral("SELECT COUNT(*) FROM indicators") + w.sql, w.values};
}

SqlFragment IndicatorQuery::pageSql(qint64 offset, int limit) const
{
    SqlFragment w = where();
    const QString dir = descending_ ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    SqlFragment page{QStringLiteral("SELECT ") + QString::fromLatin1(kIndicatorColumns.data(), qsizetype(kIndicatorColumns.size()))
                         + QStringLiteral(" FROM indicators") + w.sql + QStringLiteral(" ORDER BY ") + sortExpression()
                         + dir + QStringLiteral(", id") + dir + QStringLiteral(" LIMIT ? OFFSET ?"),
                     w.values};
    page.values << limit << offset;
    return page;
}

SqlFragment IndicatorQuery::containsSql(qint64 id) const
{
    SqlFragment w = where();
    w.sql = QStringLiteral("SELECT 1 FROM indicators") + w.sql + QStringLiteral(" AND id = ?");
    w.values << id;
    return w;
}

SqlFragment IndicatorQuery::positionSql(qint64 id) const
{
    // Rows before `id` in (sort key, id) order: compare against the target row's own key.
    SqlFragment w = where();
    const QString key = sortExpression();
    const QString less = descending_ ? QStringLiteral(">") : QStringLiteral("<");
    w.sql = QStringLiteral("SELECT COUNT(*) FROM indicators") + w.sql + QStringLiteral(" AND (") + key + u' ' + less
            + QStringLiteral(" (SELECT ") + key + QStringLiteral(" FROM indicators WHERE id = ?) OR (") + key
            + QStringLiteral(" = (SELECT ") + key + QStringLiteral(" FROM indicators WHERE id = ?) AND id ") + less
            + QStringLiteral(" ?))");
    w.values << id << id << id;
    return w;
}

} // namespace indicia
