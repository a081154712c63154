#include "service/indicator_routes.h"

#include "engine/timeutil.h"
#include "service/indicator_json.h"
#include "service/indicator_payload.h"
#include "service/json_body.h"
#include "service/odata_query.h"
#include "service/service_database.h"

#include <QDateTime>

namespace indicia::service {

namespace {

using Method = QHttpServerRequest::Method;

ApiError error(Status status, const char* code, const QString& message) { return {status, QLatin1String(code), message}; }

std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 && text == QString::number(id) ? std::optional<qint64>(id) : std::nullopt;
}

// Ids arrive as numeric text ("995"), as the entity writes them; plain numbers are accepted too.
std::optional<qint64> idOf(const Json& value)
{
    if (value.is_number_integer())
        return value.get<qint64>() > 0 ? std::optional<qint64>(value.get<qint64>()) : std::nullopt;
    return value.is_string() ? parseId(fromStd(value.get<std::string>())) : std::nullopt;
}

} // namespace

BodyArray requiredArray(const Json& body, const char* name)
{
    if (!body.is_object())
        return {nullptr, error(Status::BadRequest, errc::kInvalidRequestBody, IndicatorRoutes::tr("The request body must be a JSON object."))};
    const auto it = body.find(name);
    if (it == body.end()) {
        for (const auto& [key, value] : body.items()) {
            (void)value;
            if (fromStd(key).compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return {nullptr, error(Status::BadRequest, errc::kInvalidRequestBody,
                                       IndicatorRoutes::tr("Body parameter names are case-sensitive: '%1' must be spelled '%2'.")
                                           .arg(fromStd(key), QLatin1String(name)))};
        }
        return {nullptr, error(Status::BadRequest, errc::kMissingRequiredParameter,
                               IndicatorRoutes::tr("The required parameter '%1' is missing.").arg(QLatin1String(name)))};
    }
    if (!it->is_array())
        return {nullptr, error(Status::BadRequest, errc::kInvalidRequestBody, IndicatorRoutes::tr("'%1' must be an array.").arg(QLatin1String(name)))};
    return {&*it, std::nullopt};
}

IndicatorRoutes::IndicatorRoutes(ApiGateway& gateway, IndicatorRepository& indicators, CatalogRepository& catalog,
                                 const ServiceConfig& config, QSqlDatabase db)
    : gateway_(gateway), indicators_(indicators), catalog_(catalog), config_(config), db_(std::move(db))
{
}

void IndicatorRoutes::registerOn(QHttpServer& server)
{
    for (const QString& path : apiPaths(QStringLiteral("/indicators"))) {
        // The two fixed POST paths first: "<arg>" below would otherwise not care.
        server.route(path + QStringLiteral("/BatchDelete"), Method::Post, [this](const QHttpServerRequest& r) {
            return gateway_.api(r, RateBucket::BatchDelete, [this](ApiCall& c) { return batchDelete(c); });
        });
        server.route(path + QStringLiteral("/import"), Method::Post, [this](const QHttpServerRequest& r) {
            return gateway_.api(r, RateBucket::Import, [this](ApiCall& c) { return import(c); });
        });
        server.route(path, Method::Get, [this](const QHttpServerRequest& r) {
            return gateway_.api(r, RateBucket::Standard, [this](ApiCall& c) { return list(c); });
        });
        server.route(path, Method::Post, [this](const QHttpServerRequest& r) {
            return gateway_.api(r, RateBucket::Standard, [this](ApiCall& c) { return submit(c); });
        });
        server.route(path + QStringLiteral("/<arg>"), Method::Get, [this](const QString& id, const QHttpServerRequest& r) {
            return gateway_.api(r, RateBucket::Standard, [this, id](ApiCall& c) { return get(c, id); });
        });
        server.route(path + QStringLiteral("/<arg>"), Method::Delete, [this](const QString& id, const QHttpServerRequest& r) {
            return gateway_.api(r, RateBucket::Standard, [this, id](ApiCall& c) { return remove(c, id); });
        });
    }
}

Json IndicatorRoutes::entity(const ApiCall& call, const StoredIndicator& stored) const
{
    Json out{{"@odata.context", toStd(call.baseUrl() + QStringLiteral("/api/$metadata#Indicators/$entity"))}};
    out.update(indicatorToJson(stored, catalog_.groupIdsByName()));
    return out;
}

ApiReply IndicatorRoutes::forbidden() const
{
    return ApiReply::error(Status::Forbidden, QLatin1String(errc::kForbidden),
                           tr("The client is not allowed to change indicators outside its device groups."));
}

ApiReply IndicatorRoutes::list(ApiCall& call)
{
    const ListQuery query = ODataQuery::read(call.request);
    if (query.error)
        return ApiReply::error(*query.error);
    const ODataFilterResult filter = IndicatorRepository::filter().toSql(query.filter);
    if (!filter.ok())
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kODataError), filter.error);
    const SqlCondition where = conjunction({filter.condition, call.access.indicatorVisibility()});
    const QHash<QString, QString> groupIds = catalog_.groupIdsByName();
    Json value = Json::array();
    for (const StoredIndicator& stored : indicators_.list(where, query.top, query.skip))
        value.push_back(indicatorToJson(stored, groupIds));
    return ApiReply::json({{"@odata.context", toStd(call.baseUrl() + QStringLiteral("/api/$metadata#Indicators"))},
                           {"value", std::move(value)}});
}

