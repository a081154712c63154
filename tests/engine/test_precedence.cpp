// Precedence: the twenty worked cases of docs/precedence.md, under both scope models,
// run end to end (indicators -> compiled snapshot -> event -> decision), plus the rules
// one by one. Machine WS-1 is in device group Finance; as-of is 2026-06-01.

#include "engine/match/event_matcher.h"
#include "engine/timeutil.h"

#include <QTest>

using namespace indicia;
using namespace indicia::match;
using telemetry::Subject;
using telemetry::ValueKind;

namespace {

// Values of the worked cases: A (SHA-256), a (SHA-1) and m (MD5) describe one file; C is
// the thumbprint of the certificate that signed it.
const char* const kA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const char* const kLowerA = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
const char* const kM = "d41d8cd98f00b204e9800998ecf8427e";
const char* const kC = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";

TimePoint at(const char* iso) { return *parseIsoTimestamp(iso); }
const TimePoint kAsOf = at("2026-06-01T00:00:00Z");

struct Spec {
    IndicatorType type;
    const char* value;
    Action action;
    std::vector<std::string> groups; // empty = all devices
    const char* expires = nullptr;
};

struct Seen {
    ValueKind kind;
    const char* field;
    const char* value;
};

struct Case {
    const char* name;
    std::vector<Seen> event;
    std::vector<Spec> indicators;
    std::optional<Action> seed, current; // empty: no match
    const char* seedRule;
    const char* currentRule;
    bool flaggedByAntivirus = false;
    std::size_t matching = 0; // indicators that match the event; 0 = all of them
};

using T = IndicatorType;
using A = Action;
const std::vector<std::string> kAll;
const std::vector<std::string> kFinance{"Finance"};

const std::vector<Case>& cases()
{
    static const std::vector<Case> table = {
        {"01 only candidate", {{ValueKind::Sha256, "SHA256", kA}}, {{T::FileSha256, kA, A::Block, kAll}},
         A::Block, A::Block, "only-candidate", "only-candidate"},
        {"02 hash strength", {{ValueKind::Sha256, "SHA256", kA}, {ValueKind::Sha1, "SHA1", kLowerA}},
         {{T::FileSha1, kLowerA, A::Allowed, kAll}, {T::FileSha256, kA, A::Block, kAll}},
         A::Block, A::Block, "hash-strength", "hash-strength"},
        {"03 hash strength allows", {{ValueKind::Sha256, "SHA256", kA}, {ValueKind::Sha1, "SHA1", kLowerA}},
         {{T::FileSha256, kA, A::Allowed, kAll}, {T::FileSha1, kLowerA, A::Block, kAll}},
         A::Allowed, A::Allowed, "hash-strength", "hash-strength"},
        {"04 hash strength whatever the groups", {{ValueKind::Sha1, "SHA1", kLowerA}, {ValueKind::Md5, "MD5", kM}},
         {{T::FileMd5, kM, A::Block, kFinance}, {T::FileSha1, kLowerA, A::Allowed, kAll}},
         A::Allowed, A::Allowed, "hash-strength", "hash-strength"},
        {"05 scope model", {{ValueKind::Sha256, "SHA256", kA}},
         {{T::FileSha256, kA, A::Block, kAll}, {T::FileSha256, kA, A::Allowed, kFinance}},
         A::Block, A::Allowed, "scope-seed", "scope-current"},
        {"06 scope model reversed", {{ValueKind::Sha256, "SHA256", kA}},
         {{T::FileSha256, kA, A::Allowed, kAll}, {T::FileSha256, kA, A::Block, kFinance}},
         A::Allowed, A::Block, "scope-seed", "scope-current"},
        {"07 block beats allow for files", {{ValueKind::Sha256, "SHA256", kA}},
         {{T::FileSha256, kA, A::Allowed, kFinance}, {T::FileSha256, kA, A::Block, {"Finance", "HR"}}},
         A::Block, A::Block, "action-order-file", "action-order-file"},
        {"08 action order for files", {{ValueKind::Sha256, "SHA256", kA}},
         {{T::FileSha256, kA, A::Warn, kAll}, {T::FileSha256, kA, A::Block, kAll}},
         A::Block, A::Block, "action-order-file", "action-order-file"},
        {"09 certificate and file share the chain",
         {{ValueKind::Sha256, "SHA256", kA}, {ValueKind::CertificateThumbprint, "SignerHash", kC}},
         {{T::CertificateThumbprint, kC, A::BlockAndRemediate, kAll}, {T::FileSha256, kA, A::Allowed, kAll}},
         A::BlockAndRemediate, A::BlockAndRemediate, "action-order-file", "action-order-file"},
        {"10 URL beats domain", {{ValueKind::Url, "RemoteUrl", "http://a.example.com/x/y"}},
         {{T::DomainName, "example.com", A::Block, kAll}, {T::Url, "http://a.example.com/x", A::Allowed, kAll}},
         A::Allowed, A::Allowed, "url-over-domain", "url-over-domain"},
        {"11 subdomain beats parent", {{ValueKind::Host, "QueryName", "b.a.example.com"}},
         {{T::DomainName, "example.com", A::Block, kAll}, {T::DomainName, "a.example.com", A::Allowed, kAll}},
         A::Allowed, A::Allowed, "subdomain-over-parent", "subdomain-over-parent"},
        {"12 only the parent covers", {{ValueKind::Host, "QueryName", "c.example.com"}},
         {{T::DomainName, "example.com", A::Block, kAll}, {T::DomainName, "a.example.com", A::Allowed, kAll}},
         A::Block, A::Block, "only-candidate", "only-candidate", false, 1},
        {"13 longer path", {{ValueKind::Url, "RemoteUrl", "http://e.com/a/b/c"}},
         {{T::Url, "http://e.com/a", A::Block, kAll}, {T::Url, "http://e.com/a/b", A::Allowed, kAll}},
         A::Allowed, A::Allowed, "longer-path", "longer-path"},
        {"14 only the shorter path covers", {{ValueKind::Url, "RemoteUrl", "http://e.com/a/z"}},
         {{T::Url, "http://e.com/a", A::Block, kAll}, {T::Url, "http://e.com/a/b", A::Allowed, kAll}},
         A::Block, A::Block, "only-candidate", "only-candidate", false, 1},
        {"15 network allow beats block", {{ValueKind::Ip, "RemoteIP", "203.0.113.9"}},
         {{T::IpAddress, "203.0.113.9", A::Block, kFinance}, {T::IpAddress, "203.0.113.9", A::Allowed, {"Finance", "HR"}}},
         A::Allowed, A::Allowed, "action-order-network", "action-order-network"},
        {"16 network warn beats block", {{ValueKind::Ip, "RemoteIP", "203.0.113.9"}},
         {{T::IpAddress, "203.0.113.9", A::Warn, kAll}, {T::IpAddress, "203.0.113.9", A::Block, kAll}},
         A::Warn, A::Warn, "action-order-network", "action-order-network"},
        {"17 exact IP beats range", {{ValueKind::Ip, "RemoteIP", "198.51.100.7"}},
         {{T::IpRange, "198.51.100.0/24", A::Block, kAll}, {T::IpAddress, "198.51.100.7", A::Allowed, kAll}},
         A::Allowed, A::Allowed, "exact-ip-over-range", "exact-ip-over-range"},
        // The snapshot leaves expired indicators out (counted), so nothing matches.
        {"18 expired at as-of", {{ValueKind::Sha256, "SHA256", kA}},
         {{T::FileSha256, kA, A::Block, kAll, "2026-05-31T00:00:00Z"}},
         std::nullopt, std::nullopt, "no-candidate", "no-candidate"},
        {"19 scope does not cover Finance", {{ValueKind::Sha256, "SHA256", kA}},
         {{T::FileSha256, kA, A::Block, {"HR"}}},
         std::nullopt, std::nullopt, "scope-not-covered", "scope-not-covered"},
        {"20 allow suppresses an AV detection", {{ValueKind::Sha256, "SHA256", kA}},
         {{T::FileSha256, kA, A::Allowed, kAll}},
         A::Allowed, A::Allowed, "only-candidate", "only-candidate", true},
    };
    return table;
}

std::vector<ListedIndicator> listOf(const std::vector<Spec>& specs)
{
    std::vector<ListedIndicator> list;
    for (const Spec& spec : specs) {
        ListedIndicator listed;
        listed.id = list.size() + 1;
        listed.indicator.type = spec.type;
        listed.indicator.value = spec.value;
        listed.indicator.action = spec.action;
        listed.indicator.rbacGroups = spec.groups;
        if (spec.expires)
            listed.indicator.expiration = at(spec.expires);
        // Later indicators were updated later, so ties are deterministic.
        listed.updated = at("2026-01-01T00:00:00Z") + std::chrono::hours(int(list.size()));
        list.push_back(listed);
    }
    return list;
}

telemetry::Event eventOf(const std::vector<Seen>& seen, bool flagged)
{
    telemetry::Event event;
    event.machine = "WS-1";
    event.flaggedByAntivirus = flagged;
    for (const Seen& s : seen)
        event.add(s.kind, Subject::Target, s.field, s.value);
    return event;
}

struct Result {
    std::vector<SubjectDecision> decisions;
    std::shared_ptr<const Snapshot> snapshot;
};

Result run(const std::vector<Spec>& specs, const telemetry::Event& event, ScopeModel model)
{
    Result result;
    const std::vector<ListedIndicator> list = listOf(specs);
    result.snapshot = Snapshot::build(list, kAsOf);
    telemetry::MachineGroups groups;
    groups.set("WS-1", "Finance");
    EventMatcher matcher(*result.snapshot, groups, model);
    std::string group;
    matcher.match(event, result.decisions, group);
    return result;
}

QByteArray code(Rule rule) { return QByteArray(ruleCode(rule).data(), qsizetype(ruleCode(rule).size())); }

} // namespace

