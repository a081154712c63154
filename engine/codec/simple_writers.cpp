#include "engine/codec/simple_writers.h"

#include "engine/codec/cell_text.h"
#include "engine/codec/mde_csv.h"
#include "engine/timeutil.h"

#include <sstream>

namespace indicia {

bool MdeCsvWriter::accepts(IndicatorType type) const { return type != IndicatorType::IpRange; }
void MdeCsvWriter::begin(std::ostream& out) { writeMdeCsvHeader(out); }
void MdeCsvWriter::write(std::ostream& out, const Indicator& indicator) { writeMdeCsvRow(out, indicator); }

void FullCsvWriter::begin(std::ostream& out)
{
    for (std::string_view column : kMdeCsvColumns)
        out << column << ',';
    out << "EducateUrl,ExternalId\r\n";
}

void FullCsvWriter::write(std::ostream& out, const Indicator& indicator)
{
    // The template row, without its line end, then our two extra cells.
    std::ostringstream row;
    writeMdeCsvRow(row, indicator);
    std::string text = row.str();
    text.resize(text.size() - 2); // "\r\n"
    out << text << ',' << csvCell(indicator.educateUrl) << ',' << csvCell(indicator.externalId) << "\r\n";
}

void TextWriter::write(std::ostream&, const Indicator& indicator)
{
    byType_[indicator.type].push_back(indicator.value);
}

void TextWriter::end(std::ostream& out)
{
    bool first = true;
    for (const auto& [type, values] : byType_) {
        out << (first ? "" : "\n") << "# " << toString(type) << " (" << values.size() << ")\n";
        for (const std::string& value : values)
            out << value << '\n';
        first = false;
    }
}

namespace {

std::string_view zeekType(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileSha1:
    case IndicatorType::FileSha256:
    case IndicatorType::FileMd5: return "Intel::FILE_HASH";
    case IndicatorType::CertificateThumbprint: return "Intel::CERT_HASH";
    case IndicatorType::IpAddress: return "Intel::ADDR";
    case IndicatorType::IpRange: return "Intel::SUBNET";
    case IndicatorType::DomainName: return "Intel::DOMAIN";
    case IndicatorType::Url: return "Intel::URL";
    }
    return "Intel::DOMAIN";
}

// One TSV cell: tabs and line breaks become spaces; empty is Zeek's "-".
std::string zeekCell(std::string_view text)
{
    std::string cell;
    for (char c : text)
        cell.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    return cell.empty() ? "-" : cell;
}

std::string zeekIndicator(const Indicator& indicator)
{
    if (indicator.type != IndicatorType::Url)
        return indicator.value;
    const std::size_t scheme = indicator.value.find("://");
    return scheme == std::string::npos ? indicator.value : indicator.value.substr(scheme + 3);
}

} // namespace

void ZeekIntelWriter::begin(std::ostream& out)
{
    out << "#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\n";
}

void ZeekIntelWriter::write(std::ostream& out, const Indicator& indicator)
{
    const std::string source = "indicia:" + std::string(toString(indicator.action));
    const std::string& desc = indicator.title.empty() ? indicator.description : indicator.title;
    out << zeekCell(zeekIndicator(indicator)) << '\t' << zeekType(indicator.type) << '\t' << zeekCell(source) << '\t'
        << zeekCell(desc) << '\n';
}

} // namespace indicia
