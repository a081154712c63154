// List benchmark (DESIGN.md "Performance targets", List): opens a large workspace the way
// the console does and times what a user feels: the window's first paint, the first rows
// of a tab, sorting, a filter keystroke, jumping to the middle and the end; then the peak
// resident memory. The same queries run through the sqlite3 shell give the peer figure.
//
// usage: list_bench WORKSPACE.indicia

#include "models/list/indicator_table_model.h"
#include "models/settings/settings_registry.h"
#include "models/store/workspace_store.h"
#include "ui/indicators_page.h"
#include "ui/main_window.h"
#include "ui/workspace_controller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <string>

using namespace indicia;

namespace {

double ms(QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// Touches the rows a view shows (about 40), as a paint would.
void touchVisible(IndicatorTableModel& model, int firstRow)
{
    for (int row = firstRow; row < std::min(model.rowCount(), firstRow + 40); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            model.data(model.index(row, column));
}

// Large lists filter on a reader thread: wait until the rows are there.
void waitLoaded(IndicatorTableModel& model)
{
    if (!model.isLoading())
        return;
    QEventLoop loop;
    QObject::connect(&model, &IndicatorTableModel::loadingChanged, &loop, [&loop](bool loading) {
        if (!loading)
            loop.quit();
    });
    loop.exec();
}

void report(const char* what, double millis, double target)
{
    std::printf("%-34s %9.1f ms   (target < %.0f ms) %s\n", what, millis, target, millis < target ? "ok" : "OVER");
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: list_bench WORKSPACE.indicia\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir profile;
    SettingsRegistry settings(profile.filePath(QStringLiteral("settings.ini")));

    QElapsedTimer t;
    t.start();
    MainWindow window(settings);
    if (!window.openWorkspace(path))
        return 2;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    window.grab(); // forces a full paint of the list
    report("window shown and painted", ms(t), 500);

    IndicatorTableModel& model = *window.controller()->model(TabKind::FileHashes);
    std::printf("file hash rows: %d, all active: %lld\n", model.rowCount(),
                static_cast<long long>(window.controller()->store().activeCount()));

    // A sort an index serves, answered on the window's thread.
    const auto timeSort = [&](const char* what, ListColumn column, Qt::SortOrder order) {
        t.restart();
        model.sort(int(column), order);
        touchVisible(model, 0);
        report(what, ms(t), 100);
    };
    timeSort("sort by value (first rows)", ListColumn::Value, Qt::AscendingOrder);
    timeSort("sort by severity (first rows)", ListColumn::Severity, Qt::DescendingOrder);
    timeSort("sort by expiry (first rows)", ListColumn::Expires, Qt::AscendingOrder);

    // No index serves this sort: the window hands it to the reader's thread, which reads
    // every id in order once; pages are then read by id.
    t.restart();
    model.sort(int(ListColumn::Type), Qt::DescendingOrder);
    report("sort by type: click handled", ms(t), 100);
    waitLoaded(model);
    touchVisible(model, 0);
    std::printf("%-34s %9.1f ms   (off the window's thread)\n", "sort by type: rows shown", ms(t));
    t.restart();
    touchVisible(model, model.rowCount() / 2);
    report("sort by type: the middle", ms(t), 100);

    timeSort("back to severity (first rows)", ListColumn::Severity, Qt::DescendingOrder);

    t.restart();
    touchVisible(model, model.rowCount() / 2);
    report("jump to the middle", ms(t), 100);

    t.restart();
    touchVisible(model, std::max(0, model.rowCount() - 40));
    report("jump to the end", ms(t), 100);

    const auto timeFilter = [&](const char* what, const IndicatorFilter& filter) {
        t.restart();
        model.setFilter(filter);
        report((std::string(what) + ": keystroke handled").c_str(), ms(t), 100);
        waitLoaded(model);
        touchVisible(model, 0);
        std::printf("%-34s %9.1f ms   (%d rows; off the window's thread)\n", (std::string(what) + ": rows shown").c_str(),
                    ms(t), model.rowCount());
    };
    IndicatorFilter filter;
    filter.action = Action::Audit;
    timeFilter("action filter", filter);
    filter = {};
    filter.text = QStringLiteral("deadbe");
    timeFilter("substring filter", filter);
    filter.text = QStringLiteral("deadbee");
    timeFilter("next keystroke", filter);
    filter.text = model.data(model.index(0, 0)).toString();
    if (filter.text.isEmpty()) {
        model.setFilter({});
        waitLoaded(model);
        filter.text = model.data(model.index(model.rowCount() / 3, 0)).toString().toUpper();
    }
    timeFilter("pasted full hash", filter);

    t.restart();
    window.indicatorsPage()->tabs()->setCurrentIndex(2);
    window.grab();
    report("switch tab and paint", ms(t), 100);

    const long rss = peakRssKb();
    std::printf("%-34s %9.1f MB   (target < 300 MB) %s\n", "peak resident memory", double(rss) / 1024.0,
                rss / 1024 < 300 ? "ok" : "OVER");
    return 0;
}
