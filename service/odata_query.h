#pragma once
// The query options of a list request (indicators-api.md 1.4, 8.1): $filter, $top (at most
// 10,000), $skip, $orderby, $select and $count. Every option is either honoured or refused
// with 400 ODataError naming it; an unknown `$option` is refused too, never ignored.
// A page holds at most `pageSize` rows (`--page-size`, default 10,000); when rows remain after
// it the reply carries @odata.nextLink with the same options and the next $skip.

#include "service/api_reply.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <optional>

class QHttpServerRequest;

namespace indicia::service {

struct OrderKey {
    QString property;
    bool descending = false;
};

struct ListQuery {
    QString filter;
    std::optional<int> top; // $top as asked
    int skip = 0;
    QList<OrderKey> orderBy;
    QStringList select;     // empty: every property
    bool count = false;
    // The options as written, for the next page's link.
    QString orderByText;
    QString selectText;
    std::optional<ApiError> error;

    // Rows on this page: $top, but never more than the page size.
    int pageRows(int pageSize) const { return top ? std::min(*top, pageSize) : pageSize; }
};

// What a collection offers to $orderby and $select.
struct ODataCollection {
    QString entityName;                    // for messages: "Indicator", "Machine"
    QHash<QString, QString> sortColumns;   // property -> trusted SQL expression
    QString tieBreak;                      // SQL appended to every ORDER BY, for stable pages
    QStringList properties;                // what $select may name
};

class ODataQuery {
    Q_DECLARE_TR_FUNCTIONS(ODataQuery)
public:
    static constexpr int kMaxTop = 10000;

    static ListQuery read(const QHttpServerRequest& request);
    // Checks $orderby and $select against the collection; an ODataError naming the property.
    static std::optional<ApiError> check(const ListQuery& query, const ODataCollection& collection);
    // "ORDER BY ..." for the query (the collection's tie-break last).
    static QString orderClause(const ListQuery& query, const ODataCollection& collection);
    // Keeps only the $select'ed properties (absent ones as null).
    static Json selected(const Json& item, const ListQuery& query);
    // The collection reply: @odata.context, @odata.count when asked, value, and @odata.nextLink
    // to `path` when `more`.
    static Json page(const QString& baseUrl, const QString& context, const QString& path, const ListQuery& query,
                     Json value, std::optional<qint64> total, bool more, int pageRows);
};

} // namespace indicia::service
