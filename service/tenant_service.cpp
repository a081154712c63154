#include "service/tenant_service.h"

#include "service/api_gateway.h"
#include "service/api_router.h"
#include "service/catalog_repository.h"
#include "service/catalog_routes.h"
#include "service/demo/demo_tenant.h"
#include "service/indicator_repository.h"
#include "service/indicator_routes.h"
#include "service/service_database.h"
#include "service/token_routes.h"

#include <QDateTime>
#include <QDir>
#include <QHttpServer>

namespace indicia::service {

// Built in start(), once the database is open; destroyed in reverse order of declaration.
struct TenantService::Parts {
    ServiceDatabase database;
    ClientRegistry clients;
    RequestLog requestLog;
    std::unique_ptr<TokenIssuer> tokens;
    std::unique_ptr<IndicatorRepository> indicators;
    std::unique_ptr<CatalogRepository> catalog;
    std::unique_ptr<ApiGateway> gateway;
    std::unique_ptr<IndicatorRoutes> indicatorRoutes;
    std::unique_ptr<CatalogRoutes> catalogRoutes;
    std::unique_ptr<TokenRoutes> tokenRoutes;
    std::unique_ptr<ApiRouter> router;
    QHttpServer server;
};

TenantService::TenantService(ServiceConfig config, QObject* parent)
    : QObject(parent), config_(std::move(config)), parts_(std::make_unique<Parts>())
{
}

TenantService::~TenantService() = default;

QString TenantService::start()
{
    if (!config_.address.isLoopback() && !config_.allowRemote)
        return tr("Refusing to listen on %1: it is not a loopback address and the service speaks plain HTTP. "
                  "Pass --allow-remote to do it anyway.")
            .arg(config_.address.toString());
    std::optional<demo::DemoTenant> demoTenant;
    if (config_.demoSeed) {
        demo::DemoSpec spec;
        spec.seed = *config_.demoSeed;
        spec.events = config_.demoEvents;
        spec.machines = config_.demoMachines;
        demoTenant.emplace(spec, QDir(config_.dataDir).filePath(QStringLiteral("demo")));
        if (const QString error = demoTenant->prepare(config_.clients); !error.isEmpty())
            return error;
    }
    if (config_.clients.isEmpty())
        return tr("No clients configured: give at least one --client ID:SECRET:ROLE or --clients FILE.");
    if (const QString error = parts_->database.open(config_.dataDir); !error.isEmpty())
        return error;
    if (!parts_->requestLog.open(config_.requestLog))
        return tr("Cannot open the request log %1.").arg(config_.requestLog);
    for (const ClientAccount& client : config_.clients)
        parts_->clients.add(client);
    buildRoutes();
    if (!config_.seedFile.isEmpty()) {
        try {
            if (const QString error = parts_->catalog->seedFile(config_.seedFile); !error.isEmpty())
                return error;
        } catch (const SqlError& error) {
            return tr("Cannot load the seed file: %1").arg(QString::fromUtf8(error.what()));
        }
    }
    if (demoTenant) {
        if (const QString error = demoTenant->load(parts_->database.db(), *parts_->catalog, *parts_->indicators);
            !error.isEmpty())
            return error;
        demoDir_ = demoTenant->dir();
    }
    port_ = parts_->server.listen(config_.address, config_.port);
    if (port_ == 0)
        return tr("Cannot listen on %1:%2.").arg(config_.address.toString()).arg(config_.port);
    return {};
}

QUrl TenantService::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(config_.address.toString());
    url.setPort(port_);
    return url;
}

void TenantService::buildRoutes()
{
    Parts& p = *parts_;
    const QSqlDatabase db = p.database.db();
    p.tokens = std::make_unique<TokenIssuer>(db, config_.tokenLifetimeSeconds);
    p.indicators = std::make_unique<IndicatorRepository>(db, config_.upsertKey);
    p.catalog = std::make_unique<CatalogRepository>(db);
    IndicatorRepository* indicators = p.indicators.get();
    // Expired indicators are deleted (2.4); sweeping before each call means no reply ever
    // shows one, at the cost of one indexed DELETE per request.
    p.gateway = std::make_unique<ApiGateway>(config_, p.clients, *p.tokens, p.requestLog, [indicators] {
        indicators->deleteExpired(QDateTime::currentSecsSinceEpoch());
    });
    p.indicatorRoutes = std::make_unique<IndicatorRoutes>(*p.gateway, *p.indicators, *p.catalog, config_, db);
    p.catalogRoutes = std::make_unique<CatalogRoutes>(*p.gateway, *p.catalog, config_);
    p.tokenRoutes = std::make_unique<TokenRoutes>(*p.gateway, p.clients, *p.tokens, config_);
    // Every request goes through the router (QHttpServer's own routes are not used): it
    // normalises the path and answers 404 and 405 itself.
    p.router = std::make_unique<ApiRouter>(*p.gateway);
    p.indicatorRoutes->registerOn(*p.router);
    p.catalogRoutes->registerOn(*p.router);
    p.tokenRoutes->registerOn(*p.router);
    ApiRouter* router = p.router.get();
    p.server.setMissingHandler([router](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        router->dispatch(request, std::move(responder));
    });
}

} // namespace indicia::service
