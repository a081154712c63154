#pragma once
// Shared by the service suites: starts the real indicia-tenant on 127.0.0.1 port 0, reads the
// port from its "listening on" line, and talks plain HTTP to it through a
// QNetworkAccessManager, one synchronous request at a time, like curl would.

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <memory>

namespace tenant_test {

using nlohmann::json;

inline QString tenantBinary() { return QStringLiteral(INDICIA_BINARY_DIR "/app/indicia-tenant"); }

struct Reply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    json parsed() const { return json::parse(body.toStdString(), nullptr, false); }
    std::string errorCode() const
    {
        const json doc = parsed();
        return doc.is_object() && doc.contains("error") && doc["error"].is_object() ? doc["error"].value("code", "") : "";
    }
};

class Http {
public:
    Reply send(const QByteArray& verb, const QString& url, const QByteArray& token = {}, const QByteArray& body = {},
               const QByteArray& contentType = "application/json")
    {
        QNetworkRequest request{QUrl(url)};
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty() || verb == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply* reply = manager_.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto& pair : reply->rawHeaderPairs())
            out.headers << pair;
        reply->deleteLater();
        return out;
    }
    Reply get(const QString& url, const QByteArray& token) { return send("GET", url, token); }
    Reply post(const QString& url, const QByteArray& token, const json& body)
    {
        return send("POST", url, token, QByteArray::fromStdString(body.dump()));
    }
    Reply del(const QString& url, const QByteArray& token) { return send("DELETE", url, token); }

private:
    QNetworkAccessManager manager_;
};

// One indicia-tenant process with its own data directory.
class Tenant {
public:
    explicit Tenant(QString dataDir = {}) : dataDir_(dataDir.isEmpty() ? dir_.filePath(QStringLiteral("data")) : dataDir) {}
    ~Tenant() { stop(); }

    // Starts with the standard clients plus `extra` arguments; false (and `error`) when it
    // does not come up.
    bool start(const QStringList& extra = {})
    {
        QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dataDir_};
        for (const char* client : {"admin:admin-secret:admin", "analyst:analyst-secret:analyst:Servers,Laptops",
                                   "reader:reader-secret:reader"})
            args << QStringLiteral("--client") << QLatin1String(client);
        process_ = std::make_unique<QProcess>();
        process_->start(tenantBinary(), args + extra);
        QByteArray out;
        while (process_->waitForReadyRead(10000)) {
            out += process_->readAllStandardOutput();
            const qsizetype at = out.indexOf("listening on ");
            const qsizetype end = out.indexOf('\n', at);
            if (at >= 0 && end > at) {
                base = QString::fromUtf8(out.mid(at + 13, end - at - 13)).trimmed();
                return true;
            }
        }
        error = QString::fromUtf8(process_->readAllStandardError());
        return false;
    }

    void stop()
    {
        if (!process_ || process_->state() == QProcess::NotRunning)
            return;
        process_->terminate();
        if (!process_->waitForFinished(5000)) {
            process_->kill();
            process_->waitForFinished(5000);
        }
    }

    QByteArray token(const QString& id, const QString& secret)
    {
        const Reply reply = tokenRequest(id, secret);
        return QByteArray::fromStdString(reply.parsed().value("access_token", ""));
    }

    Reply tokenRequest(const QString& id, const QString& secret, const QString& grant = QStringLiteral("client_credentials"))
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), grant);
        form.addQueryItem(QStringLiteral("client_id"), id);
        form.addQueryItem(QStringLiteral("client_secret"), secret);
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://api.securitycenter.microsoft.com/.default"));
        return http.send("POST", base + QStringLiteral("/contoso/oauth2/v2.0/token"), {},
                         form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    }

    // A form POST to a token endpoint ("/contoso/oauth2/token" or ".../v2.0/token").
    Reply tokenForm(const QString& path, const QList<QPair<QString, QString>>& fields)
    {
        QUrlQuery form;
        for (const auto& [key, value] : fields)
            form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return http.send("POST", base + path, {}, form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    }

    // Loads machine groups, machines and files through the admin-only seed endpoint.
    bool seed(const QByteArray& adminToken, const json& document)
    {
        return http.post(api(QStringLiteral("/indicia/seed")), adminToken, document).status == 200;
    }

    QString api(const QString& path) const { return base + QStringLiteral("/api") + path; }
    QString dir(const QString& name) const { return dir_.filePath(name); }
    QString dataDir() const { return dataDir_; }

    QString base;
    QString error;
    Http http;

private:
    QTemporaryDir dir_;
    QString dataDir_;
    std::unique_ptr<QProcess> process_;
};

// A valid indicator body; `value` is an external IPv4 address unless `type` says otherwise.
inline json indicator(const std::string& value, const std::string& type = "IpAddress", const std::string& action = "Block",
                      const json& groups = json::array())
{
    return json{{"indicatorValue", value}, {"indicatorType", type}, {"action", action}, {"title", "t " + value},
                {"description", "test indicator"}, {"rbacGroupNames", groups}};
}

// A distinct public address per n (from 11.0.0.0/8, which holds no reserved range).
inline std::string publicIp(int n)
{
    return "11." + std::to_string((n >> 16) & 255) + "." + std::to_string((n >> 8) & 255) + "." + std::to_string(n & 255);
}

} // namespace tenant_test
