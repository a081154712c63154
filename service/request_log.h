#pragma once
// `--request-log FILE`: one JSON line per request with method, path and query, status,
// client id, duration and sizes. Never a header, a body, a token or a secret: the log is
// meant to be attached to bug reports, so query values that could hold a credential are
// replaced by "REDACTED".

#include <QFile>
#include <QString>
#include <QUrl>

namespace indicia::service {

struct RequestLogEntry {
    QString method;
    QString path; // path and query string (see target())
    int status = 0;
    QString clientId;  // empty before authentication
    QString errorCode; // the error body's code, if any
    qint64 durationMs = 0;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;
};

class RequestLog {
public:
    // An empty path disables the log. Returns false when the file cannot be opened.
    bool open(const QString& path);
    void write(const RequestLogEntry& entry);
    // The path plus the query string, with credential-like values redacted.
    static QString target(const QUrl& url);

private:
    QFile file_;
};

} // namespace indicia::service
