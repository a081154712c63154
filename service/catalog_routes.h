#pragma once
// Machines, machine groups and files (indicators-api.md 8.1-8.3), trimmed to the caller's
// device groups, the exposure score by device group (the list real clients map group names
// to ids with), plus the admin-only POST /api/indicia/seed that fills them (ours, not MDE's).

#include "service/api_gateway.h"
#include "service/api_router.h"
#include "service/catalog_repository.h"

#include <QCoreApplication>

namespace indicia::service {

class CatalogRoutes {
    Q_DECLARE_TR_FUNCTIONS(CatalogRoutes)
public:
    CatalogRoutes(ApiGateway& gateway, CatalogRepository& catalog, const ServiceConfig& config);
    void registerOn(ApiRouter& router);

private:
    // Handlers take the path's "{}" segments (a machine id, a file hash).
    ApiReply machines(ApiCall& call, const QStringList& args);
    ApiReply machine(ApiCall& call, const QStringList& args);
    ApiReply machineGroups(ApiCall& call, const QStringList& args);
    ApiReply exposureByGroups(ApiCall& call, const QStringList& args);
    ApiReply file(ApiCall& call, const QStringList& args);
    ApiReply fileMachines(ApiCall& call, const QStringList& args);
    ApiReply seed(ApiCall& call, const QStringList& args);

    ApiGateway& gateway_;
    CatalogRepository& catalog_;
    const ServiceConfig& config_;
};

} // namespace indicia::service
