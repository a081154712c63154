#pragma once
// `--vary LIST` (tests only): GET replies written the ways the real service and its older
// revisions are seen to write them, so the console's tolerance is tested against a real
// tenant rather than only against canned bytes. Off by default; the data is unchanged,
// only how the JSON spells it:
//   casing          every other list item (and a single entity) with PascalCase names
//   unknown-fields  extra properties no documentation names, on every item
//   legacy-actions  Audit with generateAlert as "Alert", BlockAndRemediate as "AlertAndBlock"
//                   (the 2019 names, indicators-api.md 2.2)
//   offsets         dates ending "+00:00" instead of "Z"

#include "service/api_reply.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace indicia::service {

struct ReplyVariations {
    bool casing = false;
    bool unknownFields = false;
    bool legacyActions = false;
    bool offsets = false;

    bool any() const { return casing || unknownFields || legacyActions || offsets; }
};

class ReplyVariationsParser {
    Q_DECLARE_TR_FUNCTIONS(ReplyVariationsParser)
public:
    // "casing,unknown-fields,..."; nullopt and `error` naming the unknown entry otherwise.
    static std::optional<ReplyVariations> parse(const QString& list, QString& error);
};

// Rewrites a successful JSON reply's items ("value"[] of a list, or the entity itself).
// Replies that are not 200 with a JSON object body are left alone.
void applyReplyVariations(const ReplyVariations& variations, ApiReply& reply);

} // namespace indicia::service
