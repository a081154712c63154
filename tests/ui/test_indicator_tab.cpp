// One tab of the Indicators page over a real workspace file: a click on a column header no
// index serves, on a list large for its reader, shows the busy bar until the rows arrive in
// the new order (the sort runs on the reader's thread).

#include "models/async/workspace_reader.h"
#include "models/list/indicator_table_model.h"
#include "models/store/workspace_store.h"
#include "ui/indicator_tab.h"

#include <QAction>
#include <QHeaderView>
#include <QProgressBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

namespace {

// Hashes of three types, so that the Type column has something to sort.
Indicator fileHash(int i)
{
    static const IndicatorType kTypes[] = {IndicatorType::FileSha256, IndicatorType::FileSha1, IndicatorType::FileMd5};
    const IndicatorType type = kTypes[i % 3];
    const int digits = type == IndicatorType::FileSha256 ? 64 : type == IndicatorType::FileSha1 ? 40 : 32;
    const std::string number = std::to_string(i + 1);
    Indicator ind;
    ind.type = type;
    ind.value = std::string(std::size_t(digits) - number.size(), 'a') + number;
    ind.action = Action::Block;
    ind.title = "Hash " + number;
    ind.description = "test";
    return ind;
}

} // namespace

class TestIndicatorTab : public QObject {
    Q_OBJECT
private slots:
    void headerClickSortsOnTheReaderBehindABusyBar()
    {
        QTemporaryDir dir;
        WorkspaceStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("tab.indicia"))).ok());
        for (int i = 0; i < 300; ++i)
            QVERIFY(store.upsert(fileHash(i)).ok());
        WorkspaceReader reader(store.path());
        IndicatorTableModel model(store, TabKind::FileHashes);
        model.setReader(&reader, 100); // 300 rows count as large here
        QAction add(QStringLiteral("Add"));
        QAction import(QStringLiteral("Import"));
        IndicatorTab tab(TabKind::FileHashes, &add, &import);
        tab.setModel(&model);
        tab.updatePage(false);
        tab.resize(1000, 500);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(!tab.busyBar()->isVisible());

        QHeaderView* header = tab.view()->horizontalHeader();
        const int column = int(ListColumn::Type);
        const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
        QCOMPARE(header->sortIndicatorSection(), column);
        QVERIFY(model.isLoading());
        QVERIFY(tab.busyBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QVERIFY(!tab.busyBar()->isVisible());

        // Every row in the order the header shows.
        const bool descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
        QCOMPARE(model.rowCount(), 300);
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString type = model.data(model.index(row, column), IndicatorTableModel::SortRole).toString();
            if (row > 0)
                QVERIFY2(descending ? previous >= type : previous <= type, qPrintable(QString::number(row)));
            previous = type;
        }
        QVERIFY(model.data(model.index(0, column), IndicatorTableModel::SortRole).toString()
                != model.data(model.index(299, column), IndicatorTableModel::SortRole).toString());
    }
};

QTEST_MAIN(TestIndicatorTab)
#include "test_indicator_tab.moc"
