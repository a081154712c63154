#pragma once
// Runs the real indicia-cli as a user would, for the end-to-end suites.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString cliPath()
{
    return QStringLiteral(INDICIA_BINARY_DIR "/app/indicia-cli");
}

// Waits up to `timeoutMs`; exitCode stays -1 when the program did not finish.
inline CliRun runCli(const QStringList& args, int timeoutMs = 120000,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(cliPath(), args);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
