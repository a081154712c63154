// indicia-cli's own security properties, run as a user would:
//  - `sync` with its secret in an environment variable (--client-secret-env): neither that
//    secret nor any access token the tenant issued appears on stdout/stderr, in the
//    workspace file (every byte, WAL included), in any settings file the run wrote (HOME
//    and XDG dirs are fresh), or in the tenant's request log. Tokens are unknown to the
//    test, so every token-shaped string found is hashed and looked up among the digests
//    the tenant stored for the tokens it issued;
//  - a wrong secret is not echoed in the error either;
//  - `sync` refuses plain HTTP to a non-loopback service before sending anything;
//  - the preview's --matches CSV neutralises formula cells that come from telemetry.

#include "cli_runner.h"
#include "../service/tenant_fixture.h"

#include "models/store/workspace_store.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <set>

using tenant_test::json;
using tenant_test::Tenant;

namespace {

QByteArray allBytesUnder(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll() + '\n';
    }
    return all;
}

QProcessEnvironment cleanEnvironment(const QString& home, const QString& secret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("INDICIA_SECURITY_SECRET"), secret);
    return env;
}

QStringList syncArgs(const QString& service, const QString& workspace, const QString& client)
{
    return {QStringLiteral("sync"), QStringLiteral("--workspace"), workspace, QStringLiteral("--service"), service,
            QStringLiteral("--tenant"), QStringLiteral("contoso"), QStringLiteral("--client-id"), client,
            QStringLiteral("--client-secret-env"), QStringLiteral("INDICIA_SECURITY_SECRET"), QStringLiteral("--rate-scale"),
            QStringLiteral("100"), QStringLiteral("--backoff-ms"), QStringLiteral("20"), QStringLiteral("--json")};
}

} // namespace

class TestSecurityCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void syncLeavesNoSecretOrToken()
    {
        Tenant tenant;
        const QString log = tenant.dir(QStringLiteral("requests.jsonl"));
        QVERIFY2(tenant.start({QStringLiteral("--request-log"), log, QStringLiteral("--token-lifetime"), QStringLiteral("3599")}),
                 qPrintable(tenant.error));
        const QString workspace = dir_.filePath(QStringLiteral("secrets.indicia"));
        {
            indicia::WorkspaceStore store;
            QVERIFY(!store.open(workspace));
            for (int i = 0; i < 5; ++i) {
                indicia::Indicator ind;
                ind.type = indicia::IndicatorType::IpAddress;
                ind.value = tenant_test::publicIp(7000 + i);
                ind.action = indicia::Action::Block;
                ind.title = "secret test";
                ind.description = "d";
                QVERIFY(store.upsert(ind).ok());
            }
        }
        const QString home = dir_.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        QByteArray printed;
        // Twice: a second sync reuses nothing in clear from the first.
        for (int run = 0; run < 2; ++run) {
            const CliRun sync = runCli(syncArgs(tenant.base, workspace, QStringLiteral("admin")), 120000,
                                       cleanEnvironment(home, QStringLiteral("admin-secret")));
            QVERIFY2(sync.exitCode == 0, sync.err.constData());
            printed += sync.out + sync.err;
        }
        // A wrong secret: refused, and not repeated back.
        const CliRun wrong = runCli(syncArgs(tenant.base, workspace, QStringLiteral("admin")), 120000,
                                    cleanEnvironment(home, QStringLiteral("Wrong-Secret-4711")));
        QVERIFY(wrong.exitCode != 0);
        printed += wrong.out + wrong.err;
        tenant.stop();

        const QByteArray stored = allBytesUnder(dir_.path()); // workspace (+WAL/SHM) and HOME
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray logged = logFile.readAll();
        QVERIFY(logged.contains("/indicators/import"));
        for (const QByteArray& secret : {QByteArray("admin-secret"), QByteArray("Wrong-Secret-4711")}) {
            QVERIFY2(!printed.contains(secret), secret.constData());
            QVERIFY2(!stored.contains(secret), secret.constData());
            QVERIFY2(!logged.contains(secret), secret.constData());
        }

        // The digests of every token the tenant issued in this test.
        std::set<QByteArray> issued;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tenant"));
            db.setDatabaseName(tenant.dataDir() + QStringLiteral("/tenant.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM tokens")));
            while (q.next())
                issued.insert(q.value(0).toByteArray());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tenant"));
        QVERIFY(issued.size() >= 2);
        // Tokens are 43 base64url characters; look at every such run in everything above.
        static const QRegularExpression shape(QStringLiteral("[A-Za-z0-9_-]{43,}"));
        int candidates = 0;
        for (const QByteArray& haystack : {printed, stored, logged}) {
            const QString text = QString::fromLatin1(haystack);
            for (auto it = shape.globalMatch(text); it.hasNext();) {
                const QString run = it.next().captured(0);
                for (qsizetype at = 0; at + 43 <= run.size(); ++at) {
                    ++candidates;
                    const QByteArray digest = QCryptographicHash::hash(run.mid(at, 43).toLatin1(), QCryptographicHash::Sha256);
                    QVERIFY2(!issued.count(digest), "an issued access token was written out");
                }
            }
        }
        qInfo() << "token-shaped strings checked:" << candidates;
    }

    void plainHttpToRemoteIsRefused()
    {
        const QString workspace = dir_.filePath(QStringLiteral("remote.indicia"));
        {
            indicia::WorkspaceStore store;
            QVERIFY(!store.open(workspace));
        }
        for (const char* url : {"http://indicia-remote.invalid:8080", "http://0.0.0.0:1", "http://127.0.0.1.indicia.invalid"}) {
            const CliRun sync = runCli(syncArgs(QLatin1String(url), workspace, QStringLiteral("admin")), 60000,
                                       cleanEnvironment(dir_.filePath(QStringLiteral("home2")), QStringLiteral("admin-secret")));
            QVERIFY2(sync.exitCode != 0, url);
            QVERIFY2(sync.err.contains("http") || sync.out.contains("http"), url);
            QVERIFY(!QByteArray(sync.out + sync.err).contains("admin-secret"));
        }
    }

    void matchesCsvNeutralisesTelemetryFormulas()
    {
        const QString indicators = dir_.filePath(QStringLiteral("list.csv"));
        QFile list(indicators);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,RecommendedActions,"
                   "RbacGroups,Category,MitreTechniques,GenerateAlert\n"
                   "IpAddress,11.22.33.44,,Block,High,t,d,,,,,false\n");
        list.close();
        const QString telemetry = dir_.filePath(QStringLiteral("events.csv"));
        QFile events(telemetry);
        QVERIFY(events.open(QIODevice::WriteOnly));
        events.write("Timestamp,DeviceName,ActionType,RemoteIP,RemoteUrl\n");
        int n = 0;
        for (const char* start : {"=", "+", "-", "@", "\t", "\r"})
            events.write("2024-01-02T03:04:0" + QByteArray::number(n++) + "Z,\"" + QByteArray(start) +
                         "HYPERLINK(\"\"http://x.example\"\")\",ConnectionSuccess,11.22.33.44,\n");
        events.close();
        const QString matches = dir_.filePath(QStringLiteral("matches.csv"));
        const CliRun run = runCli({QStringLiteral("preview"), QStringLiteral("--indicators"), indicators, QStringLiteral("--matches"),
                                   matches, QStringLiteral("--telemetry"), telemetry});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile out(matches);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray text = out.readAll();
        QCOMPARE(text.count("HYPERLINK"), 6);
        // Every cell: after an unquoted line start or a comma, optionally inside quotes.
        int rows = 0;
        bool quoted = false;
        bool cellStart = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (cellStart) {
                const char first = c == '"' && i + 1 < text.size() ? text[i + 1] : c;
                QVERIFY2(!(first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
                           (first == '\r' && c == '"')),
                         text.mid(i, 30).constData());
                cellStart = false;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                cellStart = true;
            } else if (!quoted && c == '\n') {
                cellStart = true;
                ++rows;
            }
        }
        QCOMPARE(rows, 1 + 6);
    }
};

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "test_security_cli.moc"
