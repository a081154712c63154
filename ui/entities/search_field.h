#pragma once
// The Ctrl+K field: as the user types, a completion list of what exists (files by name or
// hash, machines, indicators), each row naming its kind; choosing a row emits chosen().
// Enter opens the highlighted row, else the best hit; with no hit it emits nothingFound()
// and the list says so. The search itself (models/search) runs off the GUI thread; while
// it works the field shows a busy sign and the list a "Searching..." row.

#include "models/search/search_hit.h"

#include <QLineEdit>

#include <functional>

class QAction;
class QCompleter;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace indicia {

class EntitySearch;
class WorkspaceReader;

class SearchField : public QLineEdit {
    Q_OBJECT
public:
    using ReaderProvider = std::function<WorkspaceReader*()>;
    using TelemetryProvider = std::function<QStringList()>;

    SearchField(ReaderProvider reader, TelemetryProvider telemetry, QWidget* parent = nullptr);

    EntitySearch* search() const { return search_; }
    QTreeView* popupView() const { return popup_; }
    // The hits the list shows (for the query answered last).
    const SearchHits& hits() const { return hits_; }
    bool isBusy() const;
    // Starts indexing the loaded telemetry ahead of the first keystroke (on Ctrl+K).
    void prepare();

signals:
    void chosen(const indicia::SearchHit& hit);
    void nothingFound(const QString& text);

private:
    void edited();
    void runSearch();
    void answered(const QString& query, const SearchHits& hits);
    void enterPressed();
    void activated(const QModelIndex& index);
    int hitRow(const QModelIndex& index) const; // the hit a list row shows; -1 for a message
    void showBusy(bool busy);
    void showRows();
    void addMessageRow(const QString& text);
    void choose(const SearchHit& hit);

    ReaderProvider reader_;
    TelemetryProvider telemetry_;
    EntitySearch* search_ = nullptr;
    QCompleter* completer_ = nullptr;
    QStandardItemModel* model_ = nullptr;
    QTreeView* popup_ = nullptr;
    QTimer* debounce_ = nullptr;
    QAction* busyAction_ = nullptr;
    SearchHits hits_;
    QString answeredQuery_; // the query hits_ answer
    QString askedQuery_;    // the query last sent
    bool chooseOnAnswer_ = false;
};

} // namespace indicia
