#include "service/json_body.h"

#include <QHttpServerRequest>

namespace indicia::service {

int JsonBodyReader::nestingDepth(const QByteArray& text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

JsonBody JsonBodyReader::read(const QHttpServerRequest& request)
{
    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type")).toLower();
    if (!contentType.contains("application/json"))
        return {{}, ApiError{Status::BadRequest, QLatin1String(errc::kInvalidRequestBody),
                             tr("POST requests need Content-Type: application/json.")}};
    const QByteArray body = request.body();
    if (nestingDepth(body) > kMaxDepth)
        return {{}, ApiError{Status::BadRequest, QLatin1String(errc::kInvalidRequestBody),
                             tr("The request body is nested more than %1 levels deep.").arg(kMaxDepth)}};
    Json value = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (value.is_discarded())
        return {{}, ApiError{Status::BadRequest, QLatin1String(errc::kInvalidRequestBody),
                             tr("The request body is not valid JSON.")}};
    return {std::move(value), std::nullopt};
}

} // namespace indicia::service
