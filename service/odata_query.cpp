#include "service/odata_query.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace indicia::service {

namespace {

ApiError odataError(const QString& message) { return {Status::BadRequest, QLatin1String(errc::kODataError), message}; }

} // namespace

QStringList apiPaths(const QString& path)
{
    return {QStringLiteral("/api") + path, QStringLiteral("/api/v1.0") + path};
}

ListQuery ODataQuery::read(const QHttpServerRequest& request)
{
    // '+' means a space in a query string (the documented example is action+eq+'AlertAndBlock');
    // QUrlQuery would keep it, so it is turned into %20 while still encoded.
    QString encoded = request.url().query(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QStringLiteral("%20"));
    const QUrlQuery query(encoded);
    ListQuery out;
    out.top = kMaxTop;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool ok = true;
        if (key == QStringLiteral("$filter")) {
            out.filter = value;
        } else if (key == QStringLiteral("$top")) {
            out.top = value.toInt(&ok);
            if (ok && out.top > kMaxTop)
                return {{}, 0, 0, odataError(tr("The limit of '%1' for Top query has been exceeded. The value from the incoming request is '%2'.").arg(kMaxTop).arg(value))};
            ok = ok && out.top >= 0;
        } else if (key == QStringLiteral("$skip")) {
            out.skip = value.toInt(&ok);
            ok = ok && out.skip >= 0;
        }
        if (!ok)
            return {{}, 0, 0, odataError(tr("Invalid value '%1' for the query option %2.").arg(value, key))};
    }
    return out;
}

} // namespace indicia::service
