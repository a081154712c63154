// Fuzzes what the sync client makes of the service's reply bytes (models/sync/reply_reading):
// the JSON document, the token answer, {"error":{...}}, a list page's indicator entities
// (remoteFromWire) and the per-item import results. Any document must give a value or
// "unusable", never an exception; an entity that reads back must survive toWire and back.
#include "models/sync/organisation_pull.h"
#include "models/sync/reply_reading.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace indicia;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const std::optional<nlohmann::json> doc = reply::parseBody(bytes);
    if (!doc)
        return 0;
    if (const auto token = reply::readToken(*doc); token && (token->accessToken.isEmpty() || token->lifetimeMs < 1000))
        std::abort();
    reply::tokenRefusal(*doc);
    reply::readServiceError(*doc);
    reply::retryAfterSeconds(bytes.left(24));
    const std::vector<reply::ImportItem> items = reply::readImportResults(*doc, size % 7);
    for (const reply::ImportItem& item : items)
        if (!item.failed && item.serverId.empty())
            std::abort();
    // A bare entity is read the way a stored remote version is.
    remoteFromWire(*doc);
    if (const auto page = reply::readIndicatorPage(*doc)) {
        if (page->indicators.size() > page->entities)
            std::abort();
        for (const RemoteIndicator& remote : page->indicators) {
            const auto again = remoteFromWire(toWire(remote.indicator));
            if (!again || !sameIndicatorContent(again->indicator, remote.indicator))
                std::abort();
            identityKey(remote.indicator);
        }
    }
    if (const auto machines = reply::readMachinePage(*doc)) {
        if (machines->machines.size() != machines->entities)
            std::abort();
        OrganisationPull::assemble(machines->machines, reply::readGroupScores(*doc).value_or(std::vector<reply::RemoteGroup>{}));
    }
    return 0;
}
