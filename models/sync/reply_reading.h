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

// A list reply's "@odata.nextLink" (any case), or empty.
std::string nextLink(const nlohmann::json& doc);

struct Page {
    std::size_t entities = 0; // entries in "value", usable or not (decides whether to page on)
    std::vector<RemoteIndicator> indicators;
    std::size_t skipped = 0;  // items of a type or action this console does not know
    std::string nextLink;     // "@odata.nextLink", empty when the service gave none
};
// A GET /indicators answer. nullopt, and `problem` says what, when the reply cannot be
// used: not an object, no "value" array, an item that is not an object or lacks its id,
// indicatorValue, indicatorType or action. Unknown extra members are ignored.
std::optional<Page> readIndicatorPage(const nlohmann::json& doc, QString* problem = nullptr);

// GET /api/machines (8.1): the fields the workspace keeps.
struct RemoteMachine {
    std::string id;
    std::string name;      // computerDnsName
    std::string groupId;   // rbacGroupId (a number in the doc's example, a string in its table)
    std::string groupName; // rbacGroupName
    std::string os;        // osPlatform
    std::optional<std::int64_t> lastSeen;
};
struct MachinePage {
    std::size_t entities = 0;
    std::vector<RemoteMachine> machines;
    std::string nextLink;
};
// nullopt (and `problem`) without a "value" array, or for an item without an id.
std::optional<MachinePage> readMachinePage(const nlohmann::json& doc, QString* problem = nullptr);

// GET /api/exposureScore/ByMachineGroups: one entry per device group, {time, score,
// rbacGroupName, rbacGroupId}. Only the group's id and name matter here.
struct RemoteGroup {
    std::string id; // empty when the reply gives none
    std::string name;
};
// nullopt (and `problem`) without a "value" array, or for an item without a group name.
std::optional<std::vector<RemoteGroup>> readGroupScores(const nlohmann::json& doc, QString* problem = nullptr);

struct ImportItem {
    bool failed = true;
    std::string serverId;
    std::string reason; // empty when the service gave none
};
// The per-item results of POST /indicators/import for `count` sent items, in order; an
// item the answer lacks or cannot be read is failed.
std::vector<ImportItem> readImportResults(const nlohmann::json& doc, std::size_t count);

} // namespace indicia::reply
