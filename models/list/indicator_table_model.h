#pragma once
// One tab's indicator list as a table model that pages rows from SQLite on demand: it
// never holds more than a few pages in memory, so a million-row workspace opens at once.
// Sorting and filtering happen in SQL on indexed columns; raw values are exposed under
// SortRole; after a store change, refresh() emits one batched signal.
//
// On a list larger than the reader threshold, filters, refreshes and sorts no index serves
// run on the reader's thread and the rows change when the answer arrives. For such a sort
// the answer is every id of the list in order, read once; pages are then read by id
// (otherwise SQLite would sort the whole tab again for every page: 1.5 s at 600,000 rows).

#include "models/list/indicator_filter.h"
#include "models/list/indicator_query.h"
#include "models/store/indicator_record.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <list>
#include <memory>
#include <vector>

namespace indicia {

class WorkspaceReader;
class WorkspaceStore;
struct WorkspaceReaderChannel;

class IndicatorTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: number, date, enum code
        IdRole,                      // store id (qint64)
        ExpiredRole,                 // bool: the view greys these rows
        SyncStateRole,               // "synced", "pending", "conflict", "failed"
    };

    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 48;

    IndicatorTableModel(WorkspaceStore& store, TabKind tab, QObject* parent = nullptr);
    ~IndicatorTableModel() override;

    TabKind tab() const { return tab_; }
    // The filter the rows reflect (a newer one may still be loading).
    const IndicatorFilter& filter() const { return filter_; }
    // Applies at once on small lists; on lists larger than the reader threshold the count and
    // first page are read on the reader's thread and the rows change when they arrive.
    void setFilter(const IndicatorFilter& filter);
    void setReader(WorkspaceReader* reader, int threshold = kDefaultBackgroundThreshold);
    bool isLoading() const { return loading_; }

    static constexpr int kDefaultBackgroundThreshold = 20000;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The store row behind a list row (0 when out of range).
    qint64 idAt(int row) const;
    const IndicatorRecord* recordAt(int row) const;
    // The list row of store id `id` under the current filter and sort, or -1.
    int rowOfId(qint64 id) const;

public slots:
    // Re-reads after the store changed. Keeps the model's rows when the count did not
    // change (dataChanged), otherwise one reset.
    void refresh();

signals:
    void countChanged(qint64 count);
    void loadingChanged(bool loading);

private:
    using Page = std::vector<IndicatorRecord>;

    struct Loaded; // what the reader's thread reads for loadInBackground()

    IndicatorQuery query() const;
    bool runsInBackground() const;
    // Reads the wanted filter and sort on the reader's thread, then applyLoaded().
    void loadInBackground();
    void applyLoaded(Loaded& loaded);
    void install(Loaded& loaded);
    // Runs `change` (a new order of the same rows) between the layout signals, moving the
    // persistent indexes (selection, current row) to their ids' new rows.
    void reorder(const std::function<void()>& change);
    void setLoading(bool loading);
    qint64 queryCount() const;
    const Page* page(int pageIndex) const;
    void dropCache() const;
    // Back to paging in SQL (drops the id order and the cached pages).
    void leaveIdOrder();
    QVariant display(const IndicatorRecord& r, int column) const;
    QVariant whoAndWhen(const IndicatorRecord& r, int column) const;
    QVariant sortValue(const IndicatorRecord& r, int column) const;

    WorkspaceStore& store_;
    TabKind tab_;
    // What the rows show...
    IndicatorFilter filter_;
    ListColumn sortColumn_ = ListColumn::LastUpdated;
    bool descending_ = true;
    // ...and what the newest setFilter()/sort() asked for (differs while a load runs).
    IndicatorFilter wantedFilter_;
    ListColumn wantedColumn_ = ListColumn::LastUpdated;
    bool wantedDescending_ = true;
    // With byIds_, every id of the list in list order; pages are read by id.
    bool byIds_ = false;
    std::vector<qint64> orderedIds_;
    int rowCount_ = 0;
    int unfilteredCount_ = 0;
    WorkspaceReader* reader_ = nullptr;
    int backgroundThreshold_ = kDefaultBackgroundThreshold;
    bool loading_ = false;
    std::unique_ptr<WorkspaceReaderChannel> channel_;
    qint64 now_ = 0;
    mutable QHash<int, Page> pages_;
    mutable std::list<int> recentPages_; // most recent first, for eviction
};

} // namespace indicia
