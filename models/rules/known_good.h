#pragma once
// Known-good protection for the Qt side: one process-wide set of lists, the bundled ones
// (resources/warninglists, compiled in under :/warninglists/) plus the user's own directory
// of MISP-format lists. Every entry path asks here: the side pane (summary warnings), the
// import preview, the CLI. A hit is a warning with code `known-good`, never an error;
// saving anyway should ask the user for a reason that goes into the history.

#include "engine/indicator.h"
#include "models/rules/indicator_rules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace indicia {

class KnownGood;

namespace rules {

// The lists in force; loaded on first use. Safe from any thread; the instance stays valid
// while the pointer is held, even if the user's directory is changed meanwhile.
std::shared_ptr<const KnownGood> knownGoodLists();

// Replaces the user's lists with every *.json in `directory` (empty: bundled lists only).
// Returns one message per file that could not be read.
QStringList setUserWarningListDirectory(const QString& directory);

// `known-good` warnings for a canonical value (at most one, naming the list); empty when
// the value is on no list.
QList<RuleIssue> knownGoodWarnings(IndicatorType type, const QString& canonicalValue);

// True when the draft's (canonical) value is on a known-good list: saving it should ask
// for a reason, recorded as the history comment.
bool hitsKnownGood(const Indicator& draft);

} // namespace rules
} // namespace indicia
