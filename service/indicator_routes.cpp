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

void IndicatorRoutes::registerOn(ApiRouter& router)
{
    const auto api = [this](RateBucket bucket, auto work) {
        return [this, bucket, work](const QHttpServerRequest& r, const QStringList& args) {
            return gateway_.api(r, bucket, [this, &work, &args](ApiCall& c) { return (this->*work)(c, args); });
        };
    };
    router.add(Method::Post, QStringLiteral("/api/indicators/BatchDelete"), api(RateBucket::BatchDelete, &IndicatorRoutes::batchDelete));
    router.add(Method::Post, QStringLiteral("/api/indicators/import"), api(RateBucket::Import, &IndicatorRoutes::import));
    router.add(Method::Get, QStringLiteral("/api/indicators"), api(RateBucket::IndicatorsList, &IndicatorRoutes::list));
    router.add(Method::Post, QStringLiteral("/api/indicators"), api(RateBucket::IndicatorsSubmit, &IndicatorRoutes::submit));
    router.add(Method::Get, QStringLiteral("/api/indicators/{}"), api(RateBucket::IndicatorsList, &IndicatorRoutes::get));
    router.add(Method::Delete, QStringLiteral("/api/indicators/{}"), api(RateBucket::IndicatorsDelete, &IndicatorRoutes::remove));
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

ApiReply IndicatorRoutes::list(ApiCall& call, const QStringList&)
{
    const ListQuery query = ODataQuery::read(call.request);
    if (query.error)
        return ApiReply::error(*query.error);
    const ODataCollection& collection = IndicatorRepository::collection();
    if (const std::optional<ApiError> refused = ODataQuery::check(query, collection))
        return ApiReply::error(*refused);
    const ODataFilterResult filter = IndicatorRepository::filter().toSql(query.filter);
    if (!filter.ok())
        return ApiReply::error(Status::BadRequest, QLatin1String(errc::kODataError), filter.error);
    const SqlCondition where = conjunction({filter.condition, call.access.indicatorVisibility()});
    const int rows = query.pageRows(config_.pageSize);
    // One row more than the page tells whether another page follows.
    QList<StoredIndicator> found = indicators_.list(where, ODataQuery::orderClause(query, collection), rows + 1, query.skip);
    const bool more = rows > 0 && found.size() > rows;
    if (more)
        found.removeLast();
    const QHash<QString, QString> groupIds = catalog_.groupIdsByName();
    Json value = Json::array();
    for (const StoredIndicator& stored : found)
        value.push_back(ODataQuery::selected(indicatorToJson(stored, groupIds), query));
    const std::optional<qint64> total = query.count ? std::optional<qint64>(indicators_.count(where)) : std::nullopt;
    return ApiReply::json(ODataQuery::page(call.baseUrl(), QStringLiteral("/api/$metadata#Indicators"),
                                           QStringLiteral("/api/indicators"), query, std::move(value), total, more, rows));
}

ApiReply IndicatorRoutes::get(ApiCall& call, const QStringList& args)
{
    const QString& id = args.constFirst();
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

ApiReply IndicatorRoutes::submit(ApiCall& call, const QStringList&)
{
    if (!call.access.canWriteAtAll())
        return forbidden();
    const JsonBody body = JsonBodyReader::read(call.request);
    if (body.error)
        return ApiReply::error(*body.error);
    PayloadResult payload = IndicatorPayload::parse(body.value, nowUtc());
    if (payload.error)
        return ApiReply::error(*payload.error);
    if (const std::optional<ApiError> refused = resolveGroups(*payload.indicator))
        return ApiReply::error(*refused);
    Transaction transaction(db_);
    int active = indicators_.countActive();
    const Applied applied = apply(call, *payload.indicator, active);
    if (applied.error)
        return ApiReply::error(*applied.error);
    transaction.commit();
    return ApiReply::json(entity(call, *applied.stored));
}

std::optional<ApiError> IndicatorRoutes::resolveGroups(SubmittedIndicator& submitted) const
{
    const QHash<QString, QString> idsByName = catalog_.groupIdsByName();
    std::vector<std::string>& names = submitted.core.rbacGroups;
    if (idsByName.isEmpty()) {
        // A tenant without a device-group catalog (no --seed) has nothing to check names
        // against and keeps them as given; ids it cannot resolve at all.
        if (!submitted.groupIds.isEmpty())
            return error(Status::BadRequest, errc::kInvalidInput,
                         tr("Unknown device group id '%1': the tenant has no device groups.").arg(submitted.groupIds.constFirst()));
        return std::nullopt;
    }
    QStringList fromNames;
    for (const std::string& name : names) {
        QString canonical;
        for (auto it = idsByName.cbegin(); it != idsByName.cend() && canonical.isEmpty(); ++it)
            if (it.key().compare(fromStd(name), Qt::CaseInsensitive) == 0)
                canonical = it.key();
        if (canonical.isEmpty())
            return error(Status::BadRequest, errc::kInvalidInput, tr("Unknown device group name '%1'.").arg(fromStd(name)));
        if (!fromNames.contains(canonical))
            fromNames << canonical;
    }
    QStringList fromIds;
    for (const QString& id : submitted.groupIds) {
        const QString name = idsByName.key(id);
        if (name.isEmpty())
            return error(Status::BadRequest, errc::kInvalidInput, tr("Unknown device group id '%1'.").arg(id));
        if (!fromIds.contains(name))
            fromIds << name;
    }
    // An empty list names no group, so it cannot disagree: names [] with ids scopes by the ids.
    if (!fromNames.isEmpty() && !fromIds.isEmpty()) {
        QStringList a = fromNames;
        QStringList b = fromIds;
        a.sort();
        b.sort();
        if (a != b)
            return error(Status::BadRequest, errc::kInvalidInput,
                         tr("rbacGroupNames (%1) and rbacGroupIds (%2) name different device groups.")
                             .arg(fromNames.join(QStringLiteral(", ")), submitted.groupIds.join(QStringLiteral(", "))));
    }
    names.clear();
    for (const QString& name : fromNames.isEmpty() ? fromIds : fromNames)
        names.push_back(toStd(name));
    return std::nullopt;
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

ApiReply IndicatorRoutes::remove(ApiCall& call, const QStringList& args)
{
    const QString& id = args.constFirst();
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

ApiReply IndicatorRoutes::batchDelete(ApiCall& call, const QStringList&)
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

ApiReply IndicatorRoutes::import(ApiCall& call, const QStringList&)
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
        PayloadResult& last = parsed.last();
        if (last.indicator) {
            if (std::optional<ApiError> refused = resolveGroups(*last.indicator)) {
                last.indicator.reset();
                last.error = refused; // this item fails; the others go on
            }
        }
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
