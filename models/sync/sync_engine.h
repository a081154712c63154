#pragma once
// One sync of a workspace with the service: the organisation (machines and device groups,
// OrganisationPull, replaced in one transaction), pull (every page of the list), then push (pending
// deletes as BatchDelete calls, pending rows as import batches of at most 500). Runs on the
// event loop, never blocks; every store write is one transaction per step, so a kill at any
// moment leaves the workspace consistent and the next sync finishes the job: it pulls first,
// links what an interrupted push already created by (type, value, scope), and the service's
// import is an upsert, so a batch sent twice creates nothing twice.

#include "models/sync/api_client.h"
#include "models/sync/organisation_pull.h"
#include "models/sync/pull_planner.h"
#include "models/sync/sync_ledger.h"

#include <QObject>
#include <QStringList>

#include <deque>
#include <set>

namespace indicia {

struct SyncOptions {
    ApiClientOptions api;
    int pageSize = 10000; // $top of list pages: the documented maximum
    int batchSize = 500;  // the import's documented maximum
};

struct SyncReport {
    bool ok = false;
    bool cancelled = false;
    QString error;
    PullSummary pull;
    int pushed = 0;
    int failed = 0;  // rows the service refused (shown on the row)
    int deleted = 0; // server indicators deleted
    int importCalls = 0;
    int deleteCalls = 0;
    int requests = 0;
    int tooManyRequests = 0;
    bool resumed = false; // an interrupted push was found and finished
    int knownGood = 0;    // pulled indicators whose value is on a known-good list (noticed)
    int machines = -1;    // machines the organisation pull found (-1: kept, not pulled)
    int deviceGroups = -1;
    // Conflicts waiting for a resolution when the sync ended, as the Sync page lists them
    // (pull.conflicts counts only those this pull found anew).
    std::int64_t openConflicts = 0;
    QStringList notices;

    QString summary() const;
};

class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(WorkspaceStore& store, ConnectionSettings settings, QString secret, SyncOptions options = {},
               QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return running_; }

signals:
    void progress(const QString& phase, qint64 done, qint64 total);
    void notice(const QString& text);
    void finished(const indicia::SyncReport& report);

private:
    void pullOrganisation();
    void fetchPage(int skip, const QString& link);
    void applyPull();
    void noticeKnownGood();
    void pushNextDelete();
    void pushNextBatch();
    void sendBatch(std::vector<IndicatorRecord> batch);
    void onBatchAnswer(std::vector<IndicatorRecord> batch, const ApiResult& result);
    void finish(const QString& error = {});
    bool stopped(const ApiResult& result);

    WorkspaceStore& store_;
    SyncLedger ledger_;
    SyncOptions options_;
    ApiClient client_;
    bool running_ = false;
    bool cancelled_ = false;
    SyncReport report_;
    OrganisationPull organisation_;
    std::vector<RemoteIndicator> remotes_;
    std::set<std::string> seenLinks_; // a next-page link seen twice would page forever
    std::optional<PullPlanner> planner_;
    std::deque<PendingDelete> deletes_;
    std::deque<std::vector<IndicatorRecord>> splits_; // halves of a batch refused whole
    std::int64_t lastPushedId_ = 0;
    bool retiredAfterPush_ = false;
    qint64 total_ = 0;
    qint64 done_ = 0;
};

} // namespace indicia

Q_DECLARE_METATYPE(indicia::SyncReport)
