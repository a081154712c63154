// The file page's joined identity on real telemetry (../shared/data): every expected value
// below was checked by hand with grep on the sample files (see the comments).

#include "engine/timeutil.h"
#include "models/entities/file_profile.h"
#include "models/entities/machine_profile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

namespace {

QString sysmon(const char* file)
{
    return QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mordor_sysmon/") + QLatin1String(file);
}

QString mde()
{
    return QStringLiteral(INDICIA_SHARED_DATA "/telemetry/mde/advanced_hunting_export.csv");
}

QStringList allTelemetry()
{
    return {sysmon("eid1_process_create.jsonl"), sysmon("eid7_image_load.jsonl"), sysmon("eid3_network_connection.jsonl"),
            sysmon("eid23_file_delete_archived.jsonl"), mde()};
}

match::ListedIndicator listed(std::uint64_t id, IndicatorType type, const char* value, Action action,
                              std::vector<std::string> groups = {})
{
    match::ListedIndicator l;
    l.id = id;
    l.indicator.type = type;
    l.indicator.value = value;
    l.indicator.action = action;
    l.indicator.rbacGroups = std::move(groups);
    l.indicator.title = "test " + std::to_string(id);
    l.updated = nowUtc();
    return l;
}

} // namespace

class TestFileProfile : public QObject {
    Q_OBJECT
private slots:
    void sysmonProcessHashesAreJoinedFromTheMd5()
    {
        // eid1_process_create.jsonl line 1: Hashes=SHA1=2ED89B54..,MD5=E7A6B1F5..,SHA256=EB71EA69..
        // cmd.exe on DC01.pandalab.com; each hash occurs in that one record only.
        EntityContext context;
        context.setTelemetry(allTelemetry());
        const FileProfile p = FileProfileBuilder(context).build(QStringLiteral("E7A6B1F51EFB405287A8048CFA4690F4"));
        QVERIFY(p.isValid());
        QCOMPARE(p.md5, QStringLiteral("e7a6b1f51efb405287a8048cfa4690f4"));
        QCOMPARE(p.sha1, QStringLiteral("2ed89b5430c775306b316ba3a926d7de4fe39fc7"));
        QCOMPARE(p.sha256, QStringLiteral("eb71ea69dd19f728ab9240565e8c7efb59821e19e3788e289301e1e74940c208"));
        QCOMPARE(p.names, QStringList{QStringLiteral("cmd.exe")});
        QCOMPARE(p.paths, QStringList{QStringLiteral("C:\\Windows\\System32\\cmd.exe")});
        QCOMPARE(p.events.size(), 1);
        QCOMPARE(p.machines.size(), 1);
        QCOMPARE(p.machines.first().name, QStringLiteral("DC01.pandalab.com"));
        QCOMPARE(p.firstSeen, QDateTime(QDate(2023, 7, 19), QTime(16, 2, 23, 992), Qt::UTC));
        QCOMPARE(p.strongestHash(), p.sha256);
    }

    void imageLoadsGiveSignerPrevalenceAndMachineNames()
    {
        // sechost.dll: 14 EID 7 records (grep -c A330EDE3.. eid7_image_load.jsonl), 9 on
        // "WORKSTATION5" and 5 on "WORKSTATION5.theshire.local" (one machine), signed
        // "Microsoft Windows", Valid; first 2020-09-22 06:16:07.861, last 2020-10-23 06:36:43.640.
        EntityContext context;
        context.setTelemetry(allTelemetry());
        const FileProfile p = FileProfileBuilder(context).build(QStringLiteral("c441e19d20961d4e990e117a300ed318bedbf2f8ba0ff07bee7832ac502cddf2"));
        QCOMPARE(p.sha1, QStringLiteral("a330ede32dfa03ae6808ee7fb6916d8deb8f5dde"));
        QCOMPARE(p.md5, QStringLiteral("a094e2b38d3dd864b07580d243cb6e43"));
        QCOMPARE(p.events.size(), 14);
        QCOMPARE(p.names, QStringList{QStringLiteral("sechost.dll")});
        QCOMPARE(p.signer, QStringLiteral("Microsoft Windows"));
        QCOMPARE(p.signatureStatus, QStringLiteral("Valid"));
        QVERIFY(p.isMicrosoftSigned());
        QCOMPARE(p.machines.size(), 1);
        QCOMPARE(p.machines.first().events, 14);
        QCOMPARE(p.firstSeen, QDateTime(QDate(2020, 9, 22), QTime(6, 16, 7, 861), Qt::UTC));
        QCOMPARE(p.lastSeen, QDateTime(QDate(2020, 10, 23), QTime(6, 36, 43, 624), Qt::UTC));
    }

