#pragma once
// /api/indicators: list, get one, submit (an upsert), delete, BatchDelete and import
// (indicators-api.md 1.3-1.6), with RBAC and the quota enforced here on the server.

#include "service/api_gateway.h"
#include "service/catalog_repository.h"
#include "service/indicator_repository.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace indicia::service {

class IndicatorRoutes {
    Q_DECLARE_TR_FUNCTIONS(IndicatorRoutes)
public:
    static constexpr int kMaxBatch = 500;

    IndicatorRoutes(ApiGateway& gateway, IndicatorRepository& indicators, CatalogRepository& catalog,
                    const ServiceConfig& config, QSqlDatabase db);
    void registerOn(QHttpServer& server);

private:
    ApiReply list(ApiCall& call);
    ApiReply get(ApiCall& call, const QString& id);
    ApiReply submit(ApiCall& call);
    ApiReply remove(ApiCall& call, const QString& id);
    ApiReply batchDelete(ApiCall& call);
    ApiReply import(ApiCall& call);

    struct Applied {
        std::optional<StoredIndicator> stored;
        std::optional<ApiError> error;
    };
    // Upsert with the RBAC and quota checks; `active` is the running count of active indicators.
    Applied apply(const ApiCall& call, const SubmittedIndicator& submitted, int& active);
    std::optional<ApiError> deletable(const ApiCall& call, qint64 id) const;
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
