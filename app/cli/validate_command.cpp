// indicia-cli validate: reads MDE template CSVs, plain lists, report text, STIX bundles and
// MISP events (detected by content) and reports every data row: canonical value or the
// reason it is refused, with known-good warnings from the bundled and the user's lists.

#include "app/cli/validate_command.h"

#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"

#include "engine/codec/format_codes.h"
#include "engine/codec/source_reader.h"
#include "engine/timeutil.h"
#include "engine/warninglist/known_good.h"
#include "models/rules/known_good.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <map>

namespace {

using nlohmann::json;
using namespace indicia;

struct Totals {
    int files = 0, unreadable = 0;
    long rows = 0, valid = 0, invalid = 0, withWarnings = 0;
    std::map<std::string, long> byType;
};

json issueJson(const Issue& issue)
{
    json j = {{"code", issue.code}, {"message", issue.message}};
    if (!issue.column.empty())
        j["column"] = issue.column;
    return j;
}

// "line": the physical line the row starts on (header and quoted line breaks counted);
// STIX and MISP entries have none: "line" is null and "entry" numbers them.
json rowJson(SourceFormat format, const ImportRow& row)
{
    json j;
    j["line"] = hasLineNumbers(format) ? json(row.line) : json(nullptr);
    if (!hasLineNumbers(format))
        j["entry"] = row.row;
    j["raw"] = row.raw;
    j["type"] = row.type ? json(std::string(toString(*row.type))) : json(nullptr);
    j["value"] = row.valid() ? json(row.indicator.value) : json(nullptr);
    j["error"] = row.valid() ? json(nullptr) : issueJson(row.errors.front());
    if (!row.valid() && row.errors.front().code == codes::kMispNotForIds)
        j["hint"] = "--all-attributes";
    if (row.errors.size() > 1) {
        json all = json::array();
        for (const Issue& e : row.errors)
            all.push_back(issueJson(e));
        j["errors"] = all;
    }
    json warnings = json::array();
    for (const Issue& w : row.warnings)
        warnings.push_back(issueJson(w));
    j["warnings"] = warnings;
    return j;
}

QString rowText(const QString& path, SourceFormat format, const ImportRow& row)
{
    const QString where = rowLocation(path, format, row);
    if (!row.valid())
        return QCoreApplication::translate("validate", "%1: invalid: %2").arg(where, refusalText(row, true));
    QString text = QStringLiteral("%1: %2 %3").arg(where, QString::fromUtf8(toString(*row.type).data()),
                                                   QString::fromStdString(row.indicator.value));
    for (const Issue& w : row.warnings)
        text += QCoreApplication::translate("validate", " (warning: %1)").arg(QString::fromStdString(w.message));
    return text;
}

json validateFile(const QString& path, const SourceOptions& sourceOptions, bool asJson, QTextStream& out,
                  QTextStream& err, Totals& totals)
{
    ++totals.files;
    json file = {{"path", path.toStdString()}};
    Issue error;
    auto reader = SourceReader::open(QFile::encodeName(path).toStdString(), ValidateOptions{nowUtc()}, error, sourceOptions);
    if (!reader) {
        ++totals.unreadable;
        file["format"] = nullptr;
        file["error"] = issueJson(error);
        file["rows"] = json::array();
        if (!asJson)
            err << QString::fromStdString(error.message) << Qt::endl;
        return file;
    }
    file["format"] = std::string(toString(reader->format()));
    json rows = json::array();
    ImportRow row;
    while (reader->next(row)) {
        ++totals.rows;
        row.valid() ? ++totals.valid : ++totals.invalid;
        if (!row.warnings.empty())
            ++totals.withWarnings;
        if (row.valid())
            ++totals.byType[std::string(toString(*row.type))];
        if (asJson)
            rows.push_back(rowJson(reader->format(), row));
        else
            out << rowText(path, reader->format(), row) << '\n';
    }
    file["rows"] = std::move(rows);
    return file;
}

} // namespace

int runValidateCommand(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool asJson = false;
    SourceOptions sourceOptions;
    QString warningLists;
    QStringList paths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == u"--json")
            asJson = true;
        else if (arg == u"--all-attributes")
            sourceOptions.allMispAttributes = true;
        else if (arg == u"--warninglists" && i + 1 < args.size())
            warningLists = args[++i];
        else if (arg.startsWith(u"--")) {
            err << QCoreApplication::translate("validate", "Unknown option %1").arg(arg) << Qt::endl
                << commandUsage("validate") << Qt::endl;
            return 2;
        } else
            paths << arg;
    }
    if (paths.isEmpty()) {
        err << commandUsage("validate") << Qt::endl;
        return 2;
    }
    // Known-good lists: the bundled ones plus the user's directory, if given.
    if (!warningLists.isEmpty()) {
        for (const QString& problem : rules::setUserWarningListDirectory(warningLists))
            err << problem << Qt::endl;
    }
    const auto knownGood = rules::knownGoodLists();
    sourceOptions.knownGood = knownGood.get();

    Totals totals;
    json files = json::array();
    for (const QString& path : paths)
        files.push_back(validateFile(path, sourceOptions, asJson, out, err, totals));

    if (asJson) {
        json summary = {{"files", totals.files},   {"unreadable", totals.unreadable},
                        {"rows", totals.rows},     {"valid", totals.valid},
                        {"invalid", totals.invalid}, {"with_warnings", totals.withWarnings},
                        {"by_type", totals.byType}};
        out << QString::fromStdString(json{{"files", files}, {"summary", summary}}.dump(2)) << '\n';
    } else if (totals.unreadable < totals.files) {
        // No "0 rows" line when nothing was read: that reads as an empty file, not an error.
        out << QCoreApplication::translate("validate", "%L1 rows: %L2 valid, %L3 invalid, %L4 with warnings")
                   .arg(totals.rows).arg(totals.valid).arg(totals.invalid).arg(totals.withWarnings)
            << '\n';
    }
    if (!asJson && totals.unreadable > 0)
        err << QCoreApplication::translate("validate", "%n file(s) could not be validated.", nullptr, totals.unreadable)
            << Qt::endl;
    out.flush();
    if (totals.unreadable > 0)
        return 2;
    return totals.invalid > 0 ? 1 : 0;
}
