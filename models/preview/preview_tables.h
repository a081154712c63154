#pragma once
// The Preview page's tables over a finished preview: one row per decided event subject
// (which indicator won, by which rule, with what outcome), and one row per machine.

#include "engine/match/preview.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QMap>
#include <QStringList>

#include <memory>
#include <vector>

namespace indicia {

// A finished preview in Qt types, for the page's cards, charts and status line.
struct PreviewFigures {
    qint64 eventsScanned = 0;
    qint64 eventsMatched = 0;
    qint64 machinesAffected = 0;    // machines where something blocks, warns or alerts
    qint64 machinesOnlyAllowed = 0; // machines whose every decided match is an Allow
    qint64 wouldBlock = 0;
    qint64 wouldAlert = 0;
    qint64 allowsOverridingDetection = 0;
    qint64 badRecordsSkipped = 0;
    bool cancelled = false;
    QMap<QString, qint64> perDeviceGroup; // matched events
    QMap<QString, qint64> perOutcome;     // decisions
    QMap<QDate, qint64> perDay;           // matched events per UTC day
    QStringList errors;                   // "file:record: reason"
};

PreviewFigures figuresOf(const match::PreviewResult& result);

class PreviewEventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Machine, DeviceGroup, Kind, Field, Indicator, Action, Outcome, DecidedBy, Why, ColumnCount };
    enum Role {
        IndicatorIdRole = Qt::UserRole + 1,
        MachineRole,
        FileHashRole, // the deciding indicator's hash when it is a file hash, else empty
        SortRole,     // what the column sorts by (numbers as numbers)
    };

    explicit PreviewEventsModel(QObject* parent = nullptr);
    void setResult(std::shared_ptr<const match::PreviewResult> result, std::shared_ptr<const match::Snapshot> snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        std::uint32_t event;
        std::uint32_t subject;
    };
    QVariant display(const Row& row, int column) const;

    std::shared_ptr<const match::PreviewResult> result_;
    std::shared_ptr<const match::Snapshot> snapshot_;
    std::vector<Row> rows_;
};

class PreviewMachinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Machine, DeviceGroup, Events, Blocked, Alerts, Allowed, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 }; // numbers as numbers

    explicit PreviewMachinesModel(QObject* parent = nullptr);
    void setResult(const match::PreviewResult& result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString machine;
        QString group;
        qint64 events = 0, blocked = 0, alerts = 0, allowed = 0;
    };
    std::vector<Row> rows_;
};

} // namespace indicia
