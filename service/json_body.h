#pragma once
// Request bodies as JSON, read defensively: the media type must be JSON, nesting deeper
// than a sane entity is refused before parsing (a body of 100,000 '[' must not cost a deep
// recursion anywhere), and malformed text is a 400 InvalidRequestBody, never a 500.

#include "service/api_reply.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

class QHttpServerRequest;

namespace indicia::service {

struct JsonBody {
    Json value;
    std::optional<ApiError> error;
};

class JsonBodyReader {
    Q_DECLARE_TR_FUNCTIONS(JsonBodyReader)
public:
    static constexpr int kMaxDepth = 32;
    static JsonBody read(const QHttpServerRequest& request);
    // The deepest nesting of arrays and objects, strings skipped.
    static int nestingDepth(const QByteArray& text);
};

} // namespace indicia::service
