#include "models/sync/sync_engine.h"

#include "models/rules/known_good.h"

#include "models/store/workspace_store.h"
#include "models/sync/reply_reading.h"

#include <QDateTime>

#include <stdexcept>

namespace indicia {

namespace {

// The translation context for the free helpers below (lupdate reads it from the macro).
struct SyncText {
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

const QString kInflightKey = QStringLiteral("push.inflight");

} // namespace

QString SyncReport::summary() const
{
    if (cancelled)
        return SyncText::tr("Cancelled.");
    QString out = SyncText::tr("Pulled: %1 added, %2 updated, %3 removed. Pushed: %4, failed: %5, deleted: %6.")
                      .arg(pull.added)
                      .arg(pull.updated)
                      .arg(pull.removed)
                      .arg(pushed)
                      .arg(failed)
                      .arg(deleted);
    out += QLatin1Char(' ')
        + (openConflicts > 0 ? SyncText::tr("%n conflict(s) to resolve.", nullptr, int(openConflicts)) : SyncText::tr("No conflicts."));
    if (!ok)
        out = SyncText::tr("Sync failed: %1").arg(error) + QLatin1Char(' ') + out;
    return out;
}

SyncEngine::SyncEngine(WorkspaceStore& store, ConnectionSettings settings, QString secret, SyncOptions options,
                       QObject* parent)
    : QObject(parent), store_(store), ledger_(store), options_(options),
      client_(std::move(settings), std::move(secret), options.api), organisation_(client_, options.pageSize)
{
    connect(&client_, &ApiClient::notice, this, [this](const QString& note) {
        report_.notices << note;
        emit notice(note);
    });
}

void SyncEngine::start()
{
    if (running_)
        return;
    running_ = true;
    cancelled_ = false;
    report_ = {};
    remotes_.clear();
    splits_.clear();
    lastPushedId_ = 0;
    retiredAfterPush_ = false;
    seenLinks_.clear();
    report_.resumed = !ledger_.syncValue(kInflightKey).isEmpty();
    pullOrganisation();
}

void SyncEngine::pullOrganisation()
{
    emit progress(SyncText::tr("Reading the organisation"), 0, 0);
    organisation_.start([this](const OrganisationResult& result) {
        for (const QString& note : result.notices) {
            report_.notices << note;
            emit notice(note);
        }
        if (cancelled_) {
            finish();
            return;
        }
        if (!result.ok) {
            finish(result.error);
            return;
        }
        if (!result.keep) {
            if (StoreError error = store_.replaceOrganisation(result.groups, result.machines)) {
                finish(error.message);
                return;
            }
            report_.machines = int(result.machines.size());
            report_.deviceGroups = int(result.groups.size());
        }
        emit progress(SyncText::tr("Pulling"), 0, 0);
        fetchPage(0, {});
    });
}

void SyncEngine::cancel()
{
    if (!running_)
        return;
    cancelled_ = true;
    client_.cancel();
}

bool SyncEngine::stopped(const ApiResult& result)
{
    if (cancelled_) {
        finish();
        return true;
    }
    if (!result.ok && result.status == 0) { // transport trouble that outlasted the retries
        finish(result.error);
        return true;
    }
    return false;
}

void SyncEngine::fetchPage(int skip, const QString& link)
{
    ApiRequest request;
    request.path = QStringLiteral("/indicators");
    if (link.isEmpty()) {
        request.query.addQueryItem(QStringLiteral("$top"), QString::number(options_.pageSize));
        request.query.addQueryItem(QStringLiteral("$skip"), QString::number(skip));
    } else {
        request.link = link; // the service pages itself (@odata.nextLink)
    }
    client_.send(std::move(request), [this, skip](const ApiResult& result) {
        if (stopped(result))
            return;
        if (!result.ok) {
            finish(result.error);
            return;
        }
        // Nothing is applied until every page arrived and read: a page that cannot be used
        // ends the sync with the workspace as it was.
        QString problem;
        std::optional<reply::Page> page = reply::readIndicatorPage(result.body, &problem);
        if (!page) {
            finish(SyncText::tr("The service's indicator list (from item %1) cannot be used: %2.").arg(skip + 1).arg(problem));
            return;
        }
        for (RemoteIndicator& remote : page->indicators)
            remotes_.push_back(std::move(remote));
        if (page->skipped > 0) {
            report_.pull.unrepresentable += int(page->skipped);
            const QString note = SyncText::tr("%n listed indicator(s) have a type or action this console does not know; left out.",
                                      nullptr, int(page->skipped));
            report_.notices << note;
            emit notice(note);
        }
        emit progress(SyncText::tr("Pulling"), qint64(remotes_.size()), 0);
        const int next = skip + int(page->entities);
        if (!page->nextLink.empty()) {
            if (!seenLinks_.insert(page->nextLink).second) {
                finish(SyncText::tr("The service's indicator list links back to a page already read."));
                return;
            }
            fetchPage(next, QString::fromStdString(page->nextLink));
        } else if (page->entities >= std::size_t(options_.pageSize)) {
            fetchPage(next, {}); // a full page and no link: $skip on
        } else {
            applyPull();
        }
    });
}

// The known-good check runs on every entry path, pulls included: a value the service holds
// that is on a known-good list (someone blocked a top domain) is said, not silently taken.
void SyncEngine::noticeKnownGood()
{
    constexpr int kMaxNamed = 20;
    for (const RemoteIndicator& remote : remotes_) {
        const QString value = QString::fromStdString(remote.indicator.value);
        const QList<RuleIssue> hits = rules::knownGoodWarnings(remote.indicator.type, value);
        if (hits.isEmpty())
            continue;
        if (++report_.knownGood <= kMaxNamed) {
            const QString note = SyncText::tr("Pulled indicator %1: %2").arg(value, hits.first().message);
            report_.notices << note;
            emit notice(note);
        }
    }
    if (report_.knownGood > kMaxNamed)
        report_.notices << SyncText::tr("%1 more pulled indicators are on known-good lists.").arg(report_.knownGood - kMaxNamed);
}

void SyncEngine::applyPull()
{
    try {
        planner_.emplace(ledger_.localLinks(), ledger_.pendingDeletes(),
                         [this](std::int64_t id, const Indicator& content) { return ledger_.hadVersion(id, content); });
    } catch (const std::runtime_error& error) {
        finish(QString::fromStdString(error.what()));
        return;
    }
    noticeKnownGood();
    planner_->setNow(TimePoint(std::chrono::seconds(store_.now())));
    const PullPlan plan = planner_->plan(remotes_, report_.pull);
    remotes_.clear();
    if (!ledger_.applyPull(plan, QStringLiteral("sync"))) {
        finish(ledger_.lastError());
        return;
    }
    // Deletes read again: the pull may have queued stale copies to retire.
    std::vector<std::int64_t> done;
    deletes_.clear();
    for (PendingDelete& pending : ledger_.pendingDeletes()) {
        pending.serverId = planner_->serverIdFor(pending);
        if (pending.serverId.empty())
            done.insert(done.end(), pending.outboxIds.begin(), pending.outboxIds.end());
        else
            deletes_.push_back(std::move(pending));
    }
    if (!done.empty() && !ledger_.dropDeletes(done)) {
        finish(ledger_.lastError());
        return;
    }
    total_ = ledger_.pendingCount();
    done_ = 0;
    emit progress(SyncText::tr("Pushing"), 0, total_);
    pushNextDelete();
}

void SyncEngine::pushNextDelete()
{
    if (deletes_.empty()) {
        pushNextBatch();
        return;
    }
    std::vector<PendingDelete> chunk;
    nlohmann::json ids = nlohmann::json::array();
    while (!deletes_.empty() && static_cast<int>(chunk.size()) < options_.batchSize) {
        ids.push_back(deletes_.front().serverId);
        chunk.push_back(std::move(deletes_.front()));
        deletes_.pop_front();
    }
    ApiRequest request;
    request.verb = "POST";
    request.path = QStringLiteral("/indicators/BatchDelete");
    request.bucket = ApiBucket::BatchDelete;
    request.body = {{"IndicatorIds", ids}};
    ++report_.deleteCalls;
    client_.send(std::move(request), [this, chunk](const ApiResult& result) {
        if (stopped(result))
            return;
        std::vector<std::int64_t> outboxIds;
        for (const PendingDelete& pending : chunk)
            outboxIds.insert(outboxIds.end(), pending.outboxIds.begin(), pending.outboxIds.end());
        if (result.ok || result.status == 404) { // 404: gone meanwhile, which is what we wanted
            if (!ledger_.dropDeletes(outboxIds)) {
                finish(ledger_.lastError());
                return;
            }
            report_.deleted += result.ok ? static_cast<int>(chunk.size()) : 0;
        } else {
            report_.failed += static_cast<int>(chunk.size());
            report_.notices << result.error; // kept in the outbox: the next sync tries again
        }
        done_ += static_cast<qint64>(chunk.size());
        emit progress(SyncText::tr("Pushing"), done_, total_);
        pushNextDelete();
    });
}

void SyncEngine::pushNextBatch()
{
    if (!splits_.empty()) {
        std::vector<IndicatorRecord> half = std::move(splits_.front());
        splits_.pop_front();
        sendBatch(std::move(half));
        return;
    }
    std::vector<IndicatorRecord> batch = ledger_.pendingUpserts(lastPushedId_, options_.batchSize);
    if (batch.empty()) {
        // A changed action made new server indicators; the old ones were queued for deletion
        // while the batches were applied. Retire them now rather than at the next sync.
        if (!retiredAfterPush_) {
            retiredAfterPush_ = true;
            for (PendingDelete& pending : ledger_.pendingDeletes())
                if (!pending.serverId.empty())
                    deletes_.push_back(std::move(pending));
            if (!deletes_.empty()) {
                pushNextDelete();
                return;
            }
        }
        finish();
        return;
    }
    lastPushedId_ = batch.back().id;
    sendBatch(std::move(batch));
}

void SyncEngine::sendBatch(std::vector<IndicatorRecord> batch)
{
    nlohmann::json items = nlohmann::json::array();
    for (const IndicatorRecord& record : batch)
        items.push_back(toWire(record.indicator));
    // Written before sending: a crash now is seen by the next sync (which pulls first and
    // links whatever this batch created, so nothing is sent twice as a new indicator).
    ledger_.setSyncValue(kInflightKey, QStringLiteral("%1-%2").arg(batch.front().id).arg(batch.back().id));
    ApiRequest request;
    request.verb = "POST";
    request.path = QStringLiteral("/indicators/import");
    request.bucket = ApiBucket::Import;
    request.body = {{"Indicators", std::move(items)}};
    ++report_.importCalls;
    client_.send(std::move(request), [this, batch = std::move(batch)](const ApiResult& result) mutable {
        onBatchAnswer(std::move(batch), result);
    });
}

void SyncEngine::onBatchAnswer(std::vector<IndicatorRecord> batch, const ApiResult& result)
{
    if (stopped(result))
        return;
    std::vector<PushOutcome> outcomes;
    if (result.ok) {
        const std::vector<reply::ImportItem> items = reply::readImportResults(result.body, batch.size());
        for (std::size_t i = 0; i < batch.size(); ++i) {
            PushOutcome outcome{batch[i], items[i].serverId, items[i].failed, items[i].reason};
            if (outcome.failed && outcome.reason.empty())
                outcome.reason = SyncText::tr("The service gave no result for this row.").toStdString();
            outcomes.push_back(std::move(outcome));
        }
    } else if (result.status == 403 && batch.size() > 1) {
        // The service refuses a whole batch when one row is outside the client's groups: halve
        // it until each refusal sits on its own row.
        const auto middle = batch.begin() + static_cast<std::ptrdiff_t>(batch.size() / 2);
        splits_.push_front(std::vector<IndicatorRecord>(middle, batch.end()));
        splits_.push_front(std::vector<IndicatorRecord>(batch.begin(), middle));
        pushNextBatch();
        return;
    } else {
        for (const IndicatorRecord& record : batch)
            outcomes.push_back({record, {}, true, result.error.toStdString()});
    }
    if (!ledger_.applyPush(outcomes)) {
        finish(ledger_.lastError());
        return;
    }
    for (const PushOutcome& outcome : outcomes)
        (outcome.failed ? report_.failed : report_.pushed) += 1;
    done_ += static_cast<qint64>(batch.size());
    emit progress(SyncText::tr("Pushing"), done_, total_);
    pushNextBatch();
}

void SyncEngine::finish(const QString& error)
{
    report_.cancelled = cancelled_;
    report_.ok = !cancelled_ && error.isEmpty();
    report_.error = error;
    report_.requests = client_.requestsSent();
    report_.tooManyRequests = client_.tooManyRequests();
    report_.openConflicts = ledger_.conflictCount();
    if (report_.ok) {
        ledger_.setSyncValue(kInflightKey, {});
        ledger_.recordSyncTime(QDateTime::currentSecsSinceEpoch(), report_.summary());
    } else {
        store_.setSetting(QStringLiteral("sync.last_result"), report_.summary());
    }
    running_ = false;
    emit finished(report_);
}

} // namespace indicia
