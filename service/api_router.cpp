#include "service/api_router.h"

namespace indicia::service {

namespace {
const QString kArg = QStringLiteral("{}");
}

void ApiRouter::add(QHttpServerRequest::Method method, const QString& pattern, Handler handler)
{
    Route route{method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), 0, std::move(handler)};
    for (const QString& segment : route.segments)
        route.literals += segment != kArg;
    routes_.append(std::move(route));
}

QStringList ApiRouter::normalisedSegments(const QString& path)
{
    QString trimmed = path;
    if (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    QStringList segments = trimmed.split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst(); // the path's leading '/'
    if (segments.size() >= 2 && segments[0].compare(QLatin1String("api"), Qt::CaseInsensitive) == 0
        && segments[1].compare(QLatin1String("v1.0"), Qt::CaseInsensitive) == 0)
        segments.removeAt(1);
    return segments;
}

bool ApiRouter::matches(const Route& route, const QStringList& segments, QStringList* args)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments[i] == kArg) {
            if (segments[i].isEmpty())
                return false;
            captured << segments[i];
        } else if (route.segments[i].compare(segments[i], Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    if (args)
        *args = captured;
    return true;
}

void ApiRouter::dispatch(const QHttpServerRequest& request, QHttpServerResponder&& responder) const
{
    const QStringList segments = normalisedSegments(request.url().path());
    // Only the most specific patterns that match the path count: POST .../BatchDelete is
    // not "GET .../{id}" with the id "BatchDelete", and a GET of it is 405, not 404.
    int best = -1;
    for (const Route& route : routes_)
        if (matches(route, segments, nullptr))
            best = std::max(best, route.literals);
    QStringList allowed;
    for (const Route& route : routes_) {
        QStringList args;
        if (route.literals != best || !matches(route, segments, &args))
            continue;
        if (route.method == request.method()) {
            route.handler(request, args).write(std::move(responder));
            return;
        }
        if (!allowed.contains(methodName(route.method)))
            allowed << methodName(route.method);
    }
    ApiReply reply;
    if (allowed.isEmpty()) {
        reply = ApiReply::error(Status::NotFound, QLatin1String(errc::kNotFound), tr("No such resource."));
    } else {
        reply = ApiReply::error(Status::MethodNotAllowed, QLatin1String(errc::kMethodNotAllowed),
                                tr("The requested resource does not support the HTTP method '%1'; it allows %2.")
                                    .arg(methodName(request.method()), allowed.join(QStringLiteral(", "))));
        reply.headers.append({QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()});
    }
    gateway_.unrouted(request, reply).write(std::move(responder));
}

} // namespace indicia::service
