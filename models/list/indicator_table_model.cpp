#include "models/list/indicator_table_model.h"

#include "models/async/workspace_reader.h"
#include "models/rules/indicator_rules.h"
#include "models/store/indicator_sql.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace indicia {

namespace {

QSqlQuery prepared(const QSqlDatabase& db, const SqlFragment& fragment)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(fragment.sql);
    for (const QVariant& v : fragment.values)
        q.addBindValue(v);
    q.exec();
    return q;
}

// The full rows of ids[first, first + page size), in that order; a row gone since the ids
// were read stays as a record with id 0.
std::vector<IndicatorRecord> rowsById(const QSqlDatabase& db, const std::vector<qint64>& ids, std::size_t first)
{
    const std::size_t count = first < ids.size() ? std::min<std::size_t>(ids.size() - first, IndicatorTableModel::kPageSize) : 0;
    std::vector<IndicatorRecord> rows(count);
    if (count == 0)
        return rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(IndicatorQuery::rowsByIdSql(int(count)));
    QHash<qint64, std::size_t> position;
    position.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i) {
        q.addBindValue(ids[first + i]);
        position.insert(ids[first + i], i);
    }
    q.exec();
    while (q.next()) {
        IndicatorRecord record = recordFromQuery(q);
        rows[position.value(record.id)] = std::move(record);
    }
    return rows;
}

QString dateText(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString scopeText(const Indicator& ind)
{
    if (ind.rbacGroups.empty())
        return QCoreApplication::translate("IndicatorTableModel", "All devices");
    QStringList groups;
    for (const std::string& g : ind.rbacGroups)
        groups << QString::fromStdString(g);
    return groups.join(QStringLiteral(", "));
}

QString syncText(SyncState state)
{
    switch (state) {
    case SyncState::Synced: return QCoreApplication::translate("IndicatorTableModel", "Synced");
    case SyncState::Pending: return QCoreApplication::translate("IndicatorTableModel", "Pending");
    case SyncState::Conflict: return QCoreApplication::translate("IndicatorTableModel", "Conflict");
    case SyncState::Failed: return QCoreApplication::translate("IndicatorTableModel", "Failed");
    }
    return {};
}

} // namespace

struct WorkspaceReaderChannel {
    WorkspaceReader::Channel channel;      // ids or the first page, on lane 0
    WorkspaceReader::Channel countChannel; // the count, on lane 1
};

IndicatorTableModel::IndicatorTableModel(WorkspaceStore& store, TabKind tab, QObject* parent)
    : QAbstractTableModel(parent)
    , store_(store)
    , tab_(tab)
{
    now_ = store_.now();
    rowCount_ = int(queryCount());
    unfilteredCount_ = rowCount_;
}

IndicatorTableModel::~IndicatorTableModel() = default;

void IndicatorTableModel::setReader(WorkspaceReader* reader, int threshold)
{
    reader_ = reader;
    backgroundThreshold_ = threshold;
    if (!channel_)
        channel_ = std::make_unique<WorkspaceReaderChannel>();
}

bool IndicatorTableModel::runsInBackground() const
{
    return reader_ && unfilteredCount_ > backgroundThreshold_;
}

void IndicatorTableModel::setLoading(bool loading)
{
    if (loading_ == loading)
        return;
    loading_ = loading;
    emit loadingChanged(loading);
}

struct IndicatorTableModel::Loaded {
    IndicatorFilter filter;
    ListColumn column = ListColumn::LastUpdated;
    bool descending = true;
    qint64 now = 0;
    bool byIds = false;
    int count = 0;
    std::vector<qint64> ids; // with byIds
    std::vector<IndicatorRecord> firstPage;
};

