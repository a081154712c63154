#pragma once
// What the service knows about a file: GET /api/files/{sha1|sha256} of the Indicators API
// tenant. Optional: without a connection (base URL and bearer token) lookups are skipped,
// so the file page works offline and does not depend on the sync client. Whoever holds a
// token (the sync page, a test) hands it over with setConnection().

#include "models/entities/file_profile.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace indicia {

struct ServiceFileInfo {
    QString sha1, sha256, md5;
    qint64 size = -1;
    QString signer, issuer, signerHash;
    std::optional<bool> validCertificate;
    qint64 globalPrevalence = -1;
    QDateTime globalFirstObserved, globalLastObserved;
};

// Fills what the profile does not know yet (telemetry stays first: it is what the user loaded).
void mergeServiceInfo(FileProfile& profile, const ServiceFileInfo& info);

class FileServiceLookup : public QObject {
    Q_OBJECT
public:
    explicit FileServiceLookup(QObject* parent = nullptr);

    // An empty base URL disconnects. Plain HTTP is only for loopback (DESIGN: secrets).
    void setConnection(const QUrl& baseUrl, const QByteArray& bearerToken);
    bool isConnected() const { return baseUrl_.isValid() && !token_.isEmpty(); }

    // Starts a lookup; false (nothing sent) when not connected or `hash` is neither SHA-1
    // nor SHA-256 (the endpoint takes no MD5).
    bool lookup(const QString& hash);

signals:
    void found(const QString& hash, const indicia::ServiceFileInfo& info);
    void notFound(const QString& hash);
    void failed(const QString& hash, const QString& reason);

private:
    QNetworkAccessManager* network_ = nullptr;
    QUrl baseUrl_;
    QByteArray token_;
};

} // namespace indicia

Q_DECLARE_METATYPE(indicia::ServiceFileInfo)
