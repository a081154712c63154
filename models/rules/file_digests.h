#pragma once
// Hashes of a local file (for "Choose file..." in the wizard and the file page), computed
// in one streaming pass, and the SHA-1 thumbprint of a certificate file (.cer DER, or
// .pem/.crt PEM), which is what MDE's CertificateThumbprint holds.

#include <QString>

#include <optional>

namespace indicia {

struct FileDigests {
    QString sha256;
    QString sha1;
    QString md5;
    qint64 size = 0;
};

// Lower-case hex. On failure returns nothing and sets `error` to a readable reason.
std::optional<FileDigests> digestFile(const QString& path, QString& error);

struct CertificateThumbprint {
    QString sha1;   // lower-case hex over the DER bytes
    QString sha256; // likewise, for display and matching telemetry that carries it
};

// Accepts DER, or PEM with one "BEGIN CERTIFICATE" block (the first is used).
std::optional<CertificateThumbprint> certificateThumbprint(const QString& path, QString& error);

} // namespace indicia
