#include "service/indicator_repository.h"

#include "engine/scope_key.h"
#include "service/indicator_json.h"
#include "service/service_database.h"

#include <QDateTime>

namespace indicia::service {

namespace {

const QString kColumns = QStringLiteral(
    "i.id, i.indicator_type, i.indicator_value, i.action, i.title, i.description, i.application, i.severity,"
    " i.recommended_actions, i.generate_alert, i.expiration, i.educate_url, i.external_id, i.created_by,"
    " i.created_by_display_name, i.created_by_source, i.creation_ms, i.last_update_ms, i.last_updated_by,"
    " i.group_names, i.extras");

QString qs(std::string_view text) { return fromStd(text); }
std::string str(const QVariant& value) { return value.toString().toStdString(); }

QVariant nullableText(const std::string& text) { return text.empty() ? QVariant() : QVariant(qs(text)); }

QVariant expirationOf(const Indicator& core)
{
    return core.expiration ? QVariant(qint64(core.expiration->time_since_epoch().count())) : QVariant();
}

QString dumpJson(const Json& json) { return fromStd(json.dump(-1, ' ', false, Json::error_handler_t::replace)); }

Json groupsJson(const std::vector<std::string>& groups)
{
    Json out = Json::array();
    for (const std::string& group : groups)
        out.push_back(group);
    return out;
}

// One row of kColumns, in order.
StoredIndicator readRow(const QSqlQuery& q)
{
    StoredIndicator s;
    Indicator& core = s.content.core;
    s.id = q.value(0).toLongLong();
    core.type = parseIndicatorType(str(q.value(1))).value_or(IndicatorType::FileSha256);
    core.value = str(q.value(2));
    // Stored as the client named it (legacy names included); the engine's action for enforcement.
    s.content.actionName = q.value(3).toString();
    const auto action = parseAction(str(q.value(3)));
    core.action = action ? action->action : Action::Block;
    core.title = str(q.value(4));
    core.description = str(q.value(5));
    s.content.application = q.value(6).toString();
    core.severity = parseSeverity(str(q.value(7))).value_or(Severity::Informational);
    core.recommendedActions = str(q.value(8));
    core.generateAlert = q.value(9).toInt() != 0;
    if (!q.value(10).isNull())
        core.expiration = TimePoint(std::chrono::seconds(q.value(10).toLongLong()));
    core.educateUrl = str(q.value(11));
    core.externalId = str(q.value(12));
    s.createdBy = q.value(13).toString();
    s.createdByDisplayName = q.value(14).toString();
    s.createdBySource = q.value(15).toString();
    s.creationMs = q.value(16).toLongLong();
    s.lastUpdateMs = q.value(17).toLongLong();
    s.lastUpdatedBy = q.value(18).toString();
    const Json groups = Json::parse(str(q.value(19)), nullptr, false);
    if (groups.is_array())
        for (const Json& group : groups)
            if (group.is_string())
                core.rbacGroups.push_back(group.get<std::string>());
    const Json extras = Json::parse(str(q.value(20)), nullptr, false);
    s.content.extras = extras.is_object() ? extras : Json::object();
    return s;
}

ODataProperty enumProperty(const char* name, const char* column,
                           std::function<std::optional<QString>(const QString&)> canonical)
{
    return {QLatin1String(name), QLatin1String(column), ODataKind::Enum, false, std::move(canonical)};
}

} // namespace

IndicatorRepository::IndicatorRepository(QSqlDatabase db, UpsertKey key) : db_(std::move(db)), key_(key) {}

ODataFilter IndicatorRepository::filter()
{
    // Enum literals are read with the engine's parsers, in any case. Actions are matched as
    // stored, i.e. as sent: 'AlertAndBlock' finds what was submitted as AlertAndBlock (the
    // docs' own example, S3), not what was submitted as BlockAndRemediate.
    auto type = [](const QString& t) -> std::optional<QString> {
        const auto parsed = parseIndicatorType(toStd(t));
        return parsed ? std::optional<QString>(qs(toString(*parsed))) : std::nullopt;
    };
    auto action = [](const QString& t) -> std::optional<QString> {
        const auto parsed = parseAction(toStd(t));
        if (!parsed)
            return std::nullopt;
        if (parsed->legacy)
            return parsed->action == Action::Audit ? QStringLiteral("Alert") : QStringLiteral("AlertAndBlock");
        return qs(toString(parsed->action));
    };
    auto severity = [](const QString& t) -> std::optional<QString> {
        const auto parsed = parseSeverity(toStd(t));
        return parsed ? std::optional<QString>(qs(toString(*parsed))) : std::nullopt;
    };
    QList<ODataProperty> properties{
        {QStringLiteral("application"), QStringLiteral("i.application"), ODataKind::Text, false, {}},
        {QStringLiteral("createdByDisplayName"), QStringLiteral("i.created_by_display_name"), ODataKind::Text, false, {}},
        {QStringLiteral("expirationTime"), QStringLiteral("i.expiration"), ODataKind::DateTimeSeconds, false, {}},
        {QStringLiteral("generateAlert"), QStringLiteral("i.generate_alert"), ODataKind::Bool, false, {}},
        {QStringLiteral("title"), QStringLiteral("i.title"), ODataKind::Text, false, {}},
        {QStringLiteral("rbacGroupNames"),
         QStringLiteral("SELECT 1 FROM indicator_groups fg WHERE fg.indicator_id = i.id AND fg.group_name = ?"),
         ODataKind::TextCollection, false, {}},
        {QStringLiteral("rbacGroupIds"),
         QStringLiteral("SELECT 1 FROM indicator_groups fg JOIN machine_groups mg ON mg.name = fg.group_name"
                        " WHERE fg.indicator_id = i.id AND mg.id = ?"),
         ODataKind::TextCollection, false, {}},
        // Values are stored canonical (lower-case hex...), so a literal in any case finds them.
        {QStringLiteral("indicatorValue"), QStringLiteral("i.indicator_value"), ODataKind::Text, true, {}},
        enumProperty("indicatorType", "i.indicator_type", type),
        {QStringLiteral("creationTimeDateTimeUtc"), QStringLiteral("i.creation_ms"), ODataKind::DateTimeMillis, false, {}},
        {QStringLiteral("createdBy"), QStringLiteral("i.created_by"), ODataKind::Text, false, {}},
        enumProperty("action", "i.action", action),
        enumProperty("severity", "i.severity", severity),
    };
    return ODataFilter(QStringLiteral("Indicator"), properties);
}

std::optional<StoredIndicator> IndicatorRepository::find(qint64 id) const
{
    QSqlQuery q = execBound(db_, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM indicators i WHERE i.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<qint64> IndicatorRepository::findMatch(const SubmittedIndicator& submitted, const QString& clientId) const
{
    const Indicator& core = submitted.core;
    QString sql = QStringLiteral("SELECT id FROM indicators WHERE indicator_type = ? AND indicator_value = ?");
    QVariantList values{qs(toString(core.type)), qs(core.value)};
    if (key_.action) {
        sql += QStringLiteral(" AND action = ?");
        values << submitted.actionName;
    }
    if (key_.scope) {
        sql += QStringLiteral(" AND scope_key = ?");
        values << qs(scopeKeyOf(canonicalGroups(core.rbacGroups)));
    }
    if (key_.creator) {
        sql += QStringLiteral(" AND created_by = ?");
        values << clientId;
    }
    QSqlQuery q = execBound(db_, sql + QStringLiteral(" ORDER BY id LIMIT 1"), values);
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

const ODataCollection& IndicatorRepository::collection()
{
    static const ODataCollection indicators = [] {
        ODataCollection c;
        c.entityName = QStringLiteral("Indicator");
        const std::pair<const char*, const char*> sortable[] = {
            {"id", "i.id"},
            {"creationTimeDateTimeUtc", "i.creation_ms"},
            {"lastUpdateTime", "i.last_update_ms"},
            {"expirationTime", "i.expiration"},
            {"severity", "CASE i.severity WHEN 'Informational' THEN 0 WHEN 'Low' THEN 1 WHEN 'Medium' THEN 2 ELSE 3 END"},
            {"title", "i.title"},
            {"indicatorValue", "i.indicator_value"},
            {"indicatorType", "i.indicator_type"},
            {"action", "i.action"},
            {"application", "i.application"},
            {"createdBy", "i.created_by"},
            {"createdByDisplayName", "i.created_by_display_name"},
            {"generateAlert", "i.generate_alert"},
        };
        for (const auto& [name, column] : sortable)
            c.sortColumns.insert(QLatin1String(name), QLatin1String(column));
        c.tieBreak = QStringLiteral("i.id ASC");
        // Every property of the entity (indicatorToJson writes them all, null or not).
        const Json entity = indicatorToJson(StoredIndicator{}, {});
        for (const auto& [key, value] : entity.items()) {
            (void)value;
            c.properties << fromStd(key);
        }
        return c;
    }();
    return indicators;
}

qint64 IndicatorRepository::count(const SqlCondition& where) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM indicators i");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql;
    QSqlQuery q = execBound(db_, sql, where.values);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<StoredIndicator> IndicatorRepository::list(const SqlCondition& where, const QString& orderBy, int top, int skip) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM indicators i");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql;
    QSqlQuery q = execBound(db_, sql + orderBy + QStringLiteral(" LIMIT ? OFFSET ?"), where.values + QVariantList{top, skip});
    QList<StoredIndicator> out;
    while (q.next())
        out << readRow(q);
    return out;
}

int IndicatorRepository::countActive() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q = execBound(db_, QStringLiteral("SELECT COUNT(*) FROM indicators WHERE expiration IS NULL OR expiration > ?"), {now});
    return q.next() ? q.value(0).toInt() : 0;
}

StoredIndicator IndicatorRepository::insert(const SubmittedIndicator& submitted, const QString& clientId, qint64 nowMs)
{
    const Indicator& core = submitted.core;
    const std::vector<std::string> groups = canonicalGroups(core.rbacGroups);
    QSqlQuery q = execBound(
        db_,
        QStringLiteral("INSERT INTO indicators (indicator_type, indicator_value, action, scope_key, title, description,"
                       " application, severity, recommended_actions, generate_alert, expiration, educate_url, external_id,"
                       " created_by, created_by_display_name, created_by_source, creation_ms, last_update_ms,"
                       " last_updated_by, group_names, extras) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {qs(toString(core.type)), qs(core.value), submitted.actionName, qs(scopeKeyOf(groups)), qs(core.title),
         qs(core.description), submitted.application.isEmpty() ? QVariant() : QVariant(submitted.application),
         qs(toString(core.severity)), nullableText(core.recommendedActions), core.generateAlert ? 1 : 0,
         expirationOf(core), nullableText(core.educateUrl), nullableText(core.externalId), clientId, clientId,
         QStringLiteral("PublicApi"), nowMs, nowMs, QVariant(), dumpJson(groupsJson(groups)), dumpJson(submitted.extras)});
    const qint64 id = q.lastInsertId().toLongLong();
    writeGroups(id, groups);
    return *find(id);
}

StoredIndicator IndicatorRepository::update(const StoredIndicator& existing, const SubmittedIndicator& submitted,
                                            const QString& clientId, qint64 nowMs)
{
    const Indicator& core = submitted.core;
    const std::vector<std::string> groups = canonicalGroups(core.rbacGroups);
    // version and certificateInfo are applied on create only (indicators-api.md 1.5).
    Json extras = submitted.extras;
    for (const char* createOnly : {"version", "certificateInfo"}) {
        extras.erase(createOnly);
        if (existing.content.extras.contains(createOnly))
            extras[createOnly] = existing.content.extras[createOnly];
    }
    execBound(db_,
              QStringLiteral("UPDATE indicators SET action = ?, scope_key = ?, title = ?, description = ?, severity = ?,"
                             " recommended_actions = ?, generate_alert = ?, expiration = ?, educate_url = ?,"
                             " external_id = ?, last_update_ms = ?, last_updated_by = ?, group_names = ?, extras = ?"
                             " WHERE id = ?"),
              {submitted.actionName, qs(scopeKeyOf(groups)), qs(core.title), qs(core.description),
               qs(toString(core.severity)), nullableText(core.recommendedActions), core.generateAlert ? 1 : 0,
               expirationOf(core), nullableText(core.educateUrl), nullableText(core.externalId),
               std::max(nowMs, existing.lastUpdateMs + 1), clientId, dumpJson(groupsJson(groups)), dumpJson(extras),
               existing.id});
    writeGroups(existing.id, groups);
    return *find(existing.id);
}

void IndicatorRepository::remove(qint64 id)
{
    execBound(db_, QStringLiteral("DELETE FROM indicators WHERE id = ?"), {id});
}

int IndicatorRepository::deleteExpired(qint64 nowSeconds)
{
    QSqlQuery q = execBound(db_, QStringLiteral("DELETE FROM indicators WHERE expiration IS NOT NULL AND expiration <= ?"),
                            {nowSeconds});
    return q.numRowsAffected();
}

void IndicatorRepository::writeGroups(qint64 id, const std::vector<std::string>& groups)
{
    execBound(db_, QStringLiteral("DELETE FROM indicator_groups WHERE indicator_id = ?"), {id});
    int position = 0;
    for (const std::string& group : groups)
        execBound(db_, QStringLiteral("INSERT INTO indicator_groups (indicator_id, position, group_name) VALUES (?, ?, ?)"),
                  {id, position++, qs(group)});
}

} // namespace indicia::service
