#pragma once
// Sync's reads and writes on the workspace (models/store's tables, schema v4's sync_remote),
// each write one transaction: one pull applied, one import batch's results, one BatchDelete,
// one conflict resolved. Nothing here talks to the network.

#include "models/store/indicator_record.h"
#include "models/sync/remote_indicator.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace indicia {

class WorkspaceStore;

// A local row as pull sees it.
struct LocalLink {
    std::int64_t id = 0;
    std::string serverId;
    SyncState state = SyncState::Pending;
    Indicator indicator;
    std::optional<Indicator> base; // the service's version as last seen
};

// A pending delete (outbox 'delete' rows, grouped by what they delete).
struct PendingDelete {
    std::vector<std::int64_t> outboxIds;
    std::string serverId; // may be empty: never linked (resolved by key against the pull)
    std::string key;      // identityKey() form
};

// What one pull decided, applied in one transaction.
struct PullPlan {
    std::vector<RemoteIndicator> inserts;                          // new on the service
    std::vector<std::pair<std::int64_t, RemoteIndicator>> takes;   // remote change, local unchanged
    std::vector<std::pair<std::int64_t, RemoteIndicator>> links;   // same content: synced + base
    std::vector<std::pair<std::int64_t, RemoteIndicator>> rebase;  // only base/link bookkeeping
    std::vector<std::pair<std::int64_t, std::optional<RemoteIndicator>>> conflicts; // nullopt: deleted remotely
    std::vector<std::int64_t> removals;                            // deleted remotely, unchanged here
    std::vector<PendingDelete> extraDeletes;                       // stale server copies to delete
};

// One item of an import batch: what was sent and what came back.
struct PushOutcome {
    IndicatorRecord sent;
    std::string serverId; // empty when failed
    bool failed = false;
    std::string reason;
};

// What waits for sync, as the Sync page, the status bar and indicia-cli count it. An edit
// made to a row in conflict (the store makes it pending again) is held by that conflict: the
// next pull finds the conflict again and it is never pushed, so it is counted with the
// conflicts (and apart, as held), never as pending.
struct SyncCounts {
    std::int64_t pending = 0;   // unexpired rows to push, not held, and server indicators to delete
    std::int64_t conflicts = 0; // rows waiting for a resolution, held edits included
    std::int64_t heldEdits = 0; // of those, rows edited here since the conflict was found
};

// A row the Sync page lists: refused by the service, or in conflict.
struct SyncProblem {
    std::int64_t id = 0;
    IndicatorType type = IndicatorType::FileSha256;
    std::string value;
    bool conflict = false;    // else refused by the service
    bool editedSince = false; // a conflict edited here since it was found
    std::string reason;       // the service's reason, or what the conflict is (may be empty)
};

class SyncLedger {
    Q_DECLARE_TR_FUNCTIONS(SyncLedger)
public:
    explicit SyncLedger(WorkspaceStore& store);

    std::vector<LocalLink> localLinks() const;
    std::vector<PendingDelete> pendingDeletes() const;
    // The next up to `limit` pending rows after id `after`, by id.
    std::vector<IndicatorRecord> pendingUpserts(std::int64_t after, int limit) const;
    std::int64_t pendingCount() const { return counts().pending; }
    SyncCounts counts() const;
    // The same over any connection to the workspace (a reader thread's), as of `now`.
    static SyncCounts counts(const QSqlDatabase& db, std::int64_t now);
    // The same from the counts of unexpired pending rows and of conflict rows, for a caller
    // that scans the indicators anyway (the status bar); reads only the small tables.
    static SyncCounts counts(const QSqlDatabase& db, std::int64_t now, std::int64_t pendingRows,
                             std::int64_t conflictRows);
    // Whether row `id`'s history holds a version with this content (see PullPlanner).
    bool hadVersion(std::int64_t id, const Indicator& content) const;
    std::int64_t conflictCount() const { return counts().conflicts; }

    // Each of these is one transaction; false and lastError() on failure.
    bool applyPull(const PullPlan& plan, const QString& user);
    bool applyPush(const std::vector<PushOutcome>& outcomes);
    bool dropDeletes(const std::vector<std::int64_t>& outboxIds);
    bool recordSyncTime(std::int64_t unixSeconds, const QString& summary);
    // The store's sync_state key/value table (an empty value removes the key).
    QString syncValue(const QString& key) const;
    bool setSyncValue(const QString& key, const QString& value);

    // Conflicts: the remote version kept for one (nullopt inside: deleted remotely).
    std::optional<std::optional<Indicator>> conflictRemote(std::int64_t id) const;
    std::vector<std::int64_t> conflictIds() const;
    // Rows refused by the service, then rows in conflict, each by id, at most `limit` of each.
    std::vector<SyncProblem> problems(int limit) const;
    bool resolveKeepMine(std::int64_t id);
    bool resolveTakeTheirs(std::int64_t id);
    bool resolveMerged(std::int64_t id, const Indicator& merged);

    QString lastError() const { return error_; }

private:
    bool fail(const QString& what, const QString& detail);
    bool writeBase(std::int64_t id, const std::string& serverId, const RemoteIndicator* remote);
    bool setSyncColumns(std::int64_t id, const std::string& serverId, SyncState state, const std::string& error);
    bool addDeleteRow(const std::string& serverId, const std::string& key);
    bool clearSettledOutbox();

    WorkspaceStore& store_;
    QString error_;
};

} // namespace indicia

Q_DECLARE_METATYPE(indicia::SyncCounts)
