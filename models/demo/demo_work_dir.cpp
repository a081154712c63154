#include "models/demo/demo_work_dir.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace indicia::demo {

namespace {
std::unique_ptr<QLockFile> makeLock(const QString& folder)
{
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(QLatin1String(DemoWorkDir::kLockName)));
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age: demos run for days
    return lock;
}
} // namespace

DemoWorkDir::DemoWorkDir(const QString& root)
{
    QDir().mkpath(root);
    QTemporaryDir folder(QDir(root).filePath(QLatin1String(kPrefix) + QStringLiteral("XXXXXX")));
    if (!folder.isValid()) {
        error_ = folder.errorString();
        return;
    }
    lock_ = makeLock(folder.path());
    if (!lock_->tryLock(0)) {
        error_ = QStringLiteral("cannot lock %1").arg(folder.path());
        return;
    }
    folder.setAutoRemove(false);
    path_ = folder.path();
}

DemoWorkDir::~DemoWorkDir()
{
    if (path_.isEmpty())
        return;
    lock_->unlock();
    QDir(path_).removeRecursively();
}

QStringList DemoWorkDir::removeStale(const QString& root)
{
    QStringList removed;
    const QDir dir(root);
    const QStringList folders =
        dir.entryList({QLatin1String(kPrefix) + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& name : folders) {
        const QString folder = dir.filePath(name);
        if (!QFileInfo::exists(QDir(folder).filePath(QLatin1String(kLockName))))
            continue;
        const std::unique_ptr<QLockFile> lock = makeLock(folder);
        if (!lock->tryLock(0)) // its demo still runs
            continue;
        lock->unlock();
        if (QDir(folder).removeRecursively())
            removed << folder;
    }
    return removed;
}

} // namespace indicia::demo
