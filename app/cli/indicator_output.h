#pragma once
// Where `indicia-cli export` and `indicia-cli convert` write indicators: one of the
// engine's formats to stdout, a file (-o FILE) or a directory (--output-dir DIR), or
// Suricata dataset files, which are several: into --output-dir DIR, or beside -o FILE, which
// then lists the dataset keywords that load them. Names every file written on stderr, and
// says what an MDE-bound file would get wrong: over 15,000 indicators, or IP ranges left out.

#include "engine/codec/indicator_writer.h"
#include "engine/codec/suricata_datasets.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <fstream>
#include <memory>
#include <optional>

struct OutputTarget {
    QString file;      // -o FILE; with `directory` empty and this empty: stdout
    QString directory; // --output-dir DIR
    QString baseName;  // a one-file format's file name in `directory`, without extension
    QString input;     // a file never to overwrite (what convert reads)
};

class IndicatorOutput {
public:
    // "mde-csv|csv|stix|misp|text|zeek|suricata", for usage lines.
    static QString formatNames();
    // Null with `error` set when the format is unknown, both -o and --output-dir are given,
    // the file or directory cannot be created, or suricata has neither.
    static std::unique_ptr<IndicatorOutput> open(const QString& format, const OutputTarget& target,
                                                 indicia::TimePoint now, QString& error);

    void add(const indicia::Indicator& indicator);
    // Closes the document; prints the files written and the warnings. False when writing failed.
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
    QString file_;      // the one file written (empty: stdout), or the datasets' index file
    QString directory_; // where the Suricata datasets go
    std::ofstream stream_;
    long long written_ = 0;
    long long skipped_ = 0;
    long long skippedRanges_ = 0;
};
