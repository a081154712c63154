// indicia-cli convert: a file in, another format out, no workspace. The reader is the one
// `validate` and `import` use (so detection, normalisation and the reasons rows are refused
// are the same); the writer is the one `export` uses. Refused rows are listed on stderr.
// Exit: 0 all rows converted, 1 some rows refused, 2 nothing could be done.

#include "app/cli/convert_command.h"

#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "app/cli/indicator_output.h"
#include "engine/codec/source_reader.h"
#include "engine/timeutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace indicia;

namespace {

constexpr int kListedRefusals = 10;

struct ConvertArgs {
    QString input;
    QString format;
    QString output;
    QString outputDir;
    bool allAttributes = false;
    bool valid = true;
};

ConvertArgs parse(const QStringList& args, QTextStream& err)
{
    ConvertArgs parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--to" && hasValue)
            parsed.format = args[++i];
        else if ((arg == u"-o" || arg == u"--output") && hasValue)
            parsed.output = args[++i];
        else if (arg == u"--output-dir" && hasValue)
            parsed.outputDir = args[++i];
        else if (arg == u"--all-attributes")
            parsed.allAttributes = true;
        else if (!arg.startsWith(u'-') && parsed.input.isEmpty())
            parsed.input = arg;
        else {
            err << CliText::tr("Unknown or incomplete option: %1").arg(arg) << '\n';
            parsed.valid = false;
        }
    }
    parsed.valid = parsed.valid && !parsed.input.isEmpty() && !parsed.format.isEmpty();
    return parsed;
}

} // namespace

int runConvertCommand(const QStringList& args)
{
    QTextStream err(stderr);
    const ConvertArgs parsed = parse(args, err);
    if (!parsed.valid) {
        err << commandUsage("convert") << '\n'
            << CliText::tr("FORMAT is one of %1. Run 'indicia-cli help convert' for more.").arg(IndicatorOutput::formatNames())
            << '\n';
        return 2;
    }
    Issue issue;
    SourceOptions options;
    options.allMispAttributes = parsed.allAttributes;
    const TimePoint now = nowUtc();
    auto reader = SourceReader::open(QFile::encodeName(parsed.input).toStdString(), ValidateOptions{now, false}, issue,
                                     options);
    if (!reader) {
        err << QString::fromStdString(issue.message) << '\n';
        return 2;
    }
    QString error;
    const OutputTarget target{parsed.output, parsed.outputDir, QFileInfo(parsed.input).completeBaseName(),
                               parsed.input};
    auto output = IndicatorOutput::open(parsed.format, target, now, error);
    if (!output) {
        err << error << '\n';
        return 2;
    }
    long long refused = 0;
    for (ImportRow row; reader->next(row);) {
        if (row.valid()) {
            output->add(row.indicator);
            continue;
        }
        if (++refused <= kListedRefusals)
            err << CliText::tr("%1: not converted: %2")
                       .arg(rowLocation(parsed.input, reader->format(), row), refusalText(row, true))
                << '\n';
    }
    if (!output->finish(err))
        return 2;
    err << CliText::tr("%1 (%2): %3 indicators written, %4 rows refused, %5 left out by the format.")
               .arg(parsed.input, QString::fromUtf8(toString(reader->format()).data()))
               .arg(output->written())
               .arg(refused)
               .arg(output->skipped())
        << '\n';
    return refused > 0 ? 1 : 0;
}
