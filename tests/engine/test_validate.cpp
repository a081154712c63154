// validateIndicator(): record-level rules (required fields, actions per type, Audit needs an
// alert, expiry, educate URL, category, MITRE ids, MDE compatibility).

#include "engine/issue_codes.h"
#include "engine/validate.h"

#include <QTest>

using namespace indicia;
using namespace std::chrono;

Q_DECLARE_METATYPE(indicia::Indicator)

namespace {

QByteArray bytes(std::string_view text) { return QByteArray(text.data(), qsizetype(text.size())); }
QByteArray c(std::string_view code) { return bytes(code); }

QByteArrayList codesOf(const Issues& issues)
{
    QByteArrayList out;
    for (const Issue& issue : issues)
        out << bytes(issue.code);
    return out;
}

const TimePoint kNow = TimePoint{sys_days{year{2026} / 3 / 1}} + hours{12};

// A valid indicator of the given type, as the MDE template's example rows describe one.
Indicator base(IndicatorType type, std::string value, Action action = Action::Block)
{
    Indicator ind;
    ind.type = type;
    ind.value = std::move(value);
    ind.action = action;
    ind.title = "Winter Vivern C&C server";
    ind.description = "From the ESET Winter Vivern report.";
    return ind;
}

const std::string kSha256 = "b3df6d57ed3ccf4e0f377d22d08b982c10ffe700740daecfe0992ddfff9a669f";
const std::string kThumb = "d592227ba476fd3c090de1517c1d99951e36f4d1";

} // namespace

class TestValidate : public QObject {
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void actionMessageListsAllowedActions();
    void issuesNameTheirColumn();
};