class TestPrecedence : public QObject {
    Q_OBJECT

private slots:
    void workedCases_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("current");
        for (std::size_t i = 0; i < cases().size(); ++i) {
            QTest::newRow(("seed: " + std::string(cases()[i].name)).c_str()) << int(i) << false;
            QTest::newRow(("current: " + std::string(cases()[i].name)).c_str()) << int(i) << true;
        }
    }
    void workedCases()
    {
        QFETCH(int, index);
        QFETCH(bool, current);
        const Case& c = cases()[std::size_t(index)];
        const Result result = run(c.indicators, eventOf(c.event, c.flaggedByAntivirus),
                                  current ? ScopeModel::Current : ScopeModel::Seed);
        const std::optional<Action> expected = current ? c.current : c.seed;
        const char* rule = current ? c.currentRule : c.seedRule;
        if (std::string_view(rule) == "no-candidate") {
            QVERIFY(result.decisions.empty());
            QCOMPARE(result.snapshot->expiredLeftOut(), std::size_t(1));
            return;
        }
        QCOMPARE(result.decisions.size(), std::size_t(1));
        const SubjectDecision& subject = result.decisions.front();
        const Decision& decision = subject.decision;
        QCOMPARE(code(decision.decidedBy), QByteArray(rule));
        QCOMPARE(subject.candidates.size(), c.matching ? c.matching : c.indicators.size()); // every match is reported
        QCOMPARE(decision.setAsideBy.size(), subject.candidates.size());
        QVERIFY(!decision.explanation.empty());
        if (!expected) {
            QVERIFY(!decision.winner);
            QCOMPARE(outcomeCode(decision.outcome, false), std::string_view("none"));
            return;
        }
        QVERIFY(decision.winner);
        QCOMPARE(int(subject.candidates[*decision.winner].action), int(*expected));
        QVERIFY(!decision.setAsideBy[*decision.winner]);
        QVERIFY2(decision.explanation.find(" decides: ") != std::string::npos, decision.explanation.c_str());
        if (c.flaggedByAntivirus) {
            QVERIFY(decision.outcome.suppressesDetection);
            QCOMPARE(int(decision.outcome.investigation), int(Investigation::IgnoresBadVerdict));
        }
    }

    // Case 18 at the precedence level: an expired candidate is named as such.
    void expiredCandidateExplained()
    {
        Candidate c;
        c.active = false;
        c.value = kA;
        const Decision decision = decide(std::span(&c, 1), {});
        QVERIFY(!decision.winner);
        QCOMPARE(code(decision.decidedBy), QByteArray("expired"));
        QCOMPARE(code(*decision.setAsideBy[0]), QByteArray("expired"));
    }

    // Expiry exactly at the as-of time counts as expired; a second later it is active.
    void expiryAtAsOf_data()
    {
        QTest::addColumn<QByteArray>("expires");
        QTest::addColumn<bool>("active");
        QTest::newRow("a day before") << QByteArray("2026-05-31T00:00:00Z") << false;
        QTest::newRow("exactly at as-of") << QByteArray("2026-06-01T00:00:00Z") << false;
        QTest::newRow("a second after") << QByteArray("2026-06-01T00:00:01Z") << true;
    }
    void expiryAtAsOf()
    {
        QFETCH(QByteArray, expires);
        QFETCH(bool, active);
        const std::string when = expires.toStdString();
        const Result result = run({{T::FileSha256, kA, A::Block, kAll, when.c_str()}},
                                  eventOf({{ValueKind::Sha256, "SHA256", kA}}, false), ScopeModel::Seed);
        QCOMPARE(result.decisions.size(), std::size_t(active ? 1 : 0));
        QCOMPARE(result.snapshot->expiredLeftOut(), std::size_t(active ? 0 : 1));
    }

    // SHA-256 > SHA-1 > MD5 for every pair, whatever the action order would say.
    void hashStrength_data()
    {
        QTest::addColumn<int>("strong");
        QTest::addColumn<int>("weak");
        QTest::newRow("SHA-256 over SHA-1") << int(T::FileSha256) << int(T::FileSha1);
        QTest::newRow("SHA-256 over MD5") << int(T::FileSha256) << int(T::FileMd5);
        QTest::newRow("SHA-1 over MD5") << int(T::FileSha1) << int(T::FileMd5);
    }
    void hashStrength()
    {
        QFETCH(int, strong);
        QFETCH(int, weak);
        auto valueOf = [](T type) { return type == T::FileSha256 ? kA : type == T::FileSha1 ? kLowerA : kM; };
        auto kindOf = [](T type) {
            return type == T::FileSha256 ? ValueKind::Sha256 : type == T::FileSha1 ? ValueKind::Sha1 : ValueKind::Md5;
        };
        const Result result = run({{T(weak), valueOf(T(weak)), A::Block, kAll}, {T(strong), valueOf(T(strong)), A::Allowed, kAll}},
                                  eventOf({{kindOf(T(strong)), "strong", valueOf(T(strong))},
                                           {kindOf(T(weak)), "weak", valueOf(T(weak))}}, false),
                                  ScopeModel::Seed);
        QCOMPARE(result.decisions.size(), std::size_t(1));
        const SubjectDecision& d = result.decisions.front();
        QCOMPARE(int(d.candidates[*d.decision.winner].type), strong);
        QCOMPARE(code(d.decision.decidedBy), QByteArray("hash-strength"));
    }

    // URL paths match per segment: /a covers /a, /a/ and /a/b but not /ab.
    void urlPathSegments_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same path") << QByteArray("http://e.com/a") << true;
        QTest::newRow("trailing slash") << QByteArray("http://e.com/a/") << true;
        QTest::newRow("deeper") << QByteArray("https://E.com/a/b?q=1") << true;
        QTest::newRow("query") << QByteArray("e.com/a?x") << true;
        QTest::newRow("sibling name") << QByteArray("http://e.com/ab") << false;
        QTest::newRow("other host") << QByteArray("http://www.e.com/a") << false;
        QTest::newRow("root") << QByteArray("http://e.com/") << false;
        QTest::newRow("explicit default port") << QByteArray("http://e.com:80/a/c") << true;
        QTest::newRow("other port") << QByteArray("http://e.com:8080/a") << false;
    }
    void urlPathSegments()
    {
        QFETCH(QByteArray, url);
        QFETCH(bool, matches);
        const std::string text = url.toStdString();
        const Result result = run({{T::Url, "http://e.com/a", A::Block, kAll}},
                                  eventOf({{ValueKind::Url, "RemoteUrl", text.c_str()}}, false), ScopeModel::Seed);
        QCOMPARE(result.decisions.size(), std::size_t(matches ? 1 : 0));
    }

    // Longest prefix among several ranges, IPv4 and IPv6, and mapped IPv4 in IPv6.
    void longerPrefix()
    {
        const Result result = run({{T::IpRange, "198.51.0.0/16", A::Allowed, kAll}, {T::IpRange, "198.51.100.0/24", A::Block, kAll}},
                                  eventOf({{ValueKind::Ip, "RemoteIP", "::ffff:198.51.100.7"}}, false), ScopeModel::Seed);
        QCOMPARE(result.decisions.size(), std::size_t(1));
        const SubjectDecision& d = result.decisions.front();
        QCOMPARE(QByteArray(d.candidates[*d.decision.winner].value.c_str()), QByteArray("198.51.100.0/24"));
        QCOMPARE(code(d.decision.decidedBy), QByteArray("longer-prefix"));

        const Result v6 = run({{T::IpRange, "2001:db8::/32", A::Block, kAll}},
                              eventOf({{ValueKind::Ip, "DestinationIp", "2001:db8:0:0:0:0:0:c"}}, false), ScopeModel::Seed);
        QCOMPARE(v6.decisions.size(), std::size_t(1));
    }

    // A process event names two files: the process and its parent. Each gets a decision.
    void subjectsDecidedApart()
    {
        telemetry::Event event;
        event.machine = "ws-1.corp.example"; // short name and case fall back to WS-1
        event.add(ValueKind::Sha1, Subject::Target, "SHA1", kLowerA);
        event.add(ValueKind::Sha256, Subject::InitiatingProcess, "InitiatingProcessSHA256", kA);
        const Result result = run({{T::FileSha1, kLowerA, A::Block, kFinance}, {T::FileSha256, kA, A::Allowed, kAll}},
                                  event, ScopeModel::Seed);
        QCOMPARE(result.decisions.size(), std::size_t(2));
        QCOMPARE(int(result.decisions[0].subject), int(Subject::Target));
        QCOMPARE(int(result.decisions[0].candidates[0].action), int(A::Block)); // not beaten by the parent's SHA-256
        QCOMPARE(int(result.decisions[1].subject), int(Subject::InitiatingProcess));
    }

    // The outcome table of docs/precedence.md.
    void outcomeTable_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("alert");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<int>("prevention");
        QTest::addColumn<int>("network");
        QTest::addColumn<int>("investigation");
        QTest::addColumn<bool>("alerts");
        const int na = int(Prevention::NotApplicable), nna = int(NetworkProtection::NotApplicable);
        QTest::newRow("file allowed") << int(T::FileSha256) << int(A::Allowed) << false << QByteArray("allow")
                                      << int(Prevention::Allow) << nna << int(Investigation::IgnoresBadVerdict) << false;
        QTest::newRow("file audit") << int(T::FileSha256) << int(A::Audit) << true << QByteArray("alert")
                                    << int(Prevention::Allow) << nna << int(Investigation::Unchanged) << true;
        QTest::newRow("file warn") << int(T::FileSha1) << int(A::Warn) << false << QByteArray("warn")
                                   << int(Prevention::Warn) << nna << int(Investigation::Unchanged) << false;
        QTest::newRow("file block alert") << int(T::FileMd5) << int(A::Block) << true << QByteArray("block")
                                          << int(Prevention::Block) << nna << int(Investigation::TreatsAsBad) << true;
        QTest::newRow("cert remediate") << int(T::CertificateThumbprint) << int(A::BlockAndRemediate) << false
                                        << QByteArray("block-and-quarantine") << int(Prevention::BlockAndQuarantine) << nna
                                        << int(Investigation::TreatsAsBad) << false;
        QTest::newRow("ip allowed") << int(T::IpAddress) << int(A::Allowed) << false << QByteArray("allow") << na
                                    << int(NetworkProtection::Allow) << int(Investigation::IgnoresBadVerdict) << false;
        QTest::newRow("url warn") << int(T::Url) << int(A::Warn) << true << QByteArray("warn") << na
                                  << int(NetworkProtection::Warn) << int(Investigation::Unchanged) << true;
        QTest::newRow("domain block") << int(T::DomainName) << int(A::Block) << false << QByteArray("block") << na
                                      << int(NetworkProtection::Block) << int(Investigation::TreatsAsBad) << false;
        QTest::newRow("domain remediate is n/a") << int(T::DomainName) << int(A::BlockAndRemediate) << false
                                                 << QByteArray("none") << na << nna << int(Investigation::TreatsAsBad) << false;
    }
    void outcomeTable()
    {
        QFETCH(int, type);
        QFETCH(int, action);
        QFETCH(bool, alert);
        QFETCH(QByteArray, code);
        QFETCH(int, prevention);
        QFETCH(int, network);
        QFETCH(int, investigation);
        QFETCH(bool, alerts);
        const Outcome outcome = outcomeFor(T(type), A(action), alert);
        QCOMPARE(QByteArray(outcomeCode(outcome).data()), code);
        QCOMPARE(int(outcome.prevention), prevention);
        QCOMPARE(int(outcome.network), network);
        QCOMPARE(int(outcome.investigation), investigation);
        QCOMPARE(outcome.alert == CloudAlert::Alert, alerts);
    }

    void ruleCodesAreStable()
    {
        QCOMPARE(code(Rule::ScopeSeed), QByteArray("scope-seed"));
        QCOMPARE(code(Rule::MostRecentlyUpdated), QByteArray("most-recently-updated"));
        QCOMPARE(parseScopeModel(" Current "), std::optional(ScopeModel::Current));
        QVERIFY(!parseScopeModel("mde"));
    }
};

QTEST_APPLESS_MAIN(TestPrecedence)
#include "test_precedence.moc"
