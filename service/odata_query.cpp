#include "service/odata_query.h"

#include <QHttpServerRequest>
#include <QUrl>
#include <QUrlQuery>

namespace indicia::service {

namespace {

ApiError odataError(const QString& message) { return {Status::BadRequest, QLatin1String(errc::kODataError), message}; }

QStringList commaList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(',')))
        out << part.trimmed();
    return out;
}

std::optional<QList<OrderKey>> parseOrderBy(const QString& text)
{
    QList<OrderKey> keys;
    for (const QString& part : commaList(text)) {
        const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty() || words.size() > 2)
            return std::nullopt;
        OrderKey key{words[0], false};
        if (words.size() == 2) {
            if (words[1].compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0)
                key.descending = true;
            else if (words[1].compare(QLatin1String("asc"), Qt::CaseInsensitive) != 0)
                return std::nullopt;
        }
        keys << key;
    }
    return keys;
}

} // namespace

ListQuery ODataQuery::read(const QHttpServerRequest& request)
{
    // '+' means a space in a query string (the documented example is action+eq+'AlertAndBlock');
    // QUrlQuery would keep it, so it is turned into %20 while still encoded.
    QString encoded = request.url().query(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QStringLiteral("%20"));
    const QUrlQuery query(encoded);
    ListQuery out;
    const auto refuse = [](const QString& message) {
        ListQuery failed;
        failed.error = odataError(message);
        return failed;
    };
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool ok = true;
        if (key == QStringLiteral("$filter")) {
            out.filter = value;
        } else if (key == QStringLiteral("$top")) {
            out.top = value.toInt(&ok);
            if (ok && *out.top > kMaxTop)
                return refuse(tr("The limit of '%1' for Top query has been exceeded. The value from the incoming request is '%2'.")
                                  .arg(kMaxTop).arg(value));
            ok = ok && *out.top >= 0;
        } else if (key == QStringLiteral("$skip")) {
            out.skip = value.toInt(&ok);
            ok = ok && out.skip >= 0;
        } else if (key == QStringLiteral("$orderby")) {
            const std::optional<QList<OrderKey>> keys = parseOrderBy(value);
            if (!keys)
                return refuse(tr("Invalid value '%1' for the query option $orderby: expected 'property [asc|desc], ...'.").arg(value));
            out.orderBy = *keys;
            out.orderByText = value;
        } else if (key == QStringLiteral("$select")) {
            out.select = commaList(value);
            out.selectText = value;
            ok = !out.select.contains(QString());
        } else if (key == QStringLiteral("$count")) {
            ok = value == QStringLiteral("true") || value == QStringLiteral("false");
            out.count = value == QStringLiteral("true");
        } else if (key.startsWith(QLatin1Char('$'))) {
            return refuse(tr("The query option '%1' is not supported.").arg(key));
        }
        if (!ok)
            return refuse(tr("Invalid value '%1' for the query option %2.").arg(value, key));
    }
    return out;
}

std::optional<ApiError> ODataQuery::check(const ListQuery& query, const ODataCollection& collection)
{
    for (const OrderKey& key : query.orderBy)
        if (!collection.sortColumns.contains(key.property))
            return odataError(tr("The property '%1' cannot be used in the $orderby query option on type '%2'.")
                                  .arg(key.property, collection.entityName));
    for (const QString& name : query.select)
        if (!collection.properties.contains(name))
            return odataError(tr("Could not find a property named '%1' on type '%2' in the $select query option.")
                                  .arg(name, collection.entityName));
    return std::nullopt;
}

QString ODataQuery::orderClause(const ListQuery& query, const ODataCollection& collection)
{
    QStringList terms;
    for (const OrderKey& key : query.orderBy)
        terms << collection.sortColumns.value(key.property) + (key.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    terms << collection.tieBreak;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

Json ODataQuery::selected(const Json& item, const ListQuery& query)
{
    if (query.select.isEmpty())
        return item;
    Json out = Json::object();
    for (const QString& name : query.select) {
        const std::string key = toStd(name);
        const auto it = item.find(key);
        out[key] = it == item.end() ? Json() : *it;
    }
    return out;
}

Json ODataQuery::page(const QString& baseUrl, const QString& context, const QString& path, const ListQuery& query,
                      Json value, std::optional<qint64> total, bool more, int pageRows)
{
    Json body{{"@odata.context", toStd(baseUrl + context)}};
    if (total)
        body["@odata.count"] = *total;
    body["value"] = std::move(value);
    if (more) {
        // Built by hand: every value percent-encoded (a '+' or '&' in a filter must survive).
        QStringList next;
        const auto add = [&next](const char* key, const QString& value) {
            next << QLatin1String(key) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
        };
        if (!query.filter.isEmpty())
            add("$filter", query.filter);
        if (!query.orderByText.isEmpty())
            add("$orderby", query.orderByText);
        if (!query.selectText.isEmpty())
            add("$select", query.selectText);
        if (query.count)
            add("$count", QStringLiteral("true"));
        if (query.top)
            add("$top", QString::number(*query.top));
        add("$skip", QString::number(query.skip + pageRows));
        body["@odata.nextLink"] = toStd(baseUrl + path + QLatin1Char('?') + next.join(QLatin1Char('&')));
    }
    return body;
}

} // namespace indicia::service
