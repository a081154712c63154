// The file page's optional service lookup against the real indicia-tenant: GET
// /api/files/{hash} fills what the telemetry did not know; without a connection nothing
// is sent.

#include "models/entities/file_service_lookup.h"
#include "tests/service/tenant_fixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace indicia;
using namespace tenant_test;

namespace {

const QString kSha1 = QStringLiteral("a330ede32dfa03ae6808ee7fb6916d8deb8f5dde");
const QString kSha256 = QStringLiteral("c441e19d20961d4e990e117a300ed318bedbf2f8ba0ff07bee7832ac502cddf2");

} // namespace

class TestFileLookup : public QObject {
    Q_OBJECT
private slots:
    void knownFileFillsTheProfileAndUnknownIsNotFound()
    {
        QTemporaryDir dir;
        const json seedDoc = {{"machineGroups", json::array()}, {"machines", json::array()},
                              {"files", json::array({{{"sha1", kSha1.toStdString()}, {"sha256", kSha256.toStdString()},
                                                      {"size", 71168}, {"machineIds", json::array()}}})}};
        QFile seed(dir.filePath(QStringLiteral("seed.json")));
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write(QByteArray::fromStdString(seedDoc.dump()));
        seed.close();
        Tenant tenant;
        QVERIFY2(tenant.start({QStringLiteral("--seed"), seed.fileName()}), qPrintable(tenant.error));

        FileServiceLookup lookup;
        QVERIFY(!lookup.lookup(kSha1)); // not connected: skipped
        lookup.setConnection(QUrl(tenant.base), tenant.token(QStringLiteral("admin"), QStringLiteral("admin-secret")));
        QVERIFY(lookup.isConnected());
        QVERIFY(!lookup.lookup(QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"))); // MD5: the endpoint takes none

        QSignalSpy found(&lookup, &FileServiceLookup::found);
        QVERIFY(lookup.lookup(kSha1.toUpper()));
        QVERIFY(found.wait(10000));
        const auto info = found.first().at(1).value<ServiceFileInfo>();
        FileProfile profile;
        profile.sha1 = kSha1;
        mergeServiceInfo(profile, info);
        QCOMPARE(profile.sha256, kSha256);
        QCOMPARE(profile.size, 71168);

        QSignalSpy notFound(&lookup, &FileServiceLookup::notFound);
        QVERIFY(lookup.lookup(QString(40, u'e')));
        QVERIFY(notFound.wait(10000));
    }

    void plainHttpOnlyToLoopback()
    {
        FileServiceLookup lookup;
        lookup.setConnection(QUrl(QStringLiteral("http://example.com")), "token");
        QVERIFY(!lookup.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestFileLookup)
#include "test_file_lookup.moc"