ApiReply IndicatorRoutes::get(ApiCall& call, const QString& id)
{
    const std::optional<qint64> parsed = parseId(id);
    const std::optional<StoredIndicator> stored = parsed ? indicators_.find(*parsed) : std::nullopt;
    // One the client may not see is answered as if it did not exist.
    if (!stored || !call.access.canSee(stored->content.core.rbacGroups))
        return ApiReply::error(Status::NotFound, QLatin1String(errc::kResourceNotFound), tr("Indicator %1 was not found.").arg(id));
    return ApiReply::json(entity(call, *stored));
}

IndicatorRoutes::Applied IndicatorRoutes::apply(const ApiCall& call, const SubmittedIndicator& submitted, int& active)
{
    if (!call.access.canWrite(submitted.core.rbacGroups))
        return {std::nullopt, error(Status::Forbidden, errc::kForbidden,
                                    tr("The client may not write indicators for these device groups (or for all devices)."))};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const std::optional<qint64> match = indicators_.findMatch(submitted, call.client.id)) {
        const std::optional<StoredIndicator> existing = indicators_.find(*match);
        if (!call.access.canWrite(existing->content.core.rbacGroups))
            return {std::nullopt, error(Status::Forbidden, errc::kForbidden, tr("The client may not change indicator %1.").arg(*match))};
        return {indicators_.update(*existing, submitted, call.client.id, now), std::nullopt};
    }
    if (active >= config_.quota) {
        ApiError quota = config_.quotaError;
        quota.message = tr("The tenant already holds the maximum of %1 active indicators.").arg(config_.quota);
        return {std::nullopt, quota};
    }
    ++active;
    return {indicators_.insert(submitted, call.client.id, now), std::nullopt};
}

ApiReply IndicatorRoutes::submit(ApiCall& call)
{
    if (!call.access.canWriteAtAll())
        return forbidden();
    const JsonBody body = JsonBodyReader::read(call.request);
    if (body.error)
        return ApiReply::error(*body.error);
    const PayloadResult payload = IndicatorPayload::parse(body.value, nowUtc());
    if (payload.error)
        return ApiReply::error(*payload.error);
    Transaction transaction(db_);
    int active = indicators_.countActive();
    const Applied applied = apply(call, *payload.indicator, active);
    if (applied.error)
        return ApiReply::error(*applied.error);
    transaction.commit();
    return ApiReply::json(entity(call, *applied.stored));
}

std::optional<ApiError> IndicatorRoutes::deletable(const ApiCall& call, qint64 id) const
{
    const std::optional<StoredIndicator> stored = indicators_.find(id);
    if (!stored)
        return error(Status::NotFound, errc::kResourceNotFound, tr("Indicator %1 was not found.").arg(id));
    if (!call.access.canWrite(stored->content.core.rbacGroups))
        return error(Status::Forbidden, errc::kForbidden, tr("The client is not exposed to the device groups of indicator %1.").arg(id));
    return std::nullopt;
}

