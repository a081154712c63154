#include "service/catalog_routes.h"

#include "service/indicator_json.h"
#include "service/json_body.h"
#include "service/odata_query.h"

#include <QDateTime>

namespace indicia::service {

namespace {

using Method = QHttpServerRequest::Method;

bool isHex(const QString& text)
{
    for (const QChar c : text)
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return false;
    return true;
}

ApiReply notFound(const QString& message)
{
    return ApiReply::error(Status::NotFound, QLatin1String(errc::kResourceNotFound), message);
}

ApiReply collection(const QString& context, const QList<Json>& rows)
{
    Json value = Json::array();
    for (const Json& row : rows)
        value.push_back(row);
    return ApiReply::json({{"@odata.context", toStd(context)}, {"value", std::move(value)}});
}

} // namespace

CatalogRoutes::CatalogRoutes(ApiGateway& gateway, CatalogRepository& catalog, const ServiceConfig& config)
    : gateway_(gateway), catalog_(catalog), config_(config)
{
}

void CatalogRoutes::registerOn(ApiRouter& router)
{
    const auto api = [this](RateBucket bucket, auto work) {
        return [this, bucket, work](const QHttpServerRequest& r, const QStringList& args) {
            return gateway_.api(r, bucket, [this, &work, &args](ApiCall& c) { return (this->*work)(c, args); });
        };
    };
    router.add(Method::Get, QStringLiteral("/api/machines"), api(RateBucket::Machines, &CatalogRoutes::machines));
    router.add(Method::Get, QStringLiteral("/api/machines/{}"), api(RateBucket::Machines, &CatalogRoutes::machine));
    router.add(Method::Get, QStringLiteral("/api/machinegroups"), api(RateBucket::MachineGroups, &CatalogRoutes::machineGroups));
    router.add(Method::Get, QStringLiteral("/api/exposureScore/ByMachineGroups"),
               api(RateBucket::ExposureScore, &CatalogRoutes::exposureByGroups));
    router.add(Method::Get, QStringLiteral("/api/files/{}"), api(RateBucket::Files, &CatalogRoutes::file));
    router.add(Method::Get, QStringLiteral("/api/files/{}/machines"), api(RateBucket::Files, &CatalogRoutes::fileMachines));
    router.add(Method::Post, QStringLiteral("/api/indicia/seed"), api(RateBucket::Seed, &CatalogRoutes::seed));
}

ApiReply CatalogRoutes::machines(ApiCall& call, const QStringList&)
{
    const ListQuery query = ODataQuery::read(call.request);
    if (query.error)
        return ApiReply::error(*query.error);
    const ODataCollection& collection = CatalogRepository::machineCollection();
    if (const std::optional<ApiError> refused = ODataQuery::check(query, collection))
        return ApiReply::error(*refused);
    const ODataFilterResult filter = CatalogRepository::machineFilter().toSql(query.filter);
    if (!filter.ok())
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kODataError), filter.error);
    if (!catalog_.hasMachines()) // documented: 404 when there are no recent machines
        return notFound(tr("No machines were found."));
    const SqlCondition where = conjunction({filter.condition, call.access.groupVisibility(QStringLiteral("m.rbac_group_name"))});
    const int rows = query.pageRows(config_.pageSize);
    QList<Json> found = catalog_.machines(where, ODataQuery::orderClause(query, collection), rows + 1, query.skip);
    const bool more = rows > 0 && found.size() > rows; // observed on /api/machines (8.1)
    if (more)
        found.removeLast();
    Json value = Json::array();
    for (const Json& machine : found)
        value.push_back(ODataQuery::selected(machine, query));
    const std::optional<qint64> total = query.count ? std::optional<qint64>(catalog_.machineCount(where)) : std::nullopt;
    return ApiReply::json(ODataQuery::page(call.baseUrl(), QStringLiteral("/api/$metadata#Machines"), QStringLiteral("/api/machines"),
                                           query, std::move(value), total, more, rows));
}

ApiReply CatalogRoutes::exposureByGroups(ApiCall& call, const QStringList&)
{
    return collection(call.baseUrl() + QStringLiteral("/api/$metadata#ExposureScore"),
                      catalog_.exposureByGroups(call.access.groupVisibility(QStringLiteral("g.name")),
                                                formatEntityTime(QDateTime::currentMSecsSinceEpoch())));
}

ApiReply CatalogRoutes::machine(ApiCall& call, const QStringList& args)
{
    const QString& id = args.constFirst();
    const std::optional<Json> found = catalog_.machine(id, call.access.groupVisibility(QStringLiteral("m.rbac_group_name")));
    if (!found)
        return notFound(tr("Machine %1 was not found.").arg(id));
    Json out{{"@odata.context", toStd(call.baseUrl() + QStringLiteral("/api/$metadata#Machines/$entity"))}};
    out.update(*found);
    return ApiReply::json(out);
}

ApiReply CatalogRoutes::machineGroups(ApiCall& call, const QStringList&)
{
    return collection(call.baseUrl() + QStringLiteral("/api/$metadata#MachineGroups"),
                      catalog_.machineGroups(call.access.groupVisibility(QStringLiteral("g.name"))));
}

ApiReply CatalogRoutes::file(ApiCall& call, const QStringList& args)
{
    const QString& hash = args.constFirst();
    if (!isHex(hash) || (hash.size() != 40 && hash.size() != 64))
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kInvalidHashValue),
                               tr("'%1' is not a SHA-1 or SHA-256 hash.").arg(hash));
    const std::optional<Json> found =
        catalog_.file(hash.size() == 64 ? QStringLiteral("sha256") : QStringLiteral("sha1"), hash);
    if (!found)
        return notFound(tr("File %1 was not found.").arg(hash));
    Json out{{"@odata.context", toStd(call.baseUrl() + QStringLiteral("/api/$metadata#Files/$entity"))}};
    out.update(*found);
    return ApiReply::json(out);
}

ApiReply CatalogRoutes::fileMachines(ApiCall& call, const QStringList& args)
{
    const QString& hash = args.constFirst();
    if (!isHex(hash) || hash.size() != 40) // SHA-1 only (8.2)
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kInvalidInput),
                               tr("'%1' is not a SHA-1 hash; this request takes SHA-1 only.").arg(hash));
    // Unknown files give 200 with an empty list (8.2).
    return collection(call.baseUrl() + QStringLiteral("/api/$metadata#Machines"),
                      catalog_.fileMachines(hash, call.access.groupVisibility(QStringLiteral("m.rbac_group_name"))));
}

ApiReply CatalogRoutes::seed(ApiCall& call, const QStringList&)
{
    if (call.client.role != Role::Admin)
        return ApiReply::error(Status::Forbidden, QLatin1String(errc::kForbidden), tr("Only an admin client may seed the tenant."));
    const JsonBody body = JsonBodyReader::read(call.request);
    if (body.error)
        return ApiReply::error(*body.error);
    SeedCounts counts;
    const QString error = catalog_.seed(body.value, &counts);
    if (!error.isEmpty())
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kInvalidInput), error);
    return ApiReply::json({{"machineGroups", counts.machineGroups}, {"machines", counts.machines}, {"files", counts.files}});
}

} // namespace indicia::service
