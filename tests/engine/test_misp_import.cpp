// MISP events: the real ESET Zebrocy event (a REST search answer in which every attribute
// has to_ids false) and crafted events for composite types, objects and tags.

#include "engine/codec/format_codes.h"
#include "engine/codec/misp_reader.h"
#include "engine/codec/source_reader.h"
#include "engine/timeutil.h"

#include <QTest>

#include <fstream>
#include <map>
#include <sstream>

using namespace indicia;

namespace {

const std::string kZebrocy = std::string(INDICIA_SHARED_DATA) + "/ioc_lists/eset/sednit/2018-11-20_Zebrocy.json";

TimePoint now() { return *parseIsoTimestamp("2025-06-01T00:00:00Z"); }

std::vector<ImportRow> readStream(std::istream& in, bool all)
{
    MispReader reader(in, now(), all);
    if (reader.documentError())
        qFatal("document error: %s", reader.documentError()->message.c_str());
    std::vector<ImportRow> rows;
    for (ImportRow row; reader.next(row);)
        rows.push_back(row);
    return rows;
}

std::vector<ImportRow> readText(const std::string& json, bool all = false)
{
    std::istringstream in(json);
    return readStream(in, all);
}

QString str(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }
QString code(const ImportRow& row) { return row.errors.empty() ? QString() : QString::fromStdString(row.errors.front().code); }

std::map<QString, int> tally(const std::vector<ImportRow>& rows)
{
    std::map<QString, int> counts;
    for (const ImportRow& row : rows)
        ++counts[row.valid() ? str(toString(*row.type)) : u'!' + code(row)];
    return counts;
}

} // namespace

class TestMispImport : public QObject {
    Q_OBJECT

private slots:
    void zebrocyDefault();
    void zebrocyAllAttributes();
    void zebrocyThroughSourceReader();
    void compositeTypesAndObjects();
    void wrappers();
};

// 32 attributes, all to_ids false: 15 filename|hash (5 files x MD5, SHA-1, SHA-256),
// 2 url, 4 text, 7 email-dst, 4 email-src. By default none is taken; each says why.
void TestMispImport::zebrocyDefault()
{
    std::ifstream in(kZebrocy, std::ios::binary);
    const auto rows = readStream(in, false);
    QCOMPARE(int(rows.size()), 32);
    const auto counts = tally(rows);
    QCOMPARE(counts.at(u'!' + str(codes::kMispNotForIds)), 17);
    QCOMPARE(counts.at(u'!' + str(codes::kMispTypeUnsupported)), 15);
    QCOMPARE(rows.front().raw, std::string("5be1ee80-f71c-4da5-83e2-61410a016219"));
}

void TestMispImport::zebrocyAllAttributes()
{
    std::ifstream in(kZebrocy, std::ios::binary);
    const auto rows = readStream(in, true);
    const auto counts = tally(rows);
    QCOMPARE(counts.at(QStringLiteral("FileMd5")), 5);
    QCOMPARE(counts.at(QStringLiteral("FileSha1")), 5);
    QCOMPARE(counts.at(QStringLiteral("FileSha256")), 5);
    QCOMPARE(counts.at(QStringLiteral("Url")), 2);
    QCOMPARE(counts.at(u'!' + str(codes::kMispTypeUnsupported)), 15);
    const ImportRow& first = rows.front();
    QCOMPARE(first.indicator.value, std::string("7768fd2812ceff05db8f969a7bed1de5615bfc5a"));
    QCOMPARE(first.indicator.title, std::string("Zebrocy blogpost November 2018"));
    QCOMPARE(first.raw, std::string("7768fd2812ceff05db8f969a7bed1de5615bfc5a"));
}

void TestMispImport::zebrocyThroughSourceReader()
{
    Issue error;
    SourceOptions options;
    options.allMispAttributes = true;
    auto reader = SourceReader::open(kZebrocy, ValidateOptions{now()}, error, options);
    QVERIFY(reader);
    QVERIFY(reader->format() == SourceFormat::Misp);
    int valid = 0;
    for (ImportRow row; reader->next(row);)
        valid += row.valid() ? 1 : 0;
    QCOMPARE(valid, 17);
}

void TestMispImport::compositeTypesAndObjects()
{
    const auto rows = readText(R"({"Event":{"info":"Crafted","Attribute":[
        {"uuid":"a1","type":"domain|ip","value":"evil.example|8.8.8.8","to_ids":true,"comment":"resolver abuse"},
        {"uuid":"a2","type":"ip-dst|port","value":"45.10.88.24|443","to_ids":"1"},
        {"uuid":"a3","type":"ip-src","value":"45.10.88.0/24","to_ids":true},
        {"uuid":"a4","type":"hostname","value":"C2.Evil.Example.","to_ids":true},
        {"uuid":"a5","type":"x509-fingerprint-sha1","value":"ABCDEF0123456789ABCDEF0123456789ABCDEF01","to_ids":true},
        {"uuid":"a6","type":"md5","value":"not-a-hash","to_ids":true},
        {"uuid":"a7","type":"sha256","value":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","to_ids":true,"deleted":true}],
      "Object":[{"name":"file","Attribute":[
        {"uuid":"o1","type":"sha1","value":"da39a3ee5e6b4b0d3255bfef95601890afd80709","to_ids":true},
        {"uuid":"o2","type":"filename","value":"x.exe","to_ids":true}]}]}})");
    QStringList got;
    for (const ImportRow& row : rows)
        got << (row.valid() ? QString(str(toString(*row.type)) + u' ' + QString::fromStdString(row.indicator.value))
                            : QString(QString::fromStdString(row.raw) + u" !" + code(row)));
    QCOMPARE(got, (QStringList{QStringLiteral("DomainName evil.example"), QStringLiteral("IpAddress 8.8.8.8"),
                               QStringLiteral("IpAddress 45.10.88.24"), QStringLiteral("IpRange 45.10.88.0/24"),
                               QStringLiteral("DomainName c2.evil.example"),
                               QStringLiteral("CertificateThumbprint abcdef0123456789abcdef0123456789abcdef01"),
                               QStringLiteral("not-a-hash !hash-not-hex"), QStringLiteral("a7 !misp-deleted"),
                               QStringLiteral("FileSha1 da39a3ee5e6b4b0d3255bfef95601890afd80709"),
                               QStringLiteral("o2 !misp-type-unsupported")}));
    QCOMPARE(rows[0].indicator.description, std::string("resolver abuse"));
    QCOMPARE(rows[0].indicator.title, std::string("Crafted"));
    QVERIFY(rows[5].indicator.action == Action::BlockAndRemediate); // MDE blocks certificates only so
}

void TestMispImport::wrappers()
{
    const std::string attribute = R"({"uuid":"a","type":"domain","value":"evil.example","to_ids":true})";
    QCOMPARE(int(readText(R"([{"Event":{"Attribute":[)" + attribute + "]}}]").size()), 1);
    QCOMPARE(int(readText(R"({"response":[{"Event":{"Attribute":[)" + attribute + "]}}]}").size()), 1);
    QCOMPARE(int(readText(R"({"info":"bare","Attribute":[)" + attribute + "]}").size()), 1);
    std::istringstream none(R"({"something":"else"})");
    MispReader reader(none, now());
    QCOMPARE(QString::fromStdString(reader.documentError()->code), str(codes::kJsonShape));
}

QTEST_GUILESS_MAIN(TestMispImport)
#include "test_misp_import.moc"