    void mdeColumnsJoinTargetAndInitiatingProcess()
    {
        // MsMpEng.exe: SHA1 003f4160.., SHA256 d5bad8fd.., MD5 cac984bf.. each in 3 rows of the
        // MDE export (twice as InitiatingProcess*, once as the event's file), size 133584,
        // all on test-hostname.
        EntityContext context;
        context.setTelemetry({mde()});
        const FileProfile p = FileProfileBuilder(context).build(QStringLiteral("003f4160fc1bc322f0e3ba95b1d540ac955d081e"));
        QCOMPARE(p.sha256, QStringLiteral("d5bad8fd7460dc44c94cc0e9639274a9a69b0ed631d15c86986324901b5044aa"));
        QCOMPARE(p.md5, QStringLiteral("cac984bf356ed7761912c1d81232495d"));
        QCOMPARE(p.events.size(), 3);
        QCOMPARE(p.size, 133584);
        QCOMPARE(p.names.size(), 1); // msmpeng.exe and MsMpEng.exe are one name
        QCOMPARE(p.names.first().toLower(), QStringLiteral("msmpeng.exe"));
        QCOMPARE(p.machines.size(), 1);
        QCOMPARE(p.machines.first().name, QStringLiteral("test-hostname"));
    }

    void indicatorsAndTheWinnerPerDeviceGroupComeFromTheEngine()
    {
        QTemporaryDir dir;
        const QString groups = dir.filePath(QStringLiteral("groups.csv"));
        QFile f(groups);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("machine,group\nWORKSTATION5,Servers\n");
        f.close();
        EntityContext context;
        context.setTelemetry({sysmon("eid7_image_load.jsonl"), groups});
        context.setIndicators({listed(1, IndicatorType::FileSha1, "a330ede32dfa03ae6808ee7fb6916d8deb8f5dde", Action::Block),
                               listed(2, IndicatorType::FileSha256,
                                      "c441e19d20961d4e990e117a300ed318bedbf2f8ba0ff07bee7832ac502cddf2", Action::Allowed,
                                      {"Servers"}),
                               listed(3, IndicatorType::FileMd5, "00000000000000000000000000000000", Action::Block)},
                              match::ScopeModel::Seed, nowUtc());
        const FileProfile p = FileProfileBuilder(context).build(QStringLiteral("A094E2B38D3DD864B07580D243CB6E43"));
        QCOMPARE(p.machines.first().deviceGroup, QStringLiteral("Servers"));
        QCOMPARE(p.indicators.size(), 2);
        const auto servers = std::find_if(p.verdicts.begin(), p.verdicts.end(),
                                          [](const GroupVerdict& v) { return v.deviceGroup == u"Servers"; });
        QVERIFY(servers != p.verdicts.end());
        QCOMPARE(servers->winnerId, 2);
        QCOMPARE(servers->rule, QStringLiteral("hash-strength"));
        QCOMPARE(servers->outcome, QStringLiteral("allow"));
        QCOMPARE(p.verdicts.first().deviceGroup, QString()); // machines in no group
        QCOMPARE(p.verdicts.first().winnerId, 1);
        QCOMPARE(p.verdicts.first().outcome, QStringLiteral("block"));
    }

    void machineProfileHasGroupOsEventsAndFiles()
    {
        // A DeviceInfo export names WORKSTATION5's group and OS; the Sysmon image loads are
        // logged as "WORKSTATION5" and "WORKSTATION5.theshire.local" (one machine, as the engine
        // matches names: a full name falls back to its first label).
        QTemporaryDir dir;
        const QString deviceInfo = dir.filePath(QStringLiteral("DeviceInfo.csv"));
        QFile f(deviceInfo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Timestamp,DeviceName,MachineGroup,OSPlatform,OSVersion\n"
                "2020-10-01T00:00:00Z,workstation5,Finance,Windows10,10.0\n");
        f.close();
        EntityContext context;
        context.setTelemetry({sysmon("eid7_image_load.jsonl"), deviceInfo});
        context.setIndicators({listed(1, IndicatorType::FileSha1, "a330ede32dfa03ae6808ee7fb6916d8deb8f5dde", Action::Block),
                               listed(2, IndicatorType::DomainName, "example.com", Action::Block, {"Other"})},
                              match::ScopeModel::Seed, nowUtc());
        const MachineProfile m = MachineProfileBuilder(context).build(QStringLiteral("WORKSTATION5"));
        QCOMPARE(m.deviceGroup, QStringLiteral("Finance"));
        QCOMPARE(m.os, QStringLiteral("Windows10 10.0"));
        QCOMPARE(m.events.size(), 14); // the 14 sechost.dll loads, blocked by the SHA-1 indicator
        QCOMPARE(m.events.first().indicatorId, 1);
        QCOMPARE(m.events.first().outcome, QStringLiteral("block"));
        QCOMPARE(m.events.first().fileHash.toLower(), QStringLiteral("a330ede32dfa03ae6808ee7fb6916d8deb8f5dde"));
        QCOMPARE(m.inEffectTotal, 1); // the domain indicator is scoped to another group
        QVERIFY(m.files.contains(QStringLiteral("c441e19d20961d4e990e117a300ed318bedbf2f8ba0ff07bee7832ac502cddf2")));
    }

    void textThatIsNoHashGivesAnInvalidProfile()
    {
        EntityContext context;
        context.setTelemetry(allTelemetry());
        QVERIFY(!FileProfileBuilder(context).build(QStringLiteral("cmd.exe")).isValid());
        QVERIFY(!looksLikeFileHash(QStringLiteral("xyz")));
        QVERIFY(looksLikeFileHash(QStringLiteral(" e7a6b1f51efb405287a8048cfa4690f4 ")));
    }
};

QTEST_GUILESS_MAIN(TestFileProfile)
#include "test_file_profile.moc"
