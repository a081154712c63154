// Writing the MDE import template: our exports and the "Download sample CSV" file.
// Lines end in CRLF like the files the portal hands out, and every cell is neutralised so
// that a spreadsheet opening the export never evaluates a formula from an indicator.

#include "engine/codec/cell_text.h"
#include "engine/codec/mde_csv.h"
#include "engine/timeutil.h"

#include <sstream>

namespace indicia {

namespace {

constexpr std::string_view kLineEnd = "\r\n";

void writeCells(std::ostream& out, const std::array<std::string, kMdeCsvColumns.size()>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out << ',';
        out << csvCell(cells[i]);
    }
    out << kLineEnd;
}

} // namespace

std::string neutraliseFormula(std::string_view cell)
{
    if (!cell::startsWithFormulaChar(cell))
        return std::string(cell);
    return "'" + std::string(cell);
}

std::string csvCell(std::string_view cell)
{
    std::string text = neutraliseFormula(cell);
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quotedText = "\"";
    for (char c : text) {
        if (c == '"')
            quotedText += '"'; // a quote inside quotes is doubled
        quotedText += c;
    }
    quotedText += '"';
    return quotedText;
}

void writeMdeCsvHeader(std::ostream& out)
{
    for (std::size_t i = 0; i < kMdeCsvColumns.size(); ++i) {
        if (i > 0)
            out << ',';
        out << kMdeCsvColumns[i];
    }
    out << kLineEnd;
}

void writeMdeCsvRow(std::ostream& out, const Indicator& indicator)
{
    writeCells(out, {
                        std::string(toString(indicator.type)),
                        indicator.value,
                        indicator.expiration ? formatCsvTimestamp(*indicator.expiration) : std::string(),
                        std::string(toString(indicator.action)),
                        std::string(toString(indicator.severity)),
                        indicator.title,
                        indicator.description,
                        indicator.recommendedActions,
                        cell::joinList(indicator.rbacGroups),
                        indicator.category,
                        cell::joinList(indicator.mitreTechniques),
                        indicator.generateAlert ? "True" : "False",
                    });
}

namespace {

Indicator sampleIndicator(IndicatorType type, std::string value, Action action, std::string title)
{
    Indicator indicator;
    indicator.type = type;
    indicator.value = std::move(value);
    indicator.action = action;
    indicator.title = std::move(title);
    indicator.description = "Example row from the Indicia sample file; replace before use.";
    indicator.generateAlert = action == Action::Audit || action == Action::BlockAndRemediate;
    return indicator;
}

// Harmless values only: the hashes are of the text "Indicia sample file (not malware)",
// the thumbprint of "Indicia sample certificate (not real)"; names sit under example.com
// (reserved by RFC 2606); the IP is IANA's AS112 blackhole for stray reverse-DNS queries,
// public yet never a destination of legitimate traffic.
std::vector<Indicator> sampleIndicators()
{
    std::vector<Indicator> rows;
    Indicator sha256 = sampleIndicator(
        IndicatorType::FileSha256, "14daafe35fe1a6a31d0ed3a5f1a2d88d8bb85683cafd905f4092e64a63f6a862",
        Action::BlockAndRemediate, "Sample SHA-256: block and remediate a downloader");
    sha256.severity = Severity::High;
    sha256.category = "Malware";
    sha256.mitreTechniques = {"T1204.002"};
    sha256.recommendedActions = "Isolate the device and collect an investigation package.";
    rows.push_back(sha256);

    Indicator sha1 = sampleIndicator(IndicatorType::FileSha1,
                                     "e78d016da2a150dbba9f0031d772a753849efca5", Action::Block,
                                     "Sample SHA-1: block a tool");
    sha1.severity = Severity::Medium;
    sha1.expiration = parseIsoTimestamp("2099-12-31T00:00:00.0Z");
    rows.push_back(sha1);

    Indicator md5 = sampleIndicator(IndicatorType::FileMd5, "2ef8a99ba3942459207448d95c124fc7",
                                    Action::Audit, "Sample MD5: alert only");
    md5.severity = Severity::Low;
    rows.push_back(md5);

    rows.push_back(sampleIndicator(IndicatorType::CertificateThumbprint,
                                   "37a3a759a0e1377ae07a8d4a9a177a4cf3705a68", Action::Allowed,
                                   "Sample certificate: allow a trusted signer"));

    Indicator ip = sampleIndicator(IndicatorType::IpAddress, "192.175.48.1", Action::Audit,
                                   "Sample IP address: alert on connections");
    ip.category = "CommandandControl";
    ip.mitreTechniques = {"T1071", "T1571"};
    rows.push_back(ip);

    rows.push_back(sampleIndicator(IndicatorType::DomainName, "malware.example.com", Action::Warn,
                                   "Sample domain: warn before visiting"));

    Indicator url = sampleIndicator(IndicatorType::Url, "https://downloads.example.com/payload",
                                    Action::Block, "Sample URL: block a download path");
    url.category = "SuspiciousActivity";
    rows.push_back(url);
    return rows;
}

} // namespace

std::string sampleMdeCsv()
{
    std::ostringstream out;
    writeMdeCsvHeader(out);
    for (const Indicator& indicator : sampleIndicators())
        writeMdeCsvRow(out, indicator);
    return out.str();
}

} // namespace indicia