void IndicatorTableModel::loadInBackground()
{
    auto loaded = std::make_shared<Loaded>();
    loaded->filter = wantedFilter_;
    loaded->column = wantedColumn_;
    loaded->descending = wantedDescending_;
    loaded->now = store_.now();
    loaded->byIds = !IndicatorQuery::sortUsesIndex(wantedColumn_);
    const IndicatorQuery q(tab_, loaded->filter, loaded->column, loaded->descending, loaded->now);
    setLoading(true);
    if (loaded->byIds) {
        reader_->post(
            channel_->channel,
            [loaded, q](QSqlDatabase& db) {
                QSqlQuery ids = prepared(db, q.idsSql());
                while (ids.next())
                    loaded->ids.push_back(ids.value(0).toLongLong());
                loaded->count = int(loaded->ids.size());
                loaded->firstPage = rowsById(db, loaded->ids, 0);
                return QVariant();
            },
            this, [this, loaded](const QVariant&) { applyLoaded(*loaded); });
        return;
    }
    // The count and the first page are a scan each (a substring filter reads every row):
    // side by side on two lanes. Applied when both are in; a newer load drops both.
    auto waiting = std::make_shared<int>(2);
    const auto arrived = [this, loaded, waiting](const QVariant&) {
        if (--*waiting == 0)
            applyLoaded(*loaded);
    };
    reader_->post(
        channel_->channel,
        [loaded, q](QSqlDatabase& db) {
            QSqlQuery page = prepared(db, q.pageSql(0, kPageSize));
            while (page.next())
                loaded->firstPage.push_back(recordFromQuery(page));
            return QVariant();
        },
        this, arrived, 0);
    reader_->post(
        channel_->countChannel,
        [loaded, q](QSqlDatabase& db) {
            QSqlQuery count = prepared(db, q.countSql());
            loaded->count = count.next() ? count.value(0).toInt() : 0;
            return QVariant();
        },
        this, arrived, 1);
}

void IndicatorTableModel::install(Loaded& loaded)
{
    filter_ = loaded.filter;
    sortColumn_ = loaded.column;
    descending_ = loaded.descending;
    now_ = loaded.now;
    dropCache();
    rowCount_ = loaded.count;
    if (filter_ == IndicatorFilter{})
        unfilteredCount_ = loaded.count;
    byIds_ = loaded.byIds;
    orderedIds_ = std::move(loaded.ids);
    recentPages_.push_front(0);
    pages_.insert(0, std::move(loaded.firstPage));
}

void IndicatorTableModel::applyLoaded(Loaded& loaded)
{
    const bool sortOnly = loaded.filter == filter_ && loaded.count == rowCount_
                          && (loaded.column != sortColumn_ || loaded.descending != descending_);
    if (!sortOnly) {
        beginResetModel();
        install(loaded);
        endResetModel();
    } else {
        reorder([&] { install(loaded); });
    }
    setLoading(false);
    if (!sortOnly)
        emit countChanged(rowCount_);
}

IndicatorQuery IndicatorTableModel::query() const
{
    return IndicatorQuery(tab_, filter_, sortColumn_, descending_, now_);
}

qint64 IndicatorTableModel::queryCount() const
{
    QSqlQuery q = prepared(store_.database(), query().countSql());
    return q.next() ? q.value(0).toLongLong() : 0;
}

void IndicatorTableModel::dropCache() const
{
    pages_.clear();
    recentPages_.clear();
}

void IndicatorTableModel::leaveIdOrder()
{
    byIds_ = false;
    orderedIds_ = {};
    dropCache();
}

void IndicatorTableModel::setFilter(const IndicatorFilter& filter)
{
    if (filter == filter_ && !loading_)
        return;
    wantedFilter_ = filter;
    if (runsInBackground())
        return loadInBackground();
    beginResetModel();
    filter_ = filter;
    now_ = store_.now();
    leaveIdOrder();
    rowCount_ = int(queryCount());
    endResetModel();
    emit countChanged(rowCount_);
}

void IndicatorTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(ListColumn::Count))
        return;
    wantedColumn_ = static_cast<ListColumn>(column);
    wantedDescending_ = order == Qt::DescendingOrder;
    // A sort no index serves on a large list, or a load already on its way (which must not
    // come back with the old sort): the reader's thread.
    if (runsInBackground() && (loading_ || !IndicatorQuery::sortUsesIndex(wantedColumn_)))
        return loadInBackground();
    reorder([this] {
        sortColumn_ = wantedColumn_;
        descending_ = wantedDescending_;
        leaveIdOrder();
    });
}

