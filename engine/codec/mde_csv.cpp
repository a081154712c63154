// Reading and writing the MDE indicator import template. Reading is lenient about layout
// (column order and case, padding, blank rows, missing trailing cells) and strict about
// content: every cell is checked, and all of a row's problems are reported together, each
// naming its CSV column.

#include "engine/codec/mde_csv.h"

#include "engine/codec/cell_text.h"
#include "engine/codec/codec_codes.h"
#include "engine/issue_codes.h"
#include "engine/normalise.h"
#include "engine/text_util.h"
#include "engine/timeutil.h"

namespace indicia {

namespace {

// Positions in kMdeCsvColumns, the template's own order.
enum Column : std::size_t {
    kType, kValue, kExpiration, kAction, kSeverity, kTitle, kDescription,
    kRecommendedActions, kRbacGroups, kCategory, kMitreTechniques, kGenerateAlert, kColumnCount
};
static_assert(kColumnCount == kMdeCsvColumns.size());
static_assert(kMdeCsvColumns[kGenerateAlert] == "GenerateAlert");

constexpr Column kRequiredColumns[] = {kType, kValue, kAction};
// MDE's own rules (no private IPs, no IP:port), but a non-web Url becomes its host.
constexpr NormaliseOptions kValueOptions{.refuseNonPublicIp = true, .allowIpPort = false, .takeHostOfNonWebUrl = true};

std::string columnName(Column column) { return std::string(kMdeCsvColumns[column]); }

Issue issueAt(std::string_view code, std::string message, Column column)
{
    return {std::string(code), std::move(message), columnName(column)};
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// The cells of one row, trimmed and un-neutralised; `bad` marks cells already refused
// (invalid UTF-8) so that later checks do not pile a second error onto them.
struct RowCells {
    std::array<std::string_view, kColumnCount> text{};
    std::array<bool, kColumnCount> bad{};
};

// Turns the cells of one row into an indicator, collecting every problem.
class RowParser {
public:
    RowParser(const RowCells& cells, const ValidateOptions& options, ImportRow& out)
        : cells_(cells), options_(options), out_(out)
    {
    }

    void run()
    {
        readType();
        readValue();
        readAction();
        readSeverity();
        readGenerateAlert();
        readExpiration();
        readTexts();
        validate();
    }

private:
    std::string_view text(Column column) const { return cells_.text[column]; }
    bool usable(Column column) const { return !cells_.bad[column]; }
    void error(std::string_view code, std::string message, Column column)
    {
        out_.errors.push_back(issueAt(code, std::move(message), column));
    }

    void readType()
    {
        if (!usable(kType))
            return;
        if (text(kType).empty())
            return error(codes::kTypeRequired, "The indicator type is empty.", kType);
        out_.type = parseIndicatorType(text(kType));
        if (!out_.type) {
            return error(codes::kTypeUnknown,
                         "Unknown indicator type " + quoted(text(kType)) + "; expected FileSha256, "
                         "FileSha1, FileMd5, CertificateThumbprint, IpAddress, DomainName or Url.",
                         kType);
        }
        out_.indicator.type = *out_.type;
    }

    void readValue()
    {
        if (!usable(kValue))
            return;
        out_.indicator.value.assign(text(kValue));
        if (text(kValue).empty())
            return error(codes::kValueRequired, "The indicator value is empty.", kValue);
        if (!out_.type)
            return; // nothing to check the value against
        Normalised result = normalise(*out_.type, text(kValue), kValueOptions);
        if (result.type) { // a non-web URL imported as its host
            out_.type = result.type;
            out_.indicator.type = *result.type;
        }
        for (Issue& warning : result.warnings)
            out_.warnings.push_back(inValueColumn(std::move(warning)));
        if (result.value)
            out_.indicator.value = std::move(*result.value);
        else if (result.error)
            out_.errors.push_back(inValueColumn(std::move(*result.error)));
    }

    static Issue inValueColumn(Issue issue)
    {
        if (issue.column.empty())
            issue.column = columnName(kValue);
        return issue;
    }

    void readAction()
    {
        if (!usable(kAction))
            return;
        if (text(kAction).empty())
            return error(codes::kActionRequired, "The action is empty.", kAction);
        action_ = parseAction(text(kAction));
        if (!action_) {
            return error(codes::kActionUnknown,
                         "Unknown action " + quoted(text(kAction)) + "; expected Allowed, Audit, "
                         "Warn, Block or BlockAndRemediate.",
                         kAction);
        }
        out_.indicator.action = action_->action;
        if (action_->legacy) {
            out_.warnings.push_back(issueAt(
                codes::kActionLegacy,
                "The 2019 action " + quoted(text(kAction)) + " was read as "
                    + std::string(toString(action_->action)) + " with an alert.",
                kAction));
        }
    }

    void readSeverity()
    {
        if (!usable(kSeverity) || text(kSeverity).empty())
            return; // empty: Informational, as the portal does
        if (const auto severity = parseSeverity(text(kSeverity))) {
            out_.indicator.severity = *severity;
            return;
        }
        error(codes::kSeverityUnknown,
              "Unknown severity " + quoted(text(kSeverity))
                  + "; expected Informational, Low, Medium or High.",
              kSeverity);
    }

    void readGenerateAlert()
    {
        // A legacy Alert/AlertAndBlock carries the alert whatever the cell says.
        const bool implied = action_ && action_->impliesAlert;
        const std::string_view cell = text(kGenerateAlert);
        bool value = false;
        if (!usable(kGenerateAlert) || cell.empty() || parseBool(cell, value)) {
            out_.indicator.generateAlert = value || implied;
            return;
        }
        out_.indicator.generateAlert = implied;
        error(codes::kGenerateAlertInvalid,
              "GenerateAlert must be True or False, not " + quoted(cell) + ".", kGenerateAlert);
    }

    static bool parseBool(std::string_view cell, bool& value)
    {
        if (text::equalsIgnoreCase(cell, "true") || cell == "1") {
            value = true;
            return true;
        }
        value = false;
        return text::equalsIgnoreCase(cell, "false") || cell == "0";
    }

    void readExpiration()
    {
        if (!usable(kExpiration) || text(kExpiration).empty())
            return; // empty: never expires
        out_.indicator.expiration = parseIsoTimestamp(text(kExpiration));
        if (!out_.indicator.expiration) {
            error(codes::kExpirationInvalid,
                  "Cannot read the expiration time " + quoted(text(kExpiration))
                      + "; expected UTC like 2026-01-31T12:00:00.0Z.",
                  kExpiration);
        }
    }

    void readTexts()
    {
        Indicator& ind = out_.indicator;
        ind.title.assign(text(kTitle));
        ind.description.assign(text(kDescription));
        ind.recommendedActions.assign(text(kRecommendedActions));
        ind.category.assign(text(kCategory));
        cell::splitList(text(kRbacGroups), ind.rbacGroups);
        cell::splitList(text(kMitreTechniques), ind.mitreTechniques);
    }

    // Record-level rules. Findings about a cell that already has an error are dropped (one
    // clear reason per cell), and so are those that depend on a type or action we could
    // not read (they would judge a default, not what the file says).
    void validate()
    {
        const Validation validation = validateIndicator(out_.indicator, options_);
        const bool complete = out_.type && action_;
        const std::size_t parseErrors = out_.errors.size();
        auto keep = [&](const Issue& issue) {
            for (std::size_t i = 0; i < parseErrors; ++i) {
                if (out_.errors[i].column == issue.column)
                    return false;
            }
            if (complete)
                return true;
            return issue.column != kMdeCsvColumns[kType] && issue.column != kMdeCsvColumns[kValue]
                   && issue.column != kMdeCsvColumns[kAction]
                   && issue.column != kMdeCsvColumns[kGenerateAlert];
        };
        for (const Issue& issue : validation.errors) {
            if (keep(issue))
                out_.errors.push_back(issue);
        }
        for (const Issue& issue : validation.warnings) {
            if (keep(issue))
                out_.warnings.push_back(issue);
        }
    }

    const RowCells& cells_;
    const ValidateOptions& options_;
    ImportRow& out_;
    std::optional<ParsedAction> action_;
};

} // namespace

std::optional<std::size_t> findMdeCsvColumn(std::string_view name)
{
    name = cell::trim(name); // also strips a BOM the tokeniser did not see
    for (std::size_t i = 0; i < kMdeCsvColumns.size(); ++i) {
        if (text::equalsIgnoreCase(name, kMdeCsvColumns[i]))
            return i;
    }
    return std::nullopt;
}

bool looksLikeMdeCsvHeader(const std::vector<std::string>& header)
{
    bool type = false;
    bool value = false;
    for (const std::string& name : header) {
        const auto column = findMdeCsvColumn(name);
        type = type || column == kType;
        value = value || column == kValue;
    }
    return type && value;
}

MdeCsvReader::MdeCsvReader(std::istream& in, const ValidateOptions& options)
    : csv_(in), options_(options)
{
    readHeader();
}

void MdeCsvReader::readHeader()
{
    columnIndex_.fill(-1);
    if (!csv_.next(record_)) {
        headerError_ = Issue{std::string(codes::kCsvHeader),
                             "The file is empty; the first line must be the header "
                             "IndicatorType,IndicatorValue,...,GenerateAlert.",
                             {}};
        return;
    }
    if (!record_.error.empty()) {
        headerError_ = Issue{std::string(codes::kCsvHeader),
                             "The header line cannot be read: " + record_.error + ".", {}};
        return;
    }
    headerColumns_ = record_.fields.size();
    std::string duplicates;
    for (std::size_t i = 0; i < record_.fields.size(); ++i) {
        const auto column = findMdeCsvColumn(record_.fields[i]);
        if (!column)
            continue; // extra columns are allowed and ignored
        if (columnIndex_[*column] >= 0)
            duplicates += (duplicates.empty() ? "" : ", ") + std::string(kMdeCsvColumns[*column]);
        else
            columnIndex_[*column] = static_cast<int>(i);
    }
    std::string missing;
    for (Column column : kRequiredColumns) {
        if (columnIndex_[column] < 0)
            missing += (missing.empty() ? "" : ", ") + columnName(column);
    }
    if (!missing.empty()) {
        headerError_ = Issue{std::string(codes::kCsvHeader),
                             "The header lacks the required column(s) " + missing + ".", missing};
    } else if (!duplicates.empty()) {
        headerError_ = Issue{std::string(codes::kCsvHeader),
                             "The header names a column more than once: " + duplicates + ".",
                             duplicates};
    }
}

std::string_view MdeCsvReader::cell(std::size_t column) const
{
    const int index = columnIndex_[column];
    // A short row is read as if its missing trailing cells were empty.
    if (index < 0 || static_cast<std::size_t>(index) >= record_.fields.size())
        return {};
    return cell::unneutralise(cell::trim(record_.fields[static_cast<std::size_t>(index)]));
}

bool MdeCsvReader::next(ImportRow& out)
{
    if (headerError_)
        return false;
    do {
        if (!csv_.next(record_))
            return false;
    } while (record_.error.empty() && record_.isBlank());

    out.clear(); // reused: keeps the capacity of its strings
    dataRow_ = record_.number - 1; // blank rows keep their number, as in a spreadsheet
    out.row = dataRow_;
    out.line = record_.line;
    if (!record_.error.empty()) {
        out.errors.push_back(Issue{std::string(codes::kCsvRecord),
                                   "Row " + std::to_string(out.row) + ": " + record_.error + ".", {}});
        return true;
    }
    if (const auto index = columnIndex_[kValue]; static_cast<std::size_t>(index) < record_.fields.size())
        out.raw.assign(record_.fields[static_cast<std::size_t>(index)]);
    checkExtraCells(out);

    RowCells cells;
    for (std::size_t column = 0; column < kColumnCount; ++column) {
        cells.text[column] = cell(column);
        if (!cell::isValidUtf8(cells.text[column])) {
            cells.bad[column] = true;
            cells.text[column] = {};
            out.errors.push_back(issueAt(codes::kInvalidUtf8,
                                         "The cell is not valid UTF-8 text; save the file as UTF-8.",
                                         static_cast<Column>(column)));
        }
    }
    RowParser(cells, options_, out).run();
    return true;
}

// More cells than the header is refused when the extra cells hold anything: the row was
// probably split on a comma that should have been quoted.
void MdeCsvReader::checkExtraCells(ImportRow& out) const
{
    for (std::size_t i = headerColumns_; i < record_.fields.size(); ++i) {
        if (!cell::trim(record_.fields[i]).empty()) {
            out.errors.push_back(Issue{std::string(codes::kCsvColumnCount),
                                       "The row has " + std::to_string(record_.fields.size())
                                           + " cells but the header has "
                                           + std::to_string(headerColumns_)
                                           + "; is a comma missing its quotes?",
                                       {}});
            return;
        }
    }
}

} // namespace indicia