ApiReply IndicatorRoutes::remove(ApiCall& call, const QString& id)
{
    if (!call.access.canWriteAtAll())
        return forbidden();
    const std::optional<qint64> parsed = parseId(id);
    if (!parsed)
        return ApiReply::error(Status::NotFound, QLatin1String(errc::kResourceNotFound), tr("Indicator %1 was not found.").arg(id));
    if (const std::optional<ApiError> refused = deletable(call, *parsed))
        return ApiReply::error(*refused);
    indicators_.remove(*parsed);
    return ApiReply::noContent();
}

ApiReply IndicatorRoutes::batchDelete(ApiCall& call)
{
    if (!call.access.canWriteAtAll())
        return forbidden();
    const JsonBody body = JsonBodyReader::read(call.request);
    if (body.error)
        return ApiReply::error(*body.error);
    const BodyArray ids = requiredArray(body.value, "IndicatorIds");
    if (ids.error)
        return ApiReply::error(*ids.error);
    if (ids.items->empty())
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kInvalidInput), tr("IndicatorIds is empty."));
    if (ids.items->size() > kMaxBatch)
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kMaximumBatchSizeExceeded),
                               tr("Received: %1, allowed: %2").arg(ids.items->size()).arg(kMaxBatch));
    QList<qint64> parsed;
    for (const Json& value : *ids.items) {
        const std::optional<qint64> id = idOf(value);
        if (!id)
            return ApiReply::error(Status::BadRequest, QLatin1String(errc::kInvalidInput),
                                   tr("%1 is not a valid indicator id.").arg(fromStd(value.dump())));
        parsed << *id;
    }
    // All or nothing: any missing id is 404 and any id outside the caller's groups 403.
    for (Status status : {Status::NotFound, Status::Forbidden})
        for (qint64 id : parsed)
            if (const std::optional<ApiError> refused = deletable(call, id); refused && refused->status == status)
                return ApiReply::error(*refused);
    Transaction transaction(db_);
    for (qint64 id : parsed)
        indicators_.remove(id);
    transaction.commit();
    return ApiReply::noContent();
}

ApiReply IndicatorRoutes::import(ApiCall& call)
{
    if (!call.access.canWriteAtAll())
        return forbidden();
    const JsonBody body = JsonBodyReader::read(call.request);
    if (body.error)
        return ApiReply::error(*body.error);
    const BodyArray items = requiredArray(body.value, "Indicators");
    if (items.error)
        return ApiReply::error(*items.error);
    if (items.items->size() > kMaxBatch)
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kMaximumBatchSizeExceeded),
                               tr("Received: %1, allowed: %2").arg(items.items->size()).arg(kMaxBatch));
    const TimePoint now = nowUtc();
    QList<PayloadResult> parsed;
    for (const Json& item : *items.items) {
        parsed << IndicatorPayload::parse(item, now);
        // A batch that reaches outside the caller's groups is refused whole, as BatchDelete is.
        if (parsed.constLast().indicator && !call.access.canWrite(parsed.constLast().indicator->core.rbacGroups))
            return forbidden();
    }
    Transaction transaction(db_);
    int active = indicators_.countActive();
    Json results = Json::array();
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const Json& item = (*items.items)[static_cast<std::size_t>(i)];
        const Json raw = item.is_object() && item.contains("indicatorValue") ? item["indicatorValue"] : Json();
        const Applied applied = parsed[i].indicator ? apply(call, *parsed[i].indicator, active) : Applied{std::nullopt, parsed[i].error};
        results.push_back({{"id", applied.stored ? Json(std::to_string(applied.stored->id)) : Json()},
                           {"indicator", raw},
                           {"isFailed", !applied.stored},
                           {"failureReason", applied.error ? Json(toStd(applied.error->message)) : Json()}});
    }
    transaction.commit();
    return ApiReply::json({{"value", std::move(results)}});
}

} // namespace indicia::service
