#pragma once
// The Preview page's charts: matched events per device group, decisions per outcome, and
// matched events per day.

#include "models/preview/preview_tables.h"

#include <QTabWidget>

namespace indicia {

class PreviewCharts : public QTabWidget {
    Q_OBJECT
public:
    explicit PreviewCharts(QWidget* parent = nullptr);
    void setFigures(const PreviewFigures& figures);

private:
    QWidget* barChart(const QMap<QString, qint64>& counts, const QString& title);
    QWidget* pieChart(const QMap<QString, qint64>& counts, const QString& title);
    QWidget* timeChart(const QMap<QDate, qint64>& perDay);
};

} // namespace indicia
