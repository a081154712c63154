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

QWidget* PreviewCharts::pieChart(const QMap<QString, qint64>& counts, const QString& title)
{
    auto* series = new QPieSeries();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        series->append(QStringLiteral("%1 (%L2)").arg(it.key()).arg(it.value()), qreal(it.value()));
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->addSeries(series);
    return viewOf(chart);
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
    auto* x = new QDateTimeAxis();
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
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
