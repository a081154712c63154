#pragma once
// indicia-tenant as an object: the database, the repositories, the gateway and the routes
// over one QHttpServer. The executable is a thin main over it; the demo mode and tests can
// run one in-process.

#include "service/service_config.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <memory>

namespace indicia::service {

class TenantService : public QObject {
    Q_OBJECT
public:
    explicit TenantService(ServiceConfig config, QObject* parent = nullptr);
    ~TenantService() override;

    // Opens the data directory, applies the seed and listens. An error text when it cannot;
    // a non-loopback address is refused unless allowRemote is set.
    QString start();
    quint16 port() const { return port_; }
    // "http://127.0.0.1:PORT" (IPv6 in brackets).
    QUrl baseUrl() const;
    // Demo mode: the directory of the generated data set (<dataDir>/demo); empty otherwise.
    QString demoDir() const { return demoDir_; }

private:
    struct Parts;
    void buildRoutes();

    ServiceConfig config_;
    std::unique_ptr<Parts> parts_;
    quint16 port_ = 0;
    QString demoDir_;
};

} // namespace indicia::service
