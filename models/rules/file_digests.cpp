#include "models/rules/file_digests.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace indicia {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kMaxCertificateBytes = 1 << 20; // a certificate is a few KiB; refuse oddities

// The translation context for this file's free functions and helper classes: lupdate reads
// it from the macro, so every string lands in the .ts under "FileDigests".
struct FileDigestsText {
    Q_DECLARE_TR_FUNCTIONS(FileDigests)
};

// A DER certificate is one ASN.1 SEQUENCE whose encoded length covers the whole content.
bool looksLikeDerSequence(const QByteArray& der)
{
    if (der.size() < 4 || static_cast<unsigned char>(der[0]) != 0x30)
        return false;
    const auto first = static_cast<unsigned char>(der[1]);
    qint64 length = 0;
    qsizetype header = 2;
    if (first < 0x80) {
        length = first;
    } else {
        const int bytes = first & 0x7f;
        if (bytes < 1 || bytes > 4 || der.size() < 2 + bytes)
            return false;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | static_cast<unsigned char>(der[2 + i]);
        header += bytes;
    }
    return header + length == der.size();
}

std::optional<QByteArray> pemToDer(const QByteArray& pem)
{
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");
    static const QByteArray end = QByteArrayLiteral("-----END CERTIFICATE-----");
    const qsizetype from = pem.indexOf(begin);
    if (from < 0)
        return std::nullopt;
    const qsizetype to = pem.indexOf(end, from + begin.size());
    if (to < 0)
        return std::nullopt;
    const QByteArray body = pem.mid(from + begin.size(), to - from - begin.size());
    auto decoded = QByteArray::fromBase64Encoding(body.simplified().replace(' ', QByteArray()),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace

std::optional<FileDigests> digestFile(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = FileDigestsText::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    QCryptographicHash md5(QCryptographicHash::Md5);
    FileDigests digests;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            error = FileDigestsText::tr("Cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        sha256.addData(chunk);
        sha1.addData(chunk);
        md5.addData(chunk);
        digests.size += chunk.size();
    }
    digests.sha256 = QString::fromLatin1(sha256.result().toHex());
    digests.sha1 = QString::fromLatin1(sha1.result().toHex());
    digests.md5 = QString::fromLatin1(md5.result().toHex());
    return digests;
}

std::optional<CertificateThumbprint> certificateThumbprint(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = FileDigestsText::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxCertificateBytes) {
        error = FileDigestsText::tr("%1 is too large to be a certificate.").arg(path);
        return std::nullopt;
    }
    QByteArray der = file.readAll();
    if (der.contains("-----BEGIN")) {
        const auto decoded = pemToDer(der);
        if (!decoded) {
            error = FileDigestsText::tr("%1 is a PEM file without a readable CERTIFICATE block.").arg(path);
            return std::nullopt;
        }
        der = *decoded;
    }
    if (!looksLikeDerSequence(der)) {
        error = FileDigestsText::tr("%1 is not a DER or PEM certificate.").arg(path);
        return std::nullopt;
    }
    return CertificateThumbprint{
        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex()),
        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex())};
}

} // namespace indicia
