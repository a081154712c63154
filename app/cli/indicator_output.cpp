#include "app/cli/indicator_output.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <iostream>

using namespace indicia;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("cli", text); }

constexpr long long kMdeLimit = 15000; // active indicators per tenant

} // namespace

QString IndicatorOutput::formatNames()
{
    QStringList names;
    for (WriteFormat format : kAllWriteFormats)
        names << QString::fromUtf8(toString(format).data(), qsizetype(toString(format).size()));
    names << QStringLiteral("suricata");
    return names.join(u'|');
}

std::unique_ptr<IndicatorOutput> IndicatorOutput::open(const QString& format, const QString& output, TimePoint now,
                                                       QString& error)
{
    std::unique_ptr<IndicatorOutput> out(new IndicatorOutput());
    out->output_ = output;
    if (format == u"suricata") {
        if (output.isEmpty() || !QDir().mkpath(output)) {
            error = tr("Suricata datasets are several files: give a directory with -o DIR.");
            return nullptr;
        }
        out->datasets_ = std::make_unique<SuricataDatasets>();
        return out;
    }
    out->format_ = parseWriteFormat(format.toStdString());
    if (!out->format_) {
        error = tr("Unknown format %1; expected %2.").arg(format, formatNames());
        return nullptr;
    }
    out->writer_ = makeWriter(*out->format_, now);
    if (!output.isEmpty()) {
        out->file_.open(QFile::encodeName(output).toStdString(), std::ios::binary);
        if (!out->file_) {
            error = tr("Cannot write %1.").arg(output);
            return nullptr;
        }
    }
    out->writer_->begin(out->stream());
    return out;
}

std::ostream& IndicatorOutput::stream() { return output_.isEmpty() ? std::cout : file_; }

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
            err << tr("%1 indicators left out: Suricata datasets have no type for SHA-1 hashes, URLs or IP ranges.")
                       .arg(skipped_)
                << '\n';
        return writeDatasets(err);
    }
    writer_->end(stream());
    stream().flush();
    if (*format_ == WriteFormat::MdeCsv) {
        if (skippedRanges_ > 0)
            err << tr("%1 IP ranges left out: MDE does not accept CIDR indicators.").arg(skippedRanges_) << '\n';
        if (written_ > kMdeLimit)
            err << tr("Warning: %1 indicators, but MDE accepts at most %2 active indicators per tenant.")
                       .arg(written_)
                       .arg(kMdeLimit)
                << '\n';
    }
    if (!stream()) {
        err << tr("Writing the output failed.") << '\n';
        return false;
    }
    return true;
}

// One file per dataset type, each written whole or not at all.
bool IndicatorOutput::writeDatasets(QTextStream& err)
{
    for (const auto& [name, contents] : datasets_->files()) {
        QSaveFile file(QDir(output_).filePath(QString::fromStdString(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents.data(), qint64(contents.size())) != qint64(contents.size())
            || !file.commit()) {
            err << tr("Cannot write %1.").arg(file.fileName()) << '\n';
            return false;
        }
    }
    for (const std::string& declaration : datasets_->declarations())
        err << tr("dataset written; use it as: %1").arg(QString::fromStdString(declaration)) << '\n';
    return true;
}
