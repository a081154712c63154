// Issue 18 (11): a killed demo left its folder of persona workspaces in the temporary
// folder for ever. A real process holds a demo folder's lock and is killed (SIGKILL on
// Unix: no clean-up runs); the next start removes that folder, never a live one.
// The test re-runs its own executable as the demo process ("--hold ROOT").

#include "models/demo/demo_work_dir.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

using indicia::demo::DemoWorkDir;

class TestDemoWorkDir : public QObject {
    Q_OBJECT
private slots:
    void killedDemosFolderIsRemovedLiveOnesKept()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QProcess demo;
        demo.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), root.path()});
        QVERIFY(demo.waitForStarted());
        QVERIFY(demo.waitForReadyRead(30000));
        const QString killedPath = QString::fromLocal8Bit(demo.readLine()).trimmed();
        QVERIFY2(QFileInfo(killedPath).isDir(), qPrintable(killedPath));
        QVERIFY(QFile(QDir(killedPath).filePath(QStringLiteral("soc-analyst.indicia"))).open(QIODevice::WriteOnly));

        DemoWorkDir mine(root.path()); // this process's demo: alive
        QVERIFY(mine.isValid());
        const QString other = root.filePath(QStringLiteral("unrelated"));
        QVERIFY(QDir().mkpath(other));
        const QString unlocked = root.filePath(QLatin1String(DemoWorkDir::kPrefix) + QStringLiteral("nolock"));
        QVERIFY(QDir().mkpath(unlocked)); // being created right now: no lock file yet

        // While the other demo runs, nothing is removed.
        QCOMPARE(DemoWorkDir::removeStale(root.path()), QStringList());
        QVERIFY(QFileInfo(killedPath).isDir());

        demo.kill();
        QVERIFY(demo.waitForFinished(30000));
        QCOMPARE(DemoWorkDir::removeStale(root.path()), QStringList{killedPath});
        QVERIFY(!QFileInfo::exists(killedPath));
        QVERIFY(QFileInfo(mine.path()).isDir());
        QVERIFY(QFileInfo(other).isDir());
        QVERIFY(QFileInfo(unlocked).isDir());
    }

    void folderIsRemovedWhenTheDemoEnds()
    {
        QTemporaryDir root;
        QString path;
        {
            DemoWorkDir work(root.path());
            QVERIFY(work.isValid());
            path = work.path();
            QVERIFY(QFileInfo(path).fileName().startsWith(QLatin1String(DemoWorkDir::kPrefix)));
        }
        QVERIFY(!QFileInfo::exists(path));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0) {
        DemoWorkDir work(QString::fromLocal8Bit(argv[2]));
        std::printf("%s\n", qPrintable(work.path()));
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1); // until killed
    }
    TestDemoWorkDir test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_demo_work_dir.moc"
