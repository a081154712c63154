#pragma once
// What the client makes of the service's reply bytes, apart from the network: the JSON
// document, the token answer, the {"error":{...}} of a refusal, a list page's indicators
// and the per-item results of an import. Defensive by construction: any document, however
// malformed or oddly typed, gives a value or "unusable", never an exception (the fuzz
// target tests/fuzz/fuzz_api_json.cpp feeds them arbitrary bytes).

#include "models/sync/remote_indicator.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace indicia::reply {

// The body as JSON (null for an empty body); nullopt when it is not JSON.
std::optional<nlohmann::json> parseBody(const QByteArray& body);

struct Token {
    QByteArray accessToken;
    qint64 lifetimeMs = 0; // >= 1000
};
// A 200 answer of the token endpoint; nullopt without a string access_token.
std::optional<Token> readToken(const nlohmann::json& doc);
// The error_description of a refused token request, or empty.
std::string tokenRefusal(const nlohmann::json& doc);

struct ServiceError {
    QString code;
    QString message;
};
// {"error":{"code","message"}}; fields that are missing or not strings stay empty.
ServiceError readServiceError(const nlohmann::json& doc);

// Retry-After in whole seconds, at least 1 (and at most a day).
int retryAfterSeconds(const QByteArray& header);

struct Page {
    std::size_t entities = 0; // entries in "value", usable or not (decides whether to page on)
    std::vector<RemoteIndicator> indicators;
};
// A GET /indicators answer; nullopt without a "value" array.
std::optional<Page> readIndicatorPage(const nlohmann::json& doc);

struct ImportItem {
    bool failed = true;
    std::string serverId;
    std::string reason; // empty when the service gave none
};
// The per-item results of POST /indicators/import for `count` sent items, in order; an
// item the answer lacks or cannot be read is failed.
std::vector<ImportItem> readImportResults(const nlohmann::json& doc, std::size_t count);

} // namespace indicia::reply
