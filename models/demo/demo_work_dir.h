#pragma once
// The demo's per-run folder of persona workspaces, under the system's temporary folder. It
// is removed when the demo ends; a demo that was killed cannot do that, so each start first
// removes the folders whose owner is gone. Ownership is a lock file inside the folder, held
// while the demo runs: QLockFile knows a lock as stale when the process that wrote it no
// longer runs, so a live demo's folder (this user's or another's) is never touched.

#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace indicia::demo {

class DemoWorkDir {
public:
    // Creates a fresh folder under `root` and takes its lock.
    explicit DemoWorkDir(const QString& root);
    ~DemoWorkDir(); // releases the lock and removes the folder
    DemoWorkDir(const DemoWorkDir&) = delete;
    DemoWorkDir& operator=(const DemoWorkDir&) = delete;

    bool isValid() const { return !path_.isEmpty(); }
    QString path() const { return path_; }
    QString errorString() const { return error_; }

    // Removes the demo folders under `root` whose lock's owner has exited; returns them.
    // Folders without a lock file (being created right now) are left alone.
    static QStringList removeStale(const QString& root);

    static constexpr const char* kPrefix = "indicia-demo-";
    static constexpr const char* kLockName = "owner.lock";

private:
    QString path_;
    QString error_;
    std::unique_ptr<QLockFile> lock_;
};

} // namespace indicia::demo
