#include "service/api_reply.h"

#include <QUuid>

namespace indicia::service {

namespace {

QByteArray dump(const Json& body)
{
    // Replace invalid UTF-8 rather than throw: a stored string must never make a reply fail.
    return QByteArray::fromStdString(body.dump(-1, ' ', false, Json::error_handler_t::replace));
}

} // namespace

ApiReply ApiReply::json(const Json& body, Status status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = dump(body);
    reply.contentType = kODataContentType;
    return reply;
}

ApiReply ApiReply::error(const ApiError& error)
{
    return ApiReply::error(error.status, error.code, error.message);
}

ApiReply ApiReply::error(Status status, const QString& code, const QString& message)
{
    // The target is a fresh correlation id, as the real service gives one per failure.
    const QString target = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Json body = {{"error", {{"code", toStd(code)}, {"message", toStd(message)}, {"target", toStd(target)}}}};
    ApiReply reply = json(body, status);
    reply.errorCode = code;
    return reply;
}

ApiReply ApiReply::noContent()
{
    ApiReply reply;
    reply.status = Status::NoContent;
    return reply;
}

ApiReply ApiReply::oauth(const Json& body, Status status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = dump(body);
    reply.contentType = "application/json; charset=utf-8";
    reply.odata = false;
    return reply;
}

QHttpServerResponse ApiReply::toResponse() const
{
    const bool empty = body.isEmpty() && contentType.isEmpty();
    QHttpServerResponse response = empty ? QHttpServerResponse(status) : QHttpServerResponse(contentType, body, status);
    // Qt labels a body-less response "application/x-empty"; a 204 carries no Content-Type.
    if (empty)
        response.clearHeader(QByteArrayLiteral("Content-Type"));
    if (odata)
        response.addHeader(QByteArrayLiteral("OData-Version"), QByteArrayLiteral("4.0"));
    for (const auto& [name, value] : headers)
        response.addHeader(name, value);
    return response;
}

std::string toStd(const QString& text) { return text.toStdString(); }

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace indicia::service
