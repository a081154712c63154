#include "ui/indicator_tab.h"

#include "models/list/indicator_table_model.h"
#include "models/rules/indicator_rules.h"
#include "ui/empty_state_widget.h"
#include "ui/expired_row_delegate.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace indicia {

namespace {
struct EmptyText {
    const char* title;
    const char* hint;
};

EmptyText emptyText(TabKind tab)
{
    switch (tab) {
    case TabKind::FileHashes:
        return {QT_TRANSLATE_NOOP("IndicatorTab", "No file hash indicators yet"),
                QT_TRANSLATE_NOOP("IndicatorTab", "Block or allow files by SHA-256, SHA-1 or MD5. Add one, or import "
                                                  "the Microsoft Defender CSV template or a plain list of hashes.")};
    case TabKind::IpAddresses:
        return {QT_TRANSLATE_NOOP("IndicatorTab", "No IP address indicators yet"),
                QT_TRANSLATE_NOOP("IndicatorTab", "Allow, warn on or block connections to external IPv4 and IPv6 "
                                                  "addresses.")};
    case TabKind::UrlsDomains:
        return {QT_TRANSLATE_NOOP("IndicatorTab", "No URL or domain indicators yet"),
                QT_TRANSLATE_NOOP("IndicatorTab", "A domain covers all its subdomains; a URL covers its path and "
                                                  "below.")};
    case TabKind::Certificates:
        return {QT_TRANSLATE_NOOP("IndicatorTab", "No certificate indicators yet"),
                QT_TRANSLATE_NOOP("IndicatorTab", "Allow or block files signed by a leaf certificate, by its SHA-1 "
                                                  "thumbprint or a .cer/.pem file.")};
    }
    return {"", ""};
}
} // namespace

QString tabObjectName(TabKind tab)
{
    switch (tab) {
    case TabKind::FileHashes: return QStringLiteral("fileHashesTab");
    case TabKind::IpAddresses: return QStringLiteral("ipAddressesTab");
    case TabKind::UrlsDomains: return QStringLiteral("urlsDomainsTab");
    case TabKind::Certificates: return QStringLiteral("certificatesTab");
    }
    return {};
}

IndicatorTab::IndicatorTab(TabKind tab, QAction* addAction, QAction* importAction, QWidget* parent)
    : QStackedWidget(parent)
    , tab_(tab)
{
    setObjectName(tabObjectName(tab));
    const EmptyText text = emptyText(tab);
    auto* empty = new EmptyStateWidget(tr(text.title), tr(text.hint), this);
    empty->setObjectName(objectName() + QStringLiteral("Empty"));
    empty->addAction(addAction);
    empty->addAction(importAction);
    addWidget(empty);

    view_ = new QTableView(this);
    view_->setObjectName(objectName() + QStringLiteral("Table"));
    view_->setAccessibleName(rules::tabLabel(tab));
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setSortingEnabled(true);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->setItemDelegate(new ExpiredRowDelegate(view_));
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setSectionsMovable(true);
    view_->horizontalHeader()->setHighlightSections(false);

    // While a large list's filter or sort runs on the reader's thread the old rows stay; a
    // thin moving bar above them says the new ones are coming.
    busy_ = new QProgressBar(this);
    busy_->setObjectName(objectName() + QStringLiteral("Busy"));
    busy_->setRange(0, 0);
    busy_->setTextVisible(false);
    busy_->setFixedHeight(4);
    busy_->setAccessibleName(tr("Loading the list"));
    busy_->setToolTip(tr("Filtering or sorting; the list changes when it is done."));
    busy_->hide();
    listPage_ = new QWidget(this);
    auto* layout = new QVBoxLayout(listPage_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(busy_);
    layout->addWidget(view_);
    addWidget(listPage_);

    connect(view_, &QTableView::customContextMenuRequested, this,
            [this](const QPoint& pos) { emit contextMenuRequested(view_->viewport()->mapToGlobal(pos)); });
    connect(view_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (model_)
            emit activated(model_->idAt(index.row()));
    });
}

void IndicatorTab::setModel(IndicatorTableModel* model)
{
    const QByteArray header = model_ ? headerState() : QByteArray();
    if (model_)
        disconnect(model_, nullptr, busy_, nullptr);
    model_ = model;
    view_->setModel(model);
    // Fixed row heights: the view never asks a million rows for their size.
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = view_->fontMetrics();
    QFont fixedFont = view_->font();
    fixedFont.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    const QFontMetrics fixed(fixedFont);
    const int dateWidth = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 24;
    view_->setColumnWidth(int(ListColumn::Value), tab_ == TabKind::FileHashes ? fixed.horizontalAdvance(QString(66, u'0')) : 320);
    view_->setColumnWidth(int(ListColumn::Type), fm.horizontalAdvance(QStringLiteral("Certificate thumbprint")) / 2 + 40);
    view_->setColumnWidth(int(ListColumn::Action), fm.horizontalAdvance(QStringLiteral("Block and remediate")) + 16);
    view_->setColumnWidth(int(ListColumn::Alert), fm.horizontalAdvance(QStringLiteral("Alert")) + 24);
    view_->setColumnWidth(int(ListColumn::Severity), fm.horizontalAdvance(QStringLiteral("Informational")) + 16);
    view_->setColumnWidth(int(ListColumn::Expires), dateWidth);
    view_->setColumnWidth(int(ListColumn::Created), dateWidth);
    view_->setColumnWidth(int(ListColumn::LastUpdated), dateWidth);
    if (!header.isEmpty())
        restoreHeaderState(header);
    view_->sortByColumn(int(ListColumn::LastUpdated), Qt::DescendingOrder);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IndicatorTab::selectionChanged);
    busy_->setVisible(model && model->isLoading());
    if (model)
        connect(model, &IndicatorTableModel::loadingChanged, busy_, &QWidget::setVisible, Qt::UniqueConnection);
}

IndicatorTableModel* IndicatorTab::model() const
{
    return model_.data();
}

QList<std::int64_t> IndicatorTab::selectedIds() const
{
    QList<std::int64_t> ids;
    if (!model_)
        return ids;
    for (const QModelIndex& index : view_->selectionModel()->selectedRows())
        if (const std::int64_t id = model_->idAt(index.row()))
            ids << id;
    return ids;
}

bool IndicatorTab::selectId(std::int64_t id)
{
    const int row = model_ ? model_->rowOfId(id) : -1;
    if (row < 0)
        return false;
    setCurrentWidget(listPage_);
    const QModelIndex index = model_->index(row, 0);
    view_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void IndicatorTab::updatePage(bool filterActive)
{
    const bool empty = model_ && model_->rowCount() == 0 && !filterActive;
    setCurrentIndex(empty ? 0 : 1);
}

QByteArray IndicatorTab::headerState() const
{
    return view_->horizontalHeader()->saveState();
}

void IndicatorTab::restoreHeaderState(const QByteArray& state)
{
    view_->horizontalHeader()->restoreState(state);
}

} // namespace indicia