void IndicatorTableModel::reorder(const std::function<void()>& change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Rows are addressed by position only; persistent indexes follow their store ids.
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& index : persistent)
        ids << idAt(index.row());
    change();
    QModelIndexList moved;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = rowOfId(ids[i]);
        moved << (row >= 0 ? index(row, persistent[i].column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void IndicatorTableModel::refresh()
{
    if (runsInBackground())
        return loadInBackground();
    now_ = store_.now();
    const int count = int(queryCount());
    // (leaveIdOrder: a list that has just become small sorts in SQL again)
    if (count == rowCount_) {
        leaveIdOrder();
        if (count > 0)
            emit dataChanged(index(0, 0), index(count - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    leaveIdOrder();
    rowCount_ = count;
    if (filter_ == IndicatorFilter{})
        unfilteredCount_ = count;
    endResetModel();
    emit countChanged(rowCount_);
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rowCount_;
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ListColumn::Count);
}

const IndicatorTableModel::Page* IndicatorTableModel::page(int pageIndex) const
{
    auto found = pages_.find(pageIndex);
    if (found != pages_.end()) {
        recentPages_.remove(pageIndex);
        recentPages_.push_front(pageIndex);
        return &found.value();
    }
    Page rows;
    if (byIds_) {
        rows = rowsById(store_.database(), orderedIds_, std::size_t(pageIndex) * kPageSize);
    } else {
        rows.reserve(kPageSize);
        QSqlQuery q = prepared(store_.database(), query().pageSql(qint64(pageIndex) * kPageSize, kPageSize));
        while (q.next())
            rows.push_back(recordFromQuery(q));
    }
    if (int(recentPages_.size()) >= kMaxCachedPages) {
        pages_.remove(recentPages_.back());
        recentPages_.pop_back();
    }
    recentPages_.push_front(pageIndex);
    return &pages_.insert(pageIndex, std::move(rows)).value();
}

const IndicatorRecord* IndicatorTableModel::recordAt(int row) const
{
    if (row < 0 || row >= rowCount_)
        return nullptr;
    const Page* p = page(row / kPageSize);
    const size_t offset = size_t(row % kPageSize);
    // (id 0: deleted since the list's ids were read; the refresh that follows drops it)
    return offset < p->size() && (*p)[offset].id != 0 ? &(*p)[offset] : nullptr;
}

qint64 IndicatorTableModel::idAt(int row) const
{
    const IndicatorRecord* r = recordAt(row);
    return r ? r->id : 0;
}

int IndicatorTableModel::rowOfId(qint64 id) const
{
    if (byIds_) {
        const auto found = std::find(orderedIds_.begin(), orderedIds_.end(), id);
        return found == orderedIds_.end() ? -1 : int(found - orderedIds_.begin());
    }
    const IndicatorQuery q = query();
    QSqlQuery contains = prepared(store_.database(), q.containsSql(id));
    if (!contains.next())
        return -1;
    QSqlQuery position = prepared(store_.database(), q.positionSql(id));
    return position.next() ? position.value(0).toInt() : -1;
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndicatorRecord* r = recordAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*r, index.column());
    case Qt::ToolTipRole:
        if (r->indicator.isExpiredAt(fromUnixSeconds(now_)))
            return tr("Expired: kept in the workspace, excluded from previews and enforcement exports until purged.");
        if (r->syncState == SyncState::Failed || r->syncState == SyncState::Conflict)
            return QString::fromStdString(r->syncError);
        return whoAndWhen(*r, index.column());
    case SortRole: return sortValue(*r, index.column());
    case IdRole: return QVariant::fromValue(r->id);
    case ExpiredRole: return r->indicator.isExpiredAt(fromUnixSeconds(now_));
    case SyncStateRole: return QString::fromUtf8(toString(r->syncState).data());
    default: return {};
    }
}

QVariant IndicatorTableModel::whoAndWhen(const IndicatorRecord& r, int column) const
{
    // The list has no "Updated by" column; the who-and-when columns say both, so an auditor
    // can tell who created and who last changed a row (the service's own, for synced rows).
    switch (static_cast<ListColumn>(column)) {
    case ListColumn::CreatedBy:
    case ListColumn::Created:
    case ListColumn::LastUpdated:
        return tr("Created by %1 on %2\nLast updated by %3 on %4")
            .arg(QString::fromStdString(r.createdBy), dateText(r.createdAt),
                 QString::fromStdString(r.updatedBy.empty() ? r.createdBy : r.updatedBy), dateText(r.updatedAt));
    default: return {};
    }
}

QVariant IndicatorTableModel::display(const IndicatorRecord& r, int column) const
{
    const Indicator& ind = r.indicator;
    switch (static_cast<ListColumn>(column)) {
    case ListColumn::Value: return QString::fromStdString(ind.value);
    case ListColumn::Type: return rules::typeLabel(ind.type);
    case ListColumn::Action: return rules::actionLabel(ind.action);
    case ListColumn::Alert: return ind.generateAlert ? tr("Yes") : tr("No");
    case ListColumn::Severity: return rules::severityName(ind.severity);
    case ListColumn::Scope: return scopeText(ind);
    case ListColumn::Expires:
        if (!ind.expiration)
            return tr("Never");
        return ind.isExpiredAt(fromUnixSeconds(now_)) ? tr("Expired %1").arg(dateText(*toUnixSeconds(ind.expiration)))
                                                      : dateText(*toUnixSeconds(ind.expiration));
    case ListColumn::CreatedBy: return QString::fromStdString(r.createdBy);
    case ListColumn::Created: return dateText(r.createdAt);
    case ListColumn::LastUpdated: return dateText(r.updatedAt);
    case ListColumn::SyncState: return syncText(r.syncState);
    case ListColumn::Count: break;
    }
    return {};
}

QVariant IndicatorTableModel::sortValue(const IndicatorRecord& r, int column) const
{
    const Indicator& ind = r.indicator;
    switch (static_cast<ListColumn>(column)) {
    case ListColumn::Value: return QString::fromStdString(ind.value);
    case ListColumn::Type: return QString::fromUtf8(toString(ind.type).data());
    case ListColumn::Action: return actionCode(ind.action);
    case ListColumn::Alert: return ind.generateAlert;
    case ListColumn::Severity: return severityCode(ind.severity);
    case ListColumn::Scope: return QString::fromStdString(scopeKeyOf(ind.rbacGroups));
    case ListColumn::Expires: return QVariant::fromValue(toUnixSeconds(ind.expiration).value_or(std::numeric_limits<qint64>::max()));
    case ListColumn::CreatedBy: return QString::fromStdString(r.createdBy);
    case ListColumn::Created: return QVariant::fromValue(r.createdAt);
    case ListColumn::LastUpdated: return QVariant::fromValue(r.updatedAt);
    case ListColumn::SyncState: return QString::fromUtf8(toString(r.syncState).data());
    case ListColumn::Count: break;
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<ListColumn>(section)) {
    case ListColumn::Value: return tr("Value");
    case ListColumn::Type: return tr("Type");
    case ListColumn::Action: return tr("Action");
    case ListColumn::Alert: return tr("Alert");
    case ListColumn::Severity: return tr("Severity");
    case ListColumn::Scope: return tr("Scope");
    case ListColumn::Expires: return tr("Expires");
    case ListColumn::CreatedBy: return tr("Created by");
    case ListColumn::Created: return tr("Created");
    case ListColumn::LastUpdated: return tr("Last updated");
    case ListColumn::SyncState: return tr("Sync state");
    case ListColumn::Count: break;
    }
    return {};
}

} // namespace indicia
