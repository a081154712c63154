#include "app/cli/indicator_output.h"

#include "app/cli/cli_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

#include <iostream>

using namespace indicia;

namespace {

constexpr long long kMdeLimit = 15000; // active indicators per tenant

QString extensionOf(WriteFormat format)
{
    switch (format) {
    case WriteFormat::MdeCsv:
    case WriteFormat::FullCsv: return QStringLiteral(".csv");
    case WriteFormat::Stix:
    case WriteFormat::Misp: return QStringLiteral(".json");
    case WriteFormat::Text: return QStringLiteral(".txt");
    case WriteFormat::Zeek: return QStringLiteral(".intel");
    }
    return {};
}

// -o naming a directory (an existing one, or a path ending in a slash) means --output-dir:
// that is how suricata's directory was given before --output-dir existed.
bool namesDirectory(const QString& path)
{
    return path.endsWith(u'/') || QFileInfo(path).isDir();
}

bool writeWhole(const QString& path, const std::string& contents)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents.data(), qint64(contents.size())) == qint64(contents.size())
        && file.commit();
}

} // namespace

QString IndicatorOutput::formatNames()
{
    QStringList names;
    for (WriteFormat format : kAllWriteFormats)
        names << QString::fromUtf8(toString(format).data(), qsizetype(toString(format).size()));
    names << QStringLiteral("suricata");
    return names.join(u'|');
}

std::unique_ptr<IndicatorOutput> IndicatorOutput::open(const QString& format, const OutputTarget& target, TimePoint now,
                                                       QString& error)
{
    if (!target.file.isEmpty() && !target.directory.isEmpty()) {
        error = CliText::tr("Give -o FILE or --output-dir DIR, not both.");
        return nullptr;
    }
    std::unique_ptr<IndicatorOutput> out(new IndicatorOutput());
    if (format == u"suricata") {
        if (target.file.isEmpty() && target.directory.isEmpty()) {
            error = CliText::tr("Suricata datasets are several files: give --output-dir DIR, or -o FILE to write "
                                "FILE (the dataset keywords for rules) with the dataset files beside it.");
            return nullptr;
        }
        const bool intoDirectory = !target.directory.isEmpty() || namesDirectory(target.file);
        out->directory_ = intoDirectory ? (target.directory.isEmpty() ? target.file : target.directory)
                                        : QFileInfo(target.file).path();
        out->file_ = intoDirectory ? QString() : target.file;
        if (!QDir().mkpath(out->directory_)) {
            error = CliText::tr("Cannot create the directory %1.").arg(out->directory_);
            return nullptr;
        }
        out->datasets_ = std::make_unique<SuricataDatasets>();
        return out;
    }
    out->format_ = parseWriteFormat(format.toStdString());
    if (!out->format_) {
        error = CliText::tr("Unknown format %1; expected %2.").arg(format, formatNames());
        return nullptr;
    }
    out->writer_ = makeWriter(*out->format_, now);
    out->file_ = target.file;
    if (!target.directory.isEmpty()) {
        if (!QDir().mkpath(target.directory)) {
            error = CliText::tr("Cannot create the directory %1.").arg(target.directory);
            return nullptr;
        }
        out->file_ = QDir(target.directory).filePath(target.baseName + extensionOf(*out->format_));
    }
    if (!out->file_.isEmpty() && !target.input.isEmpty()
        && QFileInfo(out->file_).canonicalFilePath() == QFileInfo(target.input).canonicalFilePath()) {
        error = CliText::tr("Not writing %1: it is the input file.").arg(out->file_);
        return nullptr;
    }
    if (!out->file_.isEmpty()) {
        out->stream_.open(QFile::encodeName(out->file_).toStdString(), std::ios::binary);
        if (!out->stream_) {
            error = CliText::tr("Cannot write %1.").arg(out->file_);
            return nullptr;
        }
    }
    out->writer_->begin(out->stream());
    return out;
}

std::ostream& IndicatorOutput::stream() { return file_.isEmpty() ? std::cout : stream_; }

void IndicatorOutput::add(const Indicator& indicator)
{
    const bool taken = datasets_ ? datasets_->add(indicator) : writer_->accepts(indicator.type);
    if (!taken) {
        ++skipped_;
        skippedRanges_ += indicator.type == IndicatorType::IpRange ? 1 : 0;
        return;
    }
    if (writer_)
        writer_->write(stream(), indicator);
    ++written_;
}

bool IndicatorOutput::finish(QTextStream& err)
{
    if (datasets_) {
        if (skipped_ > 0)
            err << CliText::tr("%1 indicators left out: Suricata datasets have no type for SHA-1 hashes, URLs or IP ranges.")
                       .arg(skipped_)
                << '\n';
        return writeDatasets(err);
    }
    writer_->end(stream());
    stream().flush();
    if (*format_ == WriteFormat::MdeCsv) {
        if (skippedRanges_ > 0)
            err << CliText::tr("%1 IP ranges left out: MDE does not accept CIDR indicators.").arg(skippedRanges_) << '\n';
        if (written_ > kMdeLimit)
            err << CliText::tr("Warning: %1 indicators, but MDE accepts at most %2 active indicators per tenant.")
                       .arg(written_)
                       .arg(kMdeLimit)
                << '\n';
    }
    if (!stream()) {
        err << CliText::tr("Writing the output failed.") << '\n';
        return false;
    }
    if (!file_.isEmpty())
        err << CliText::tr("Wrote %1.").arg(file_) << '\n';
    return true;
}

// One file per dataset type, each written whole or not at all; with -o FILE, FILE lists the
// dataset keywords that load them (what a rule writer needs), written last.
bool IndicatorOutput::writeDatasets(QTextStream& err)
{
    for (const auto& [name, contents] : datasets_->files()) {
        const QString path = QDir(directory_).filePath(QString::fromStdString(name));
        if (!writeWhole(path, contents)) {
            err << CliText::tr("Cannot write %1.").arg(path) << '\n';
            return false;
        }
        err << CliText::tr("Wrote %1 (%2 values).").arg(path).arg(std::count(contents.begin(), contents.end(), '\n'))
            << '\n';
    }
    std::string keywords = "# Suricata datasets written by indicia-cli beside this file, one keyword a line:\n"
                           "# use each in a rule, e.g. alert dns any any -> any any (dns.query; <keyword>; ...)\n";
    for (const std::string& declaration : datasets_->declarations()) {
        keywords += declaration + '\n';
        err << CliText::tr("Use it in a rule as: %1").arg(QString::fromStdString(declaration)) << '\n';
    }
    if (datasets_->files().empty())
        err << CliText::tr("No dataset written: no indicator of a type Suricata datasets take.") << '\n';
    if (file_.isEmpty())
        return true;
    if (!writeWhole(file_, keywords)) {
        err << CliText::tr("Cannot write %1.").arg(file_) << '\n';
        return false;
    }
    err << CliText::tr("Wrote %1 (the dataset keywords).").arg(file_) << '\n';
    return true;
}
