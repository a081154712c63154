#pragma once
// One workspace = one SQLite file (*.indicia). The store is the only writer of that file:
// every user action is one transaction holding the change, its operations row, its history
// rows (who, when, before/after JSON, comment) and its outbox rows. It also enforces the
// session's role on its own (see store_session.h), whatever the UI shows.
//
// Thread affinity: like QSqlDatabase, a store is used from the thread that opened it.

#include "engine/indicator.h"
#include "models/store/import_types.h"
#include "models/store/indicator_record.h"
#include "models/store/store_error.h"
#include "models/store/store_session.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace indicia {

enum class UpsertOutcome { Added, Updated, Unchanged };

struct UpsertResult {
    std::int64_t id = 0;
    UpsertOutcome outcome = UpsertOutcome::Added;
    std::int64_t opId = 0; // 0 when unchanged (nothing was written)
};

// The list filters' "state". Expired = expiration <= now; they stay until purged.
enum class IndicatorState { Any, Active, Expired, PendingSync, Conflict };
// The state as SQL on the indicators table, with one `?` for now when stateNeedsNow().
QString stateCondition(IndicatorState state);
bool stateNeedsNow(IndicatorState state);

struct StoreStats {
    std::int64_t active = 0;
    std::int64_t expired = 0;
    std::map<std::string, std::int64_t> byType;   // active indicators, MDE type names
    std::map<std::string, std::int64_t> byAction; // active indicators, MDE action names
    std::int64_t pendingSync = 0;
    std::int64_t conflicts = 0;
    std::int64_t machines = 0;
    std::int64_t deviceGroups = 0;
    std::int64_t quota = 0;
};

// The organisation as the service describes it (GET /api/machines with their rbacGroupName,
// GET /api/exposureScore/ByMachineGroups): reference data for the scope step and the machine
// pages, not a user edit. The API gives no rank or description: unset, a group keeps the
// one the workspace had under its name (or none).
struct DeviceGroupRow {
    QString name;
    std::optional<int> rank;
    std::optional<QString> description;
};
struct MachineRow {
    QString id;
    QString name;
    QString group;
    QString os;
    std::optional<std::int64_t> lastSeen; // unix seconds
};

struct OperationInfo {
    std::int64_t id = 0;
    std::int64_t at = 0;
    QString user;
    QString kind; // see OperationKind in operation_log.h
    QString summary;
    QString comment;
};

struct HistoryEntry {
    std::int64_t id = 0;
    std::int64_t opId = 0;
    std::int64_t at = 0;
    QString user;
    QString operation; // add, update, delete
    QString beforeJson;
    QString afterJson;
    QString comment;
};

class WorkspaceStore {
public:
    static constexpr std::int64_t kDefaultQuota = 15000; // MDE: 15,000 active per tenant

    WorkspaceStore();
    ~WorkspaceStore();
    WorkspaceStore(const WorkspaceStore&) = delete;
    WorkspaceStore& operator=(const WorkspaceStore&) = delete;

    // Opens `path`, creating the file when missing, and upgrades its schema.
    StoreError open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const { return path_; }
    // The Qt connection, for read-only item models on the same thread.
    QSqlDatabase database() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    void setSession(const StoreSession& session) { session_ = session; }
    const StoreSession& session() const { return session_; }
    // The store's notion of "now" in unix seconds (tests move it to check expiry; an empty
    // function puts the system clock back).
    void setClock(std::function<std::int64_t()> clock);
    std::int64_t now() const;

    // Workspace settings (quota, role, user, scope model...), as text.
    QString setting(const QString& key, const QString& fallback = {}) const;
    StoreError setSetting(const QString& key, const QString& value);
    // The program's own bookkeeping (when the last sync ran and how it went): written for
    // every session, read-only ones included, since pulling is not editing.
    StoreError recordSetting(const QString& key, const QString& value);
    std::int64_t quota() const;
    StoreError setQuota(std::int64_t quota);

    // --- user actions: each one transaction (change + operation + history + outbox) ---
    // Normalises and validates; identity is (type, canonical value, scope set): saving an
    // existing key updates it, as the service's submit does.
    StoreResult<UpsertResult> upsert(const Indicator& indicator, const QString& comment = {});
    // Replaces indicator `id` (its key may change, unless another row has the new key).
    StoreResult<UpsertResult> update(std::int64_t id, const Indicator& indicator,
                                     const QString& comment = {});
    // Returns the operation id.
    StoreResult<std::int64_t> remove(const QList<std::int64_t>& ids, const QString& comment = {});
    StoreResult<std::int64_t> bulkSetAction(const QList<std::int64_t>& ids, Action action,
                                            const QString& comment = {});
    // Replaces the device groups and machines in one transaction (reference data from the
    // service: no history, no outbox, no undo).
    // One transaction: afterwards the workspace holds exactly these groups and machines.
    StoreError replaceOrganisation(const std::vector<DeviceGroupRow>& groups, const std::vector<MachineRow>& machines);
    // Deletes expired indicators (one operation); returns how many.
    StoreResult<std::int64_t> purgeExpired(const QString& comment = {});
    // Reverses operation `opId` in a new operation (returned), itself undoable: redo is
    // undoOperation(the returned id). Imports: removes exactly the rows they added and
    // restores the rows they updated.
    StoreResult<std::int64_t> undoOperation(std::int64_t opId, const QString& comment = {});

    // Bulk import of an MDE template CSV or a plain list (detected by content).
    StoreResult<ImportReport> importFile(const QString& path, const ImportOptions& options);

    // --- reading ---
    StoreResult<IndicatorRecord> get(std::int64_t id) const;
    std::optional<std::int64_t> findId(IndicatorType type, const std::string& canonicalValue,
                                       const std::vector<std::string>& groups) const;
    // Rows of a tab (all tabs when empty) in a state.
    std::int64_t count(std::optional<TabKind> tab, IndicatorState state) const;
    std::int64_t activeCount() const { return count(std::nullopt, IndicatorState::Active); }
    StoreStats stats() const;
    // How far over the quota the workspace would be with `newActive` more active indicators.
    std::int64_t quotaOverflow(std::int64_t newActive) const;
    std::vector<OperationInfo> operations(int limit = 100) const; // newest first
    std::vector<HistoryEntry> history(std::int64_t indicatorId) const; // oldest first
    // Calls `visit` for every active indicator of `type` (all types when empty), by id.
    void forEachActive(std::optional<IndicatorType> type,
                       const std::function<void(const IndicatorRecord&)>& visit) const;

private:
    StoreError openConnection();
    StoreError configureConnection();
    // Canonical value and groups, record-level validation; Invalid on refusal.
    StoreResult<Indicator> prepareIndicator(const Indicator& indicator) const;
    IndicatorRecord newRecord(const Indicator& indicator, std::int64_t opId) const;
    StoreError sqlFailure(const QString& what, const QString& detail) const;

    QString path_;
    QString connectionName_;
    StoreSession session_;
    std::function<std::int64_t()> clock_;
};

// A readable label for an outcome ("added", "updated", "unchanged").
QString toString(UpsertOutcome outcome);

} // namespace indicia
