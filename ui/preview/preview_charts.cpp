#include "ui/preview/preview_charts.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QLineSeries>
#include <QPieSeries>
#include <QValueAxis>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace indicia {

namespace {
QChartView* viewOf(QChart* chart)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

} // namespace

PreviewCharts::PreviewCharts(QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("previewCharts"));
    setFigures({});
}

void PreviewCharts::setFigures(const PreviewFigures& figures)
{
    while (count() > 0) {
        QWidget* old = widget(0);
        removeTab(0);
        old->deleteLater();
    }
    addTab(barChart(figures.perDeviceGroup, tr("Matched events per device group")), tr("Device groups"));
    addTab(pieChart(figures.perOutcome, tr("Decisions per outcome")), tr("Outcomes"));
    addTab(timeChart(figures.perDay), tr("Over time"));
}

// Horizontal bars: device-group names are read in full down the left side (upright
// category labels under vertical bars were cut to "Fi..." at this width), each bar with its
// count at its end. The first group alphabetically is at the top.
QWidget* PreviewCharts::barChart(const QMap<QString, qint64>& counts, const QString& title)
{
    auto* set = new QBarSet(tr("Events"));
    QStringList categories;
    qint64 top = 1;
    for (auto it = counts.constEnd(); it != counts.constBegin();) {
        --it;
        categories << (it.key().isEmpty() ? tr("(no group)") : it.key());
        *set << qreal(it.value());
        top = std::max(top, it.value());
    }
    auto* series = new QHorizontalBarSeries();
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->addSeries(series);
    auto* groups = new QBarCategoryAxis();
    groups->append(categories);
    chart->addAxis(groups, Qt::AlignLeft);
    series->attachAxis(groups);
    auto* events = new QValueAxis();
    events->setRange(0, qreal(top) * 1.15); // room for the count after the longest bar
    events->setLabelFormat(QStringLiteral("%d"));
    events->applyNiceNumbers();
    chart->addAxis(events, Qt::AlignBottom);
    series->attachAxis(events);
    chart->legend()->hide();
    set->setLabelColor(groups->labelsBrush().color()); // the default is the bar's own colour
    return viewOf(chart);
}

// The legend is a list of labels under the pie, one outcome a line: the chart's own legend
// shared one row (or a narrow column) among all outcomes and cut them to "block-and-quar...".
// A label wraps rather than being cut, and its tooltip says it in full.
QWidget* PreviewCharts::pieChart(const QMap<QString, qint64>& counts, const QString& title)
{
    auto* series = new QPieSeries();
    series->setPieSize(0.85);
    for (auto it = counts.begin(); it != counts.end(); ++it)
        series->append(QStringLiteral("%1 (%L2)").arg(it.key()).arg(it.value()), qreal(it.value()));
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->addSeries(series);
    QChartView* view = viewOf(chart);
    chart->legend()->hide();

    auto* box = new QWidget();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    auto* legend = new QWidget(box);
    legend->setObjectName(QStringLiteral("pieLegend"));
    auto* rows = new QGridLayout(legend);
    rows->setColumnStretch(1, 1);
    const QList<QPieSlice*> slices = series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        auto* swatch = new QLabel(legend);
        swatch->setFixedSize(12, 12);
        swatch->setAutoFillBackground(true);
        QPalette palette = swatch->palette();
        palette.setColor(QPalette::Window, slices[i]->color()); // the slice's colour, from the chart's theme
        swatch->setPalette(palette);
        auto* label = new QLabel(slices[i]->label(), legend);
        label->setObjectName(QStringLiteral("pieLegendLabel"));
        label->setWordWrap(true);
        label->setToolTip(slices[i]->label());
        rows->addWidget(swatch, i, 0, Qt::AlignTop);
        rows->addWidget(label, i, 1);
    }
    layout->addWidget(legend);
    return box;
}

QWidget* PreviewCharts::timeChart(const QMap<QDate, qint64>& perDay)
{
    auto* series = new QLineSeries();
    series->setName(tr("Matched events"));
    qint64 top = 1;
    for (auto it = perDay.begin(); it != perDay.end(); ++it) {
        series->append(qreal(it.key().startOfDay(Qt::UTC).toMSecsSinceEpoch()), qreal(it.value()));
        top = std::max(top, it.value());
    }
    auto* chart = new QChart();
    chart->setTitle(tr("Matched events per day"));
    chart->addSeries(series);
    // Day and month under each tick, the year(s) in the axis title: five "yyyy-MM-dd" did not
    // fit the chart's width and were cut to "2023-0...". No more ticks than days.
    auto* x = new QDateTimeAxis();
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(int(std::clamp<qsizetype>(perDay.size() + 2, 2, 6)));
    if (!perDay.isEmpty()) {
        const int first = perDay.firstKey().year(), last = perDay.lastKey().year();
        x->setTitleText(first == last ? tr("Day (UTC), %1").arg(first) : tr("Day (UTC), %1-%2").arg(first).arg(last));
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    if (!perDay.isEmpty())
        x->setRange(perDay.firstKey().addDays(-1).startOfDay(Qt::UTC), perDay.lastKey().addDays(1).startOfDay(Qt::UTC));
    auto* y = new QValueAxis();
    y->setRange(0, qreal(top));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    return viewOf(chart);
}

} // namespace indicia
