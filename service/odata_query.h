#pragma once
// The query options of a list request: $filter, $top (at most 10,000), $skip
// (indicators-api.md 1.4). $select, $orderby and $count are accepted and ignored ([U]);
// lists come in id order so that $skip pages are stable.

#include "service/api_reply.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace indicia::service {

struct ListQuery {
    QString filter;
    int top = 0;
    int skip = 0;
    std::optional<ApiError> error;
};

class ODataQuery {
    Q_DECLARE_TR_FUNCTIONS(ODataQuery)
public:
    static constexpr int kMaxTop = 10000;
    static ListQuery read(const QHttpServerRequest& request);
};

// Every API path is served with and without the optional version segment (1.1).
QStringList apiPaths(const QString& path);

} // namespace indicia::service
