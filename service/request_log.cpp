#include "service/request_log.h"

#include "service/api_reply.h"

#include <QDateTime>
#include <QUrlQuery>

namespace indicia::service {

bool RequestLog::open(const QString& path)
{
    if (path.isEmpty())
        return true;
    file_.setFileName(path);
    return file_.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

QString RequestLog::target(const QUrl& url)
{
    if (!url.hasQuery())
        return url.path();
    // A client may put anything in a query string; these names could carry a credential.
    static const QStringList secretNames{QStringLiteral("client_secret"), QStringLiteral("access_token"),
                                         QStringLiteral("token"), QStringLiteral("password"), QStringLiteral("code"),
                                         QStringLiteral("client_assertion"), QStringLiteral("refresh_token")};
    QUrlQuery query(url);
    QUrlQuery logged;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyEncoded))
        logged.addQueryItem(key, secretNames.contains(key.toLower()) ? QStringLiteral("REDACTED") : value);
    return url.path() + QLatin1Char('?') + logged.query(QUrl::FullyEncoded);
}

void RequestLog::write(const RequestLogEntry& entry)
{
    if (!file_.isOpen())
        return;
    // "path" stays the bare path (what log readers group and count by); the query is its own field.
    const qsizetype mark = entry.path.indexOf(QLatin1Char('?'));
    const QString path = mark < 0 ? entry.path : entry.path.left(mark);
    const Json query = mark < 0 ? Json() : Json(toStd(entry.path.mid(mark + 1)));
    const Json line{
        {"time", toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))},
        {"method", toStd(entry.method)},
        {"path", toStd(path)},
        {"query", query},
        {"status", entry.status},
        {"client", entry.clientId.isEmpty() ? Json() : Json(toStd(entry.clientId))},
        {"error", entry.errorCode.isEmpty() ? Json() : Json(toStd(entry.errorCode))},
        {"durationMs", entry.durationMs},
        {"requestBytes", entry.requestBytes},
        {"responseBytes", entry.responseBytes},
    };
    file_.write(QByteArray::fromStdString(line.dump(-1, ' ', false, Json::error_handler_t::replace)) + '\n');
    file_.flush(); // a killed service still leaves a complete log
}

} // namespace indicia::service
