#pragma once
// The deterministic demo organisation (issue #9): one call writes a fictional company's
// machine groups, machines, files, personas, existing indicators, a training scenario and
// a month of Advanced Hunting telemetry into a directory. The same spec gives the same
// bytes on every platform; manifest.json is written last, so a directory without one is
// a half-written data set to regenerate.
//
// Files in `dir`: seed.json, clients.json, indicators.json, scenario.json, report.txt,
// telemetry/*.csv, manifest.json (formats: service/README.md, "Demo mode").

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace indicia::service::demo {

inline constexpr int kGeneratorVersion = 1;

struct DemoSpec {
    quint32 seed = 1;
    qint64 events = 1'000'000; // total telemetry events across the event tables
    int machines = 520;
    int days = 30;
    // Fixed, not "now": the data set must not depend on the day it is generated.
    QDateTime end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
};

struct DemoCounts {
    int groups = 0;
    int machines = 0;
    int files = 0;
    int indicators = 0;
    qint64 events = 0;
};

// Writes the whole demo data set into `dir` (created). Returns an error text or empty.
// progress(done, total) may be called often; cancel() is polled; both may be empty.
QString generateDemo(const DemoSpec& spec, const QString& dir, DemoCounts* counts = nullptr,
                     std::function<void(qint64, qint64)> progress = {}, std::function<bool()> cancel = {});

// True when `dir` holds a complete data set generated from `spec` by this generator version.
bool demoIsCurrent(const DemoSpec& spec, const QString& dir);

} // namespace indicia::service::demo