void TestValidate::validate_data()
{
    QTest::addColumn<Indicator>("indicator");
    QTest::addColumn<bool>("requireTitle");
    QTest::addColumn<QByteArrayList>("errors");
    QTest::addColumn<QByteArrayList>("warnings");

    namespace k = codes;
    using T = IndicatorType;
    auto row = [](const char* tag, const Indicator& ind, const QByteArrayList& errors = {},
                  const QByteArrayList& warnings = {}, bool requireTitle = true) {
        QTest::newRow(tag) << ind << requireTitle << errors << warnings;
    };
    auto with = [](Indicator ind, auto change) {
        change(ind);
        return ind;
    };

    const Indicator file = base(T::FileSha256, kSha256);
    const Indicator ip = base(T::IpAddress, "38.180.76.31");
    const Indicator domain = base(T::DomainName, "recsecas.com", Action::Warn);
    const Indicator url = base(T::Url, "https://example.com/block");
    const Indicator cert = base(T::CertificateThumbprint, kThumb, Action::BlockAndRemediate);

    // Required fields.
    row("valid file block", file);
    row("valid ip", ip);
    row("valid domain warn", domain);
    row("valid url", url);
    row("valid cert", cert);
    row("value empty", with(file, [](Indicator& i) { i.value.clear(); }), {c(k::kValueRequired)});
    row("value blank", with(ip, [](Indicator& i) { i.value = "  "; }), {c(k::kValueRequired)});
    row("title missing", with(file, [](Indicator& i) { i.title.clear(); }), {c(k::kTitleRequired)});
    row("title blank", with(file, [](Indicator& i) { i.title = " \t"; }), {c(k::kTitleRequired)});
    row("description missing", with(file, [](Indicator& i) { i.description.clear(); }), {c(k::kDescriptionRequired)});
    row("both missing", with(url, [](Indicator& i) { i.title.clear(); i.description.clear(); }),
        {c(k::kTitleRequired), c(k::kDescriptionRequired)});
    row("both missing but not required", with(url, [](Indicator& i) { i.title.clear(); i.description.clear(); }),
        {}, {}, false);

    // Actions per type.
    for (Action action : kAllActions) {
        const bool alert = action == Action::Audit;
        const QByteArray tag = "file " + bytes(toString(action));
        row(tag.constData(), with(file, [=](Indicator& i) { i.action = action; i.generateAlert = alert; }));
    }
    row("cert block", with(cert, [](Indicator& i) { i.action = Action::Block; }), {c(k::kActionNotAllowed)});
    row("cert warn", with(cert, [](Indicator& i) { i.action = Action::Warn; }), {c(k::kActionNotAllowed)});
    row("cert allowed", with(cert, [](Indicator& i) { i.action = Action::Allowed; }));
    row("ip block and remediate", with(ip, [](Indicator& i) { i.action = Action::BlockAndRemediate; }), {c(k::kActionNotAllowed)});
    row("domain block and remediate", with(domain, [](Indicator& i) { i.action = Action::BlockAndRemediate; }), {c(k::kActionNotAllowed)});
    row("url block and remediate", with(url, [](Indicator& i) { i.action = Action::BlockAndRemediate; }), {c(k::kActionNotAllowed)});
    row("url allowed", with(url, [](Indicator& i) { i.action = Action::Allowed; }));

    // Audit needs an alert.
    row("audit without alert", with(domain, [](Indicator& i) { i.action = Action::Audit; }), {c(k::kAuditRequiresAlert)});
    row("audit with alert template", with(domain, [](Indicator& i) { i.action = Action::Audit; i.generateAlert = true; }));
    row("cert audit without alert", with(cert, [](Indicator& i) { i.action = Action::Audit; }),
        {c(k::kActionNotAllowed), c(k::kAuditRequiresAlert)});

    // Expiry.
    row("expiry future", with(file, [](Indicator& i) { i.expiration = kNow + days{90}; }));
    row("expiry past template 2018", with(file, [](Indicator& i) {
            i.expiration = TimePoint{sys_days{year{2018} / 9 / 16}} + hours{12};
        }), {c(k::kExpiryPast)});
    row("expiry exactly now", with(file, [](Indicator& i) { i.expiration = kNow; }), {c(k::kExpiryPast)});
    row("expiry one second ahead", with(file, [](Indicator& i) { i.expiration = kNow + seconds{1}; }));
    row("no expiry", with(file, [](Indicator& i) { i.expiration.reset(); }));

    // Educate URL.
    row("educate on url block", with(url, [](Indicator& i) { i.educateUrl = "https://intranet.example.com/why-blocked"; }));
    row("educate on domain warn", with(domain, [](Indicator& i) { i.educateUrl = "http://help.example.org/"; }));
    row("educate on ip block", with(ip, [](Indicator& i) { i.educateUrl = "https://10.0.0.5/policy"; }));
    row("educate intranet single label", with(url, [](Indicator& i) { i.educateUrl = "https://intranet/policy"; }));
    row("educate on file", with(file, [](Indicator& i) { i.educateUrl = "https://help.example.org/"; }),
        {c(k::kEducateUrlNotApplicable)});
    row("educate on cert", with(cert, [](Indicator& i) { i.educateUrl = "https://help.example.org/"; }),
        {c(k::kEducateUrlNotApplicable)});
    row("educate on url allowed", with(url, [](Indicator& i) { i.action = Action::Allowed; i.educateUrl = "https://help.example.org/"; }),
        {c(k::kEducateUrlNotApplicable)});
    row("educate on url audit", with(url, [](Indicator& i) {
            i.action = Action::Audit; i.generateAlert = true; i.educateUrl = "https://help.example.org/";
        }), {c(k::kEducateUrlNotApplicable)});
    row("educate not a url", with(url, [](Indicator& i) { i.educateUrl = "see the wiki"; }), {c(k::kEducateUrlInvalid)});
    row("educate no scheme", with(url, [](Indicator& i) { i.educateUrl = "help.example.org/why"; }), {c(k::kEducateUrlInvalid)});
    row("educate ftp", with(url, [](Indicator& i) { i.educateUrl = "ftp://help.example.org/"; }), {c(k::kEducateUrlInvalid)});
    row("educate bad host", with(url, [](Indicator& i) { i.educateUrl = "https://bad_host!/"; }), {c(k::kEducateUrlInvalid)});
    row("educate bad ip host", with(url, [](Indicator& i) { i.educateUrl = "https://10.0.5/"; }), {c(k::kEducateUrlInvalid)});
    row("educate bad port", with(url, [](Indicator& i) { i.educateUrl = "https://help.example.org:0/"; }), {c(k::kEducateUrlInvalid)});

    // Category and MITRE.
    row("category known", with(file, [](Indicator& i) { i.category = "SuspiciousActivity"; }));
    row("category none", with(file, [](Indicator& i) { i.category = "None"; }));
    row("category unknown", with(file, [](Indicator& i) { i.category = "Phishing"; }), {}, {c(k::kCategoryUnknown)});
    row("category wrong case", with(file, [](Indicator& i) { i.category = "malware"; }), {}, {c(k::kCategoryUnknown)});
    // The MDE template's placeholders are well formed but name no technique: warnings only.
    row("mitre template ids", with(file, [](Indicator& i) { i.mitreTechniques = {"T0000", "T0001", "T0002"}; }), {},
        {c(k::kMitreUnknown), c(k::kMitreUnknown), c(k::kMitreUnknown)});
    row("mitre sub-technique", with(file, [](Indicator& i) { i.mitreTechniques = {"T1059.001"}; }));
    row("mitre known", with(file, [](Indicator& i) { i.mitreTechniques = {"T1204.002", "T1562", "T1690", "T1001"}; }));
    row("mitre unknown", with(file, [](Indicator& i) { i.mitreTechniques = {"T9999"}; }), {}, {c(k::kMitreUnknown)});
    row("mitre unknown parent", with(file, [](Indicator& i) { i.mitreTechniques = {"T1999.001", "T1059"}; }), {},
        {c(k::kMitreUnknown)});
    row("mitre invalid", with(file, [](Indicator& i) { i.mitreTechniques = {"T1046", "Discovery"}; }), {c(k::kMitreInvalid)});
    row("mitre two invalid", with(file, [](Indicator& i) { i.mitreTechniques = {"t1046", "TA0007"}; }),
        {c(k::kMitreInvalid), c(k::kMitreInvalid)});

    // Our extension.
    row("ip range warns", base(T::IpRange, "5.63.151.0/24"), {}, {c(k::kNotMdeCompatible)});
    row("ip range bar refused", base(T::IpRange, "5.63.151.0/24", Action::BlockAndRemediate),
        {c(k::kActionNotAllowed)}, {c(k::kNotMdeCompatible)});
    row("ip range educate refused", with(base(T::IpRange, "5.63.151.0/24"), [](Indicator& i) {
            i.educateUrl = "https://help.example.org/";
        }), {c(k::kEducateUrlNotApplicable)}, {c(k::kNotMdeCompatible)});
}

