#include "ui/indicators_page.h"

#include "ui/empty_state_widget.h"

#include <QAction>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace indicia {

namespace {
struct TabText {
    const char* objectName;
    const char* title;
    const char* emptyTitle;
    const char* emptyHint;
};

// Object names are stable: GUI tests find the tabs by them.
constexpr TabText kTabs[IndicatorsPage::kTabCount] = {
    {"fileHashesTab", QT_TRANSLATE_NOOP("IndicatorsPage", "File hashes"),
     QT_TRANSLATE_NOOP("IndicatorsPage", "No file hash indicators yet"),
     QT_TRANSLATE_NOOP("IndicatorsPage",
                       "Block or allow files by SHA-256, SHA-1 or MD5. Add one, or import the "
                       "Microsoft Defender CSV template or a plain list of hashes.")},
    {"ipAddressesTab", QT_TRANSLATE_NOOP("IndicatorsPage", "IP addresses"),
     QT_TRANSLATE_NOOP("IndicatorsPage", "No IP address indicators yet"),
     QT_TRANSLATE_NOOP("IndicatorsPage",
                       "Allow, warn on or block connections to external IPv4 and IPv6 "
                       "addresses.")},
    {"urlsDomainsTab", QT_TRANSLATE_NOOP("IndicatorsPage", "URLs/Domains"),
     QT_TRANSLATE_NOOP("IndicatorsPage", "No URL or domain indicators yet"),
     QT_TRANSLATE_NOOP("IndicatorsPage",
                       "A domain covers all its subdomains; a URL covers its path and below.")},
    {"certificatesTab", QT_TRANSLATE_NOOP("IndicatorsPage", "Certificates"),
     QT_TRANSLATE_NOOP("IndicatorsPage", "No certificate indicators yet"),
     QT_TRANSLATE_NOOP("IndicatorsPage",
                       "Allow or block files signed by a leaf certificate, by its SHA-1 "
                       "thumbprint or a .cer/.pem file.")},
};
} // namespace

IndicatorsPage::IndicatorsPage(QAction* addAction, QAction* importAction, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("indicatorsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("indicatorTabs"));
    tabs_->setDocumentMode(true);
    for (int i = 0; i < kTabCount; ++i)
        tabs_->addTab(makeTab(i, addAction, importAction), tabTitle(i));
    layout->addWidget(tabs_);
    for (int i = 0; i < kTabCount; ++i)
        setTabCount(i, 0);
}

QWidget* IndicatorsPage::makeTab(int index, QAction* addAction, QAction* importAction)
{
    auto* stack = new QStackedWidget(this);
    stack->setObjectName(QLatin1String(kTabs[index].objectName));
    auto* empty = new EmptyStateWidget(tr(kTabs[index].emptyTitle), tr(kTabs[index].emptyHint), stack);
    empty->setObjectName(QLatin1String(kTabs[index].objectName) + QStringLiteral("Empty"));
    empty->addAction(addAction);
    empty->addAction(importAction);
    stack->addWidget(empty);
    auto* table = new QTableView(stack);
    table->setObjectName(QLatin1String(kTabs[index].objectName) + QStringLiteral("Table"));
    stack->addWidget(table);
    stacks_[static_cast<size_t>(index)] = stack;
    return stack;
}

QString IndicatorsPage::tabTitle(int index) const
{
    return tr(kTabs[index].title);
}

void IndicatorsPage::setTabCount(int index, qint64 count)
{
    tabs_->setTabText(index, tr("%1 (%L2)").arg(tabTitle(index)).arg(count));
    stacks_[static_cast<size_t>(index)]->setCurrentIndex(count > 0 ? 1 : 0);
}

} // namespace indicia
