#include "ui/entities/search_field.h"

#include "models/search/entity_search.h"

#include <QAction>
#include <QCompleter>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

namespace indicia {

namespace {

constexpr int kMinimumQuery = 2; // one letter matches nearly everything: wait for a second
constexpr int kPopupWidth = 640;

enum Column { KindColumn, TextColumn, DetailColumn, ColumnCount };

} // namespace

SearchField::SearchField(ReaderProvider reader, TelemetryProvider telemetry, QWidget* parent)
    : QLineEdit(parent)
    , reader_(std::move(reader))
    , telemetry_(std::move(telemetry))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Find a file, hash, machine or indicator (Ctrl+K)"));
    setClearButtonEnabled(true);
    search_ = new EntitySearch(this);
    model_ = new QStandardItemModel(0, ColumnCount, this);

    popup_ = new QTreeView;
    popup_->setObjectName(QStringLiteral("globalSearchList"));
    popup_->setHeaderHidden(true);
    popup_->setRootIsDecorated(false);
    popup_->setUniformRowHeights(true);
    popup_->setAllColumnsShowFocus(true);
    popup_->setSelectionBehavior(QAbstractItemView::SelectRows);
    popup_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    popup_->setTextElideMode(Qt::ElideMiddle); // hashes and paths keep both ends

    // A completer in manual mode (not setCompleter): it owns the popup and its keys, while
    // the rows come from the search, not from filtering a fixed list.
    completer_ = new QCompleter(model_, this);
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setCompletionColumn(TextColumn);
    completer_->setMaxVisibleItems(14);
    completer_->setWidget(this);
    completer_->setPopup(popup_);
    popup_->header()->setStretchLastSection(true);
    connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this, &SearchField::activated);

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(120);
    connect(debounce_, &QTimer::timeout, this, &SearchField::runSearch);
    connect(this, &QLineEdit::textEdited, this, &SearchField::edited);
    connect(this, &QLineEdit::returnPressed, this, &SearchField::enterPressed);
    connect(search_, &EntitySearch::finished, this, &SearchField::answered);
    connect(search_, &EntitySearch::busyChanged, this, &SearchField::showBusy);

    busyAction_ = addAction(style()->standardIcon(QStyle::SP_BrowserReload), QLineEdit::TrailingPosition);
    busyAction_->setObjectName(QStringLiteral("globalSearchBusy"));
    busyAction_->setToolTip(tr("Searching..."));
    busyAction_->setVisible(false);
}

bool SearchField::isBusy() const
{
    return search_->isBusy();
}

void SearchField::prepare()
{
    search_->setTelemetry(telemetry_ ? telemetry_() : QStringList());
}

void SearchField::edited()
{
    chooseOnAnswer_ = false;
    if (text().trimmed().size() < kMinimumQuery) {
        debounce_->stop();
        popup_->hide();
        return;
    }
    debounce_->start();
}

void SearchField::runSearch()
{
    debounce_->stop();
    askedQuery_ = text().trimmed();
    prepare();
    search_->search(askedQuery_, reader_ ? reader_() : nullptr);
    if (search_->isBusy())
        showRows();
}

void SearchField::answered(const QString& query, const SearchHits& hits)
{
    hits_ = hits;
    answeredQuery_ = query;
    const bool current = query == text().trimmed();
    if (chooseOnAnswer_ && current) {
        chooseOnAnswer_ = false;
        if (!hits_.isEmpty()) {
            choose(hits_.first());
            return;
        }
        showRows();
        emit nothingFound(query);
        return;
    }
    showRows();
}

