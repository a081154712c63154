#include "models/search/entity_search.h"

#include "models/search/telemetry_index.h"
#include "models/search/workspace_lookup.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QThread>

namespace indicia {

namespace {

QStringList fingerprintOf(const QStringList& paths)
{
    QStringList out;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        out << QStringLiteral("%1|%2|%3").arg(path).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    }
    return out;
}

QString machineKey(const QString& name)
{
    return name.section(u'.', 0, 0).toLower();
}

} // namespace

SearchHits mergeHits(const SearchHits& telemetry, const SearchHits& workspace)
{
    SearchHits out = telemetry;
    for (const SearchHit& hit : workspace) {
        if (hit.kind == SearchHitKind::Machine) {
            const auto same = std::find_if(out.begin(), out.end(), [&hit](const SearchHit& known) {
                return known.kind == SearchHitKind::Machine && machineKey(known.text) == machineKey(hit.text);
            });
            if (same != out.end()) {
                if (same->detail.isEmpty())
                    same->detail = hit.detail;
                continue;
            }
        }
        out << hit;
    }
    sortHits(out);
    return out;
}

EntitySearch::EntitySearch(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SearchHits>("indicia::SearchHits");
}

EntitySearch::~EntitySearch()
{
    // Builds report back to this object: every one (the current and any superseded one
    // still finishing) must be done before it goes.
    if (cancelBuild_)
        cancelBuild_->store(true);
    for (QThread* thread : findChildren<QThread*>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

void EntitySearch::setTelemetry(const QStringList& paths)
{
    QStringList fingerprint = fingerprintOf(paths);
    if (fingerprint == fingerprint_ && (index_ || building_))
        return;
    fingerprint_ = std::move(fingerprint);
    startBuild(paths);
}

void EntitySearch::startBuild(const QStringList& paths)
{
    if (building_) {
        // The old build stops at its next record; its answer is dropped (stale generation).
        cancelBuild_->store(true);
        connect(building_, &QThread::finished, building_, &QObject::deleteLater);
    }
    const quint64 generation = ++generation_;
    cancelBuild_ = std::make_shared<std::atomic<bool>>(false);
    auto cancel = cancelBuild_;
    building_ = QThread::create([this, paths, generation, cancel] {
        std::shared_ptr<const TelemetryIndex> index = TelemetryIndex::build(paths, cancel.get());
        if (!cancel->load())
            QMetaObject::invokeMethod(this, [this, generation, index] { indexBuilt(generation, index); },
                                      Qt::QueuedConnection);
    });
    building_->setObjectName(QStringLiteral("EntitySearchIndex"));
    building_->setParent(this);
    building_->start(QThread::LowPriority);
}

void EntitySearch::indexBuilt(quint64 generation, std::shared_ptr<const TelemetryIndex> index)
{
    if (generation != generation_)
        return;
    building_->wait();
    delete building_;
    building_ = nullptr;
    index_ = std::move(index);
    if (active_ && !pending_.telemetryDone)
        searchTelemetry();
}

void EntitySearch::search(const QString& query, WorkspaceReader* reader)
{
    pending_ = Pending{pending_.ticket + 1, query.trimmed(), false, reader == nullptr, {}, {}};
    active_ = true;
    setBusy(true);
    const quint64 ticket = pending_.ticket;
    if (reader) {
        const QString text = pending_.query;
        reader->post(channel_, [text](QSqlDatabase& db) {
            QString error; // an unreadable workspace finds nothing in it; the telemetry still answers
            return QVariant::fromValue(WorkspaceLookup::search(db, text, kLimitPerKind, error));
        }, this, [this, ticket](const QVariant& result) {
            if (!active_ || ticket != pending_.ticket)
                return;
            pending_.workspace = result.value<SearchHits>();
            pending_.workspaceDone = true;
            finishIfComplete();
        });
    }
    if (!building_)
        searchTelemetry();
    else
        finishIfComplete();
}

void EntitySearch::searchTelemetry()
{
    // No telemetry loaded still answers a complete hash (its file page is a pivot).
    static const TelemetryIndex empty;
    pending_.telemetry = (index_ ? *index_ : empty).search(pending_.query, kLimitPerKind);
    pending_.telemetryDone = true;
    finishIfComplete();
}

void EntitySearch::finishIfComplete()
{
    if (!active_ || !pending_.telemetryDone || !pending_.workspaceDone)
        return;
    active_ = false;
    const SearchHits hits = mergeHits(pending_.telemetry, pending_.workspace);
    setBusy(false);
    emit finished(pending_.query, hits);
}

void EntitySearch::setBusy(bool busy)
{
    if (busy_ == busy)
        return;
    busy_ = busy;
    emit busyChanged(busy);
}

} // namespace indicia
