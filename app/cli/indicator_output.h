#pragma once
// Where `indicia-cli export` and `indicia-cli convert` write indicators: one of the
// engine's formats to a file or stdout, or Suricata dataset files into a directory
// (-o DIR, required). Also says, on stderr, what an MDE-bound file would get wrong:
// over 15,000 indicators, or IP ranges left out.

#include "engine/codec/indicator_writer.h"
#include "engine/codec/suricata_datasets.h"

#include <QString>
#include <QTextStream>

#include <fstream>
#include <memory>
#include <optional>

class IndicatorOutput {
public:
    // "mde-csv|csv|stix|misp|text|zeek|suricata", for usage lines.
    static QString formatNames();
    // Null with `error` set when the format is unknown, the file cannot be created or
    // suricata has no -o directory.
    static std::unique_ptr<IndicatorOutput> open(const QString& format, const QString& output, indicia::TimePoint now,
                                                 QString& error);

    void add(const indicia::Indicator& indicator);
    // Closes the document; prints the warnings. False when writing failed.
    bool finish(QTextStream& err);

    long long written() const { return written_; }
    long long skipped() const { return skipped_; }

private:
    IndicatorOutput() = default;
    std::ostream& stream();
    bool writeDatasets(QTextStream& err);

    std::optional<indicia::WriteFormat> format_; // empty: Suricata datasets
    std::unique_ptr<indicia::IndicatorWriter> writer_;
    std::unique_ptr<indicia::SuricataDatasets> datasets_;
    QString output_;
    std::ofstream file_;
    long long written_ = 0;
    long long skipped_ = 0;
    long long skippedRanges_ = 0;
};