void SearchField::enterPressed()
{
    // With a row highlighted in the list the completer activates it (after this signal).
    if (popup_->isVisible() && hitRow(popup_->currentIndex()) >= 0)
        return;
    const QString query = text().trimmed();
    if (query.isEmpty())
        return;
    if (answeredQuery_ == query && askedQuery_ == query && !search_->isBusy()) {
        if (!hits_.isEmpty()) {
            choose(hits_.first());
        } else {
            showRows();
            emit nothingFound(query);
        }
        return;
    }
    // Not answered yet (a pasted hash, fast typing): act on the answer when it comes.
    chooseOnAnswer_ = true;
    if (askedQuery_ != query || !search_->isBusy())
        runSearch();
}

int SearchField::hitRow(const QModelIndex& index) const
{
    if (!index.isValid())
        return -1;
    const QVariant row = index.sibling(index.row(), KindColumn).data(Qt::UserRole);
    return row.isValid() && row.toInt() < hits_.size() ? row.toInt() : -1;
}

void SearchField::activated(const QModelIndex& index)
{
    if (const int row = hitRow(index); row >= 0)
        choose(hits_.at(row));
}

void SearchField::choose(const SearchHit& hit)
{
    chooseOnAnswer_ = false;
    popup_->hide();
    emit chosen(hit);
}

void SearchField::showBusy(bool busy)
{
    busyAction_->setVisible(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::IBeamCursor);
}

void SearchField::addMessageRow(const QString& text)
{
    auto* item = new QStandardItem(text);
    // Not a hit (no row number): it cannot be selected, and activating it does nothing.
    // Enabled all the same, so that it reads in the normal text colour.
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(-1, Qt::UserRole);
    QFont font = item->font();
    font.setItalic(true);
    item->setFont(font);
    model_->appendRow(item);
    popup_->setFirstColumnSpanned(model_->rowCount() - 1, {}, true);
}

void SearchField::showRows()
{
    const QString query = text().trimmed();
    if (query.size() < kMinimumQuery && !chooseOnAnswer_ && answeredQuery_ != query)
        return;
    model_->removeRows(0, model_->rowCount());
    // Older hits stay listed while a newer search runs (the field shows that it is busy);
    // with none to show, the list says what is going on.
    if (hits_.isEmpty()) {
        if (search_->isBusy())
            addMessageRow(search_->isIndexing() ? tr("Reading the loaded telemetry...") : tr("Searching..."));
        else if (answeredQuery_ == query)
            addMessageRow(tr("Nothing found for '%1'").arg(query));
    }
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (int i = 0; i < hits_.size(); ++i) {
        const SearchHit& hit = hits_.at(i);
        auto* kind = new QStandardItem(SearchHitText::kindLabel(hit.kind));
        QFont bold = kind->font();
        bold.setBold(true);
        kind->setFont(bold);
        kind->setData(i, Qt::UserRole);
        auto* value = new QStandardItem(hit.text);
        auto* detail = new QStandardItem(hit.detail);
        detail->setForeground(muted);
        const QString tip = hit.detail.isEmpty() ? hit.text : hit.text + u'\n' + hit.detail;
        for (QStandardItem* item : {kind, value, detail}) {
            item->setToolTip(tip);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
        model_->appendRow({kind, value, detail});
    }
    if (model_->rowCount() == 0) {
        popup_->hide();
        return;
    }
    if (!hasFocus() && !popup_->isVisible())
        return; // the user moved on: no list popping up over another page
    popup_->resizeColumnToContents(KindColumn);
    popup_->resizeColumnToContents(TextColumn);
    popup_->setColumnWidth(TextColumn, std::min(popup_->columnWidth(TextColumn) + 16, kPopupWidth / 2));
    // The field sits at the right end of the tool bar: a wider list grows to the left.
    const int popupWidth = std::max(width(), kPopupWidth);
    completer_->complete(QRect(width() - popupWidth, 0, popupWidth, height()));
    for (int row = 0; row < model_->rowCount(); ++row)
        if (const QModelIndex index = completer_->completionModel()->index(row, 0); hitRow(index) >= 0) {
            popup_->setCurrentIndex(index);
            break;
        }
}

} // namespace indicia
