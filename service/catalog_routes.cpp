#include "service/catalog_routes.h"

#include "service/json_body.h"
#include "service/odata_query.h"

#include <QUrlQuery>

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

CatalogRoutes::CatalogRoutes(ApiGateway& gateway, CatalogRepository& catalog) : gateway_(gateway), catalog_(catalog) {}

void CatalogRoutes::registerOn(QHttpServer& server)
{
    const auto standard = [this](const QHttpServerRequest& r, const ApiGateway::Handler& handler) {
        return gateway_.api(r, RateBucket::Standard, handler);
    };
    for (const QString& path : apiPaths(QStringLiteral("/machines"))) {
        server.route(path, Method::Get, [=, this](const QHttpServerRequest& r) {
            return standard(r, [this](ApiCall& c) { return machines(c); });
        });
        server.route(path + QStringLiteral("/<arg>"), Method::Get, [=, this](const QString& id, const QHttpServerRequest& r) {
            return standard(r, [this, id](ApiCall& c) { return machine(c, id); });
        });
    }
    for (const QString& path : apiPaths(QStringLiteral("/machinegroups")))
        server.route(path, Method::Get, [=, this](const QHttpServerRequest& r) {
            return standard(r, [this](ApiCall& c) { return machineGroups(c); });
        });
    for (const QString& path : apiPaths(QStringLiteral("/files/<arg>"))) {
        server.route(path + QStringLiteral("/machines"), Method::Get, [=, this](const QString& hash, const QHttpServerRequest& r) {
            return standard(r, [this, hash](ApiCall& c) { return fileMachines(c, hash); });
        });
        server.route(path, Method::Get, [=, this](const QString& hash, const QHttpServerRequest& r) {
            return standard(r, [this, hash](ApiCall& c) { return file(c, hash); });
        });
    }
    for (const QString& path : apiPaths(QStringLiteral("/indicia/seed")))
        server.route(path, Method::Post, [=, this](const QHttpServerRequest& r) {
            return standard(r, [this](ApiCall& c) { return seed(c); });
        });
}

ApiReply CatalogRoutes::machines(ApiCall& call)
{
    const ListQuery query = ODataQuery::read(call.request);
    if (query.error)
        return ApiReply::error(*query.error);
    const ODataFilterResult filter = CatalogRepository::machineFilter().toSql(query.filter);
    if (!filter.ok())
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kODataError), filter.error);
    if (!catalog_.hasMachines()) // documented: 404 when there are no recent machines
        return notFound(tr("No machines were found."));
    const SqlCondition where = conjunction({filter.condition, call.access.groupVisibility(QStringLiteral("m.rbac_group_name"))});
    QList<Json> rows = catalog_.machines(where, query.top + 1, query.skip);
    const bool more = rows.size() > query.top;
    if (more)
        rows.removeLast();
    ApiReply reply = collection(call.baseUrl() + QStringLiteral("/api/$metadata#Machines"), rows);
    if (more) {
        // Observed on /api/machines (8.1): a link to the next page, same filter.
        QUrlQuery next;
        if (!query.filter.isEmpty())
            next.addQueryItem(QStringLiteral("$filter"), query.filter);
        next.addQueryItem(QStringLiteral("$top"), QString::number(query.top));
        next.addQueryItem(QStringLiteral("$skip"), QString::number(query.skip + query.top));
        Json body = Json::parse(reply.body.toStdString());
        body["@odata.nextLink"] = toStd(call.baseUrl() + QStringLiteral("/api/machines?") + next.toString(QUrl::FullyEncoded));
        reply = ApiReply::json(body);
    }
    return reply;
}

ApiReply CatalogRoutes::machine(ApiCall& call, const QString& id)
{
    const std::optional<Json> found = catalog_.machine(id, call.access.groupVisibility(QStringLiteral("m.rbac_group_name")));
    if (!found)
        return notFound(tr("Machine %1 was not found.").arg(id));
    Json out{{"@odata.context", toStd(call.baseUrl() + QStringLiteral("/api/$metadata#Machines/$entity"))}};
    out.update(*found);
    return ApiReply::json(out);
}

ApiReply CatalogRoutes::machineGroups(ApiCall& call)
{
    return collection(call.baseUrl() + QStringLiteral("/api/$metadata#MachineGroups"),
                      catalog_.machineGroups(call.access.groupVisibility(QStringLiteral("g.name"))));
}

ApiReply CatalogRoutes::file(ApiCall& call, const QString& hash)
{
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

ApiReply CatalogRoutes::fileMachines(ApiCall& call, const QString& hash)
{
    if (!isHex(hash) || hash.size() != 40) // SHA-1 only (8.2)
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kInvalidInput),
                               tr("'%1' is not a SHA-1 hash; this request takes SHA-1 only.").arg(hash));
    // Unknown files give 200 with an empty list (8.2).
    return collection(call.baseUrl() + QStringLiteral("/api/$metadata#Machines"),
                      catalog_.fileMachines(hash, call.access.groupVisibility(QStringLiteral("m.rbac_group_name"))));
}

ApiReply CatalogRoutes::seed(ApiCall& call)
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
