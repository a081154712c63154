// File hashes and certificate thumbprints computed locally (wizard "Choose file...",
// "Upload .cer/.pem/.crt"), checked against the published thumbprints of real certificates.

#include "models/rules/file_digests.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

class TestFileDigests : public QObject {
    Q_OBJECT
private slots:
    void emptyFileHasTheWellKnownDigests()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        const auto d = digestFile(path, error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(d->sha1, QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
        QCOMPARE(d->md5, QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"));
        QCOMPARE(d->size, 0);
    }

    void largeFileIsStreamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 20, 'a');
        for (int i = 0; i < 3; ++i)
            f.write(block);
        f.write("tail");
        f.close();
        QString error;
        const auto d = digestFile(path, error);
        QVERIFY(d);
        QCOMPARE(d->size, 3 * (1 << 20) + 4);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(d->sha256, QString::fromLatin1(QCryptographicHash::hash(again.readAll(), QCryptographicHash::Sha256).toHex()));
    }

    void missingFileGivesAReason()
    {
        QString error;
        QVERIFY(!digestFile(QStringLiteral("/nonexistent/sample.exe"), error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/sample.exe")));
    }

    void realCertificates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sha1");
        QTest::addColumn<QString>("sha256");
        QFile csv(QStringLiteral(INDICIA_SHARED_DATA "/certificates/software_cert_thumbprints.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        csv.readLine(); // header
        int rows = 0;
        while (!csv.atEnd()) {
            const QList<QByteArray> cells = csv.readLine().trimmed().split(',');
            if (cells.size() < 11)
                continue;
            // Subject names may hold quoted commas: the thumbprints are the last two cells.
            const QString file = QString::fromUtf8(cells[0]);
            const qsizetype n = cells.size();
            QTest::newRow(qPrintable(file)) << file << QString::fromLatin1(cells[n - 2]).toLower()
                                            << QString::fromLatin1(cells[n - 1]).toLower();
            ++rows;
        }
        QCOMPARE(rows, 9);
    }

    void realCertificates()
    {
        QFETCH(QString, file);
        QFETCH(QString, sha1);
        QFETCH(QString, sha256);
        QString error;
        const auto t = certificateThumbprint(QStringLiteral(INDICIA_SHARED_DATA "/certificates/") + file, error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->sha1, sha1);
        QCOMPARE(t->sha256, sha256);
    }

    void notACertificate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fake.cer"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\n!!!not base64!!!\n-----END CERTIFICATE-----\n");
        f.close();
        QString error;
        QVERIFY(!certificateThumbprint(path, error));
        QVERIFY(error.contains(QStringLiteral("fake.cer")));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray("\x30\x82\x05\x00garbage", 9));
        f.close();
        QVERIFY(!certificateThumbprint(path, error));
    }
};

QTEST_GUILESS_MAIN(TestFileDigests)
#include "test_file_digests.moc"
