#pragma once
// A response as the Indicators API shapes it (indicators-api.md 1.1, 1.7): OData JSON with
// `OData-Version: 4.0`, and errors as {"error":{"code","message","target"}} where target is a
// correlation GUID. Handlers build an ApiReply; the gateway logs it, may garble it (fault
// injection) and only then turns it into a QHttpServerResponse.

#include <QByteArray>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace indicia::service {

using Status = QHttpServerResponder::StatusCode;
// Insertion-ordered, so "@odata.context" comes first as on the wire.
using Json = nlohmann::ordered_json;

// The documented error codes (indicators-api.md 1.7); one spelling each.
namespace errc {
inline constexpr auto kBadRequest = "BadRequest";
inline constexpr auto kODataError = "ODataError";
inline constexpr auto kInvalidInput = "InvalidInput";
inline constexpr auto kInvalidRequestBody = "InvalidRequestBody";
inline constexpr auto kInvalidHashValue = "InvalidHashValue";
inline constexpr auto kInvalidDomainName = "InvalidDomainName";
inline constexpr auto kInvalidIpAddress = "InvalidIpAddress";
inline constexpr auto kInvalidUrl = "InvalidUrl";
inline constexpr auto kMaximumBatchSizeExceeded = "MaximumBatchSizeExceeded";
inline constexpr auto kMissingRequiredParameter = "MissingRequiredParameter";
inline constexpr auto kUnauthorized = "Unauthorized";
inline constexpr auto kForbidden = "Forbidden";
inline constexpr auto kNotFound = "NotFound";
inline constexpr auto kResourceNotFound = "ResourceNotFound";
inline constexpr auto kTooManyRequests = "TooManyRequests";
inline constexpr auto kInternalServerError = "InternalServerError";
// Not in the documented list: HTTP itself has no better word for these.
inline constexpr auto kPayloadTooLarge = "PayloadTooLarge";
inline constexpr auto kMethodNotAllowed = "MethodNotAllowed";
} // namespace errc

// An error a handler decides on; `code` is one of errc or a configured one.
struct ApiError {
    Status status = Status::BadRequest;
    QString code;
    QString message;
};

struct ApiReply {
    Status status = Status::Ok;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorCode; // set on error replies, for the request log
    bool odata = true; // adds OData-Version: 4.0 (not on the OAuth2 token endpoint)

    static ApiReply json(const Json& body, Status status = Status::Ok);
    static ApiReply error(const ApiError& error);
    static ApiReply error(Status status, const QString& code, const QString& message);
    static ApiReply noContent();
    // OAuth2 token endpoint replies are plain JSON, not OData.
    static ApiReply oauth(const Json& body, Status status = Status::Ok);

    QHttpServerResponse toResponse() const;
};

// The OData media type of indicators-api.md 1.1.
inline constexpr char kODataContentType[] =
    "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";

std::string toStd(const QString& text);
QString fromStd(std::string_view text);

} // namespace indicia::service