void TestValidate::validate()
{
    QFETCH(Indicator, indicator);
    QFETCH(bool, requireTitle);
    QFETCH(QByteArrayList, errors);
    QFETCH(QByteArrayList, warnings);

    const Validation result = validateIndicator(indicator, ValidateOptions{kNow, requireTitle});
    QCOMPARE(codesOf(result.errors), errors);
    QCOMPARE(codesOf(result.warnings), warnings);
    QCOMPARE(result.ok(), errors.isEmpty());
    for (const Issues* issues : {&result.errors, &result.warnings}) {
        for (const Issue& issue : *issues) {
            QVERIFY2(issue.message.size() > 15 && issue.message.back() == '.', issue.message.c_str());
            QVERIFY(!issue.column.empty());
        }
    }
}

void TestValidate::actionMessageListsAllowedActions()
{
    Indicator ind = base(IndicatorType::CertificateThumbprint, kThumb, Action::Block);
    const Validation result = validateIndicator(ind, ValidateOptions{kNow, true});
    QCOMPARE(result.errors.size(), std::size_t(1));
    const QByteArray message = bytes(result.errors.front().message);
    QVERIFY2(message.contains("Allowed, BlockAndRemediate"), message.constData());
    QVERIFY2(message.contains("CertificateThumbprint"), message.constData());

    ind = base(IndicatorType::IpAddress, "38.180.76.31", Action::BlockAndRemediate);
    const QByteArray ipMessage = bytes(validateIndicator(ind, ValidateOptions{kNow, true}).errors.front().message);
    QVERIFY2(ipMessage.contains("Allowed, Audit, Warn, Block."), ipMessage.constData());
}

void TestValidate::issuesNameTheirColumn()
{
    Indicator ind = base(IndicatorType::FileSha256, kSha256, Action::Audit);
    ind.title.clear();
    ind.expiration = kNow - days{1};
    ind.category = "Phishing";
    const Validation result = validateIndicator(ind, ValidateOptions{kNow, true});
    QByteArrayList columnsSeen;
    for (const Issue& issue : result.errors)
        columnsSeen << bytes(issue.column);
    QCOMPARE(columnsSeen, (QByteArrayList{"Title", "GenerateAlert", "ExpirationTime"}));
    QCOMPARE(bytes(result.warnings.front().column), QByteArray("Category"));
}

QTEST_APPLESS_MAIN(TestValidate)
#include "test_validate.moc"
