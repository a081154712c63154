#include "models/io/import_preview.h"

#include "models/rules/known_good.h"

#include "engine/codec/source_reader.h"
#include "models/store/indicator_record.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QFile>

#include <map>
#include <string>
#include <unordered_map>

namespace indicia {

namespace {

// The translation context for this file's free functions and helper classes: lupdate reads
// it from the macro, so every string lands in the .ts under "ImportPreview".
struct ImportPreviewText {
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)
};

QString qs(const std::string& text) { return QString::fromStdString(text); }

// Turns issues into the row's codes, reason and first column.
void describeProblems(PreviewRow& out, const std::vector<Issue>& issues)
{
    out.status = PreviewStatus::Invalid;
    QStringList reasons;
    for (const Issue& issue : issues) {
        out.codes << qs(issue.code);
        reasons << qs(issue.message);
        if (out.column.isEmpty())
            out.column = qs(issue.column);
    }
    out.reason = reasons.join(u' '); // each message is a sentence of its own
}

// Classifies valid rows the way the bulk writer will apply them, keeping the running
// quota count and the keys seen earlier in the file.
class RowClassifier {
public:
    explicit RowClassifier(const WorkspaceStore& store)
        : store_(store)
        , now_(fromUnixSeconds(store.now()))
        , active_(store.activeCount())
        , quota_(store.quota())
    {
    }

    void classify(PreviewRow& out, const Indicator& indicator)
    {
        const std::string key = std::string(toString(indicator.type)) + '\x1e' + indicator.value
                                + '\x1e' + scopeKeyOf(indicator.rbacGroups);
        const auto [seen, firstTime] = firstRowOfKey_.try_emplace(key, out.row);
        if (!firstTime) {
            out.status = PreviewStatus::Duplicate;
            out.replaces = seen->second;
            out.reason = ImportPreviewText::tr("Replaces row %1 (same value and scope): the later row wins.").arg(seen->second);
            seen->second = out.row; // a third copy replaces this one
            return;
        }
        const bool activeNow = !indicator.isExpiredAt(now_);
        const auto id = store_.findId(indicator.type, indicator.value, indicator.rbacGroups);
        if (!id) {
            out.status = PreviewStatus::New;
            active_ += activeNow ? 1 : 0;
            if (activeNow && active_ > quota_) {
                out.status = PreviewStatus::OverQuota;
                out.reason = ImportPreviewText::tr("The workspace would hold %1 active indicators; the quota is %2.")
                                 .arg(active_)
                                 .arg(quota_);
            }
            return;
        }
        classifyExisting(out, indicator, *id, activeNow);
    }

private:
    void classifyExisting(PreviewRow& out, const Indicator& indicator, std::int64_t id, bool activeNow)
    {
        const auto stored = store_.get(id);
        if (!stored.ok()) { // vanished meanwhile: the import will add it again
            out.status = PreviewStatus::New;
            return;
        }
        IndicatorRecord incoming = *stored;
        incoming.indicator = indicator;
        if (incoming.sameContent(*stored)) {
            out.status = PreviewStatus::Unchanged;
            return;
        }
        out.status = PreviewStatus::Updated;
        active_ += int(activeNow) - int(!stored->indicator.isExpiredAt(now_));
    }

    const WorkspaceStore& store_;
    TimePoint now_;
    std::int64_t active_;
    std::int64_t quota_;
    std::unordered_map<std::string, qint64> firstRowOfKey_;
};

// The store's problems by row: they include checks the engine reader does not make.
std::map<qint64, std::vector<Issue>> problemsByRow(const ImportReport& report, qint64 lastRow)
{
    std::map<qint64, std::vector<Issue>> byRow;
    for (const ImportProblem& problem : report.problems) {
        if (problem.row > lastRow)
            break;
        byRow[problem.row].push_back(problem.issue);
    }
    return byRow;
}

} // namespace

ImportPreview buildImportPreview(const WorkspaceStore& store, const QString& sourcePath,
                                 const ImportReport& dryRun, int limit)
{
    ImportPreview preview;
    ValidateOptions options;
    options.now = fromUnixSeconds(store.now());
    Issue openError;
    const auto knownGood = rules::knownGoodLists(); // the same lists the import checks
    SourceOptions sourceOptions;
    sourceOptions.knownGood = knownGood.get();
    auto reader =
        SourceReader::open(QFile::encodeName(sourcePath).toStdString(), options, openError, sourceOptions);
    if (!reader)
        return preview; // the dry run has already reported why

    const auto storeProblems = problemsByRow(dryRun, limit);
    RowClassifier classifier(store);
    std::unordered_map<qint64, qsizetype> indexOfRow; // data row -> its place in preview.rows
    ImportRow row;
    while (reader->next(row)) {
        if (preview.rows.size() >= limit) {
            preview.truncated = true;
            break;
        }
        PreviewRow out;
        out.row = qint64(row.row);
        out.line = qint64(row.line);
        out.type = row.type ? qs(std::string(toString(*row.type))) : QString();
        out.value = qs(row.raw);
        row.indicator.rbacGroups = canonicalGroups(row.indicator.rbacGroups);
        const auto extra = storeProblems.find(out.row);
        if (!row.valid())
            describeProblems(out, row.errors);
        else if (extra != storeProblems.end())
            describeProblems(out, extra->second);
        else
            classifier.classify(out, row.indicator);
        for (const Issue& warning : row.warnings)
            out.warnings << qs(warning.message);
        if (out.reason.isEmpty())
            out.reason = out.warnings.join(u' '); // a valid row's warnings are its reason to look
        // The row a later one replaces says so too: its values are not the ones imported.
        if (const auto earlier = indexOfRow.find(out.replaces); out.replaces > 0 && earlier != indexOfRow.end()) {
            PreviewRow& replaced = preview.rows[earlier->second];
            replaced.replacedBy = out.row;
            const QString note = ImportPreviewText::tr("Replaced by row %1, which has the same value and scope.").arg(out.row);
            replaced.warnings << note;
            replaced.reason = replaced.reason.isEmpty() ? note : replaced.reason + u' ' + note;
        }
        indexOfRow[out.row] = preview.rows.size();
        preview.rows.push_back(out);
        row = ImportRow();
    }
    return preview;
}

QString toDisplayString(PreviewStatus status)
{
    switch (status) {
    case PreviewStatus::New: return ImportPreviewText::tr("New");
    case PreviewStatus::Updated: return ImportPreviewText::tr("Update");
    case PreviewStatus::Unchanged: return ImportPreviewText::tr("Unchanged");
    case PreviewStatus::Duplicate: return ImportPreviewText::tr("Duplicate");
    case PreviewStatus::OverQuota: return ImportPreviewText::tr("Over quota");
    case PreviewStatus::Invalid: return ImportPreviewText::tr("Invalid");
    }
    return {};
}

} // namespace indicia
