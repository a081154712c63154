#pragma once
// Machines, machine groups and files (indicators-api.md 8.1-8.3), trimmed to the caller's
// device groups, plus the admin-only POST /api/indicia/seed that fills them (ours, not MDE's).

#include "service/api_gateway.h"
#include "service/catalog_repository.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace indicia::service {

class CatalogRoutes {
    Q_DECLARE_TR_FUNCTIONS(CatalogRoutes)
public:
    CatalogRoutes(ApiGateway& gateway, CatalogRepository& catalog);
    void registerOn(QHttpServer& server);

private:
    ApiReply machines(ApiCall& call);
    ApiReply machine(ApiCall& call, const QString& id);
    ApiReply machineGroups(ApiCall& call);
    ApiReply file(ApiCall& call, const QString& hash);
    ApiReply fileMachines(ApiCall& call, const QString& hash);
    ApiReply seed(ApiCall& call);

    ApiGateway& gateway_;
    CatalogRepository& catalog_;
};

} // namespace indicia::service
