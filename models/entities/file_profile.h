#pragma once
// A file as the file page and `indicia-cli file` show it: its identity joined across the
// loaded telemetry (hashes, names, paths, size, signer), where it was seen, the indicators
// that cover it and which of them decides on each device group.

#include "models/entities/entity_context.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace indicia {

struct FileMachine {
    QString name;
    QString deviceGroup;
    qint64 events = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
};

struct FileEvent {
    QDateTime time;
    QString timeText; // as written, when it does not parse
    QString machine;
    QString deviceGroup;
    QString kind;
    QString path; // the file's path in this record, when it names it
    QString source; // telemetry file name
    qint64 record = 0;
};

struct FileProfile {
    QString query; // the hash it was opened with
    QString sha256, sha1, md5;
    QStringList names, paths;
    qint64 size = -1;
    QString signer, issuer, certificateThumbprint, signatureStatus;
    std::optional<bool> trusted, microsoftRoot;
    QList<FileMachine> machines;
    QList<FileEvent> events;
    QDateTime firstSeen, lastSeen;
    QList<CoveringIndicator> indicators;
    QList<GroupVerdict> verdicts; // one per device group it was seen in, and one for no group
    QStringList errors;

    bool isValid() const { return !strongestHash().isEmpty(); }
    QString strongestHash() const;
    IndicatorType strongestType() const;
    QString displayName() const; // the most common name, else the strongest hash
    // MDE refuses to block files whose certificate chains to Microsoft, and warns for
    // trusted publishers (blocking them costs performance and risks outages).
    bool isMicrosoftSigned() const;
    bool isTrustedPublisher() const;
};

// Whether `text` is an MD5, SHA-1 or SHA-256 in hex (surrounding space ignored).
bool looksLikeFileHash(const QString& text);

class FileProfileBuilder {
public:
    explicit FileProfileBuilder(const EntityContext& context)
        : context_(context)
    {
    }
    // An invalid profile (isValid() false) when `hash` is not a file hash. `alsoKnown`:
    // other hashes of the same file known elsewhere (a local file's digests).
    FileProfile build(const QString& hash, const QStringList& alsoKnown = {}) const;

private:
    void addIndicators(FileProfile& profile) const;
    const EntityContext& context_;
};

} // namespace indicia
