#pragma once
// /api/indicators: list, get one, submit (an upsert), delete, BatchDelete and import
// (indicators-api.md 1.3-1.6), with RBAC and the quota enforced here on the server.

#include "service/api_gateway.h"
#include "service/api_router.h"
#include "service/catalog_repository.h"
#include "service/indicator_repository.h"

#include <QCoreApplication>

namespace indicia::service {

class IndicatorRoutes {
    Q_DECLARE_TR_FUNCTIONS(IndicatorRoutes)
public:
    static constexpr int kMaxBatch = 500;

    IndicatorRoutes(ApiGateway& gateway, IndicatorRepository& indicators, CatalogRepository& catalog,
                    const ServiceConfig& config, QSqlDatabase db);
    void registerOn(ApiRouter& router);

private:
    // Handlers take the path's "{}" segments (the id for get and remove).
    ApiReply list(ApiCall& call, const QStringList& args);
    ApiReply get(ApiCall& call, const QStringList& args);
    ApiReply submit(ApiCall& call, const QStringList& args);
    ApiReply remove(ApiCall& call, const QStringList& args);
    ApiReply batchDelete(ApiCall& call, const QStringList& args);
    ApiReply import(ApiCall& call, const QStringList& args);

    struct Applied {
        std::optional<StoredIndicator> stored;
        std::optional<ApiError> error;
    };
    // Upsert with the RBAC and quota checks; `active` is the running count of active indicators.
    Applied apply(const ApiCall& call, const SubmittedIndicator& submitted, int& active);
    std::optional<ApiError> deletable(const ApiCall& call, qint64 id) const;
    // rbacGroupNames and rbacGroupIds against the catalog's device groups: names are matched
    // without case and replaced by the canonical name, ids become names, and the two must
    // agree when both are given. An unknown name or id is an InvalidInput error naming it.
    std::optional<ApiError> resolveGroups(SubmittedIndicator& submitted) const;
    Json entity(const ApiCall& call, const StoredIndicator& stored) const;
    ApiReply forbidden() const;

    ApiGateway& gateway_;
    IndicatorRepository& indicators_;
    CatalogRepository& catalog_;
    const ServiceConfig& config_;
    QSqlDatabase db_;
};

// A required top-level array member whose name is case-sensitive ("Indicators", "IndicatorIds").
struct BodyArray {
    const Json* items = nullptr;
    std::optional<ApiError> error;
};
BodyArray requiredArray(const Json& body, const char* name);

} // namespace indicia::service
