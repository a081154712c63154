#include "models/entities/file_service_lookup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace indicia {

namespace {

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == u"localhost" || host == u"127.0.0.1" || host == u"::1";
}

ServiceFileInfo parseFile(const QJsonObject& o)
{
    ServiceFileInfo info;
    info.sha1 = o.value(QStringLiteral("sha1")).toString().toLower();
    info.sha256 = o.value(QStringLiteral("sha256")).toString().toLower();
    info.md5 = o.value(QStringLiteral("md5")).toString().toLower();
    if (o.value(QStringLiteral("size")).isDouble())
        info.size = qint64(o.value(QStringLiteral("size")).toDouble());
    info.signer = o.value(QStringLiteral("signer")).toString();
    info.issuer = o.value(QStringLiteral("issuer")).toString();
    info.signerHash = o.value(QStringLiteral("signerHash")).toString().toLower();
    if (o.value(QStringLiteral("isValidCertificate")).isBool())
        info.validCertificate = o.value(QStringLiteral("isValidCertificate")).toBool();
    if (o.value(QStringLiteral("globalPrevalence")).isDouble())
        info.globalPrevalence = qint64(o.value(QStringLiteral("globalPrevalence")).toDouble());
    info.globalFirstObserved = parseTelemetryTime(o.value(QStringLiteral("globalFirstObserved")).toString());
    info.globalLastObserved = parseTelemetryTime(o.value(QStringLiteral("globalLastObserved")).toString());
    return info;
}

} // namespace

void mergeServiceInfo(FileProfile& profile, const ServiceFileInfo& info)
{
    const auto fill = [](QString& slot, const QString& value) {
        if (slot.isEmpty())
            slot = value;
    };
    fill(profile.sha256, info.sha256);
    fill(profile.sha1, info.sha1);
    fill(profile.md5, info.md5);
    fill(profile.signer, info.signer);
    fill(profile.issuer, info.issuer);
    fill(profile.certificateThumbprint, info.signerHash);
    if (profile.signatureStatus.isEmpty() && info.validCertificate)
        profile.signatureStatus = *info.validCertificate ? QStringLiteral("Valid") : QStringLiteral("Invalid");
    if (profile.size < 0)
        profile.size = info.size;
}

FileServiceLookup::FileServiceLookup(QObject* parent)
    : QObject(parent)
    , network_(new QNetworkAccessManager(this))
{
    // The bearer token must not follow a redirect to a host the loopback/https rule never saw.
    network_->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void FileServiceLookup::setConnection(const QUrl& baseUrl, const QByteArray& bearerToken)
{
    const bool allowed = baseUrl.scheme() == u"https" || (baseUrl.scheme() == u"http" && isLoopback(baseUrl));
    baseUrl_ = allowed ? baseUrl : QUrl();
    token_ = allowed ? bearerToken : QByteArray();
}

bool FileServiceLookup::lookup(const QString& hash)
{
    const QString h = hash.trimmed().toLower();
    if (!isConnected() || (h.size() != 40 && h.size() != 64) || !looksLikeFileHash(h))
        return false;
    QUrl url = baseUrl_;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/files/") + h);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token_);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = network_->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, h] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404)
            return emit notFound(h);
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        if (status != 200 || !doc.isObject())
            return emit failed(h, reply->errorString());
        emit found(h, parseFile(doc.object()));
    });
    return true;
}

} // namespace indicia
