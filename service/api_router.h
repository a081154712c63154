#pragma once
// One dispatcher for every path the tenant serves, installed as QHttpServer's missing
// handler so that no request can bypass it. Real clients spell paths loosely: the MDE
// service answers `/api/Indicators`, `/api/indicators/` and `/api/v1.0/indicators` alike
// (indicators-api.md 1.1: the version segment is optional), so a path is normalised before
// matching: one trailing slash dropped, the optional `v1.0` segment after `api` dropped,
// literal segments compared case-insensitively. A known path asked with another method is
// 405 MethodNotAllowed with an `Allow` header; an unknown path is 404 NotFound.

#include "service/api_gateway.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QStringList>

#include <functional>

namespace indicia::service {

class ApiRouter {
    Q_DECLARE_TR_FUNCTIONS(ApiRouter)
public:
    // `args` holds the path's "{}" segments in order, as the client wrote them.
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest&, const QStringList& args)>;

    explicit ApiRouter(ApiGateway& gateway) : gateway_(gateway) {}

    // `pattern` is a path such as "/api/indicators/{}"; "{}" matches any one segment.
    void add(QHttpServerRequest::Method method, const QString& pattern, Handler handler);
    void dispatch(const QHttpServerRequest& request, QHttpServerResponder&& responder) const;

    // The segments a request path is matched on (see the header comment).
    static QStringList normalisedSegments(const QString& path);

private:
    struct Route {
        QHttpServerRequest::Method method;
        QStringList segments;
        int literals = 0; // how specific the pattern is: a literal beats "{}"
        Handler handler;
    };
    static bool matches(const Route& route, const QStringList& segments, QStringList* args);

    ApiGateway& gateway_;
    QList<Route> routes_;
};

} // namespace indicia::service
