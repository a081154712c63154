#include "service/catalog_repository.h"

#include "engine/timeutil.h"
#include "service/service_database.h"

#include <QFile>

namespace indicia::service {

namespace {

QString text(const Json& entity, const char* name)
{
    const auto it = entity.find(name);
    if (it == entity.end() || it->is_null())
        return {};
    return it->is_string() ? fromStd(it->get<std::string>()) : fromStd(it->dump());
}

QVariant orNull(const QString& value) { return value.isEmpty() ? QVariant() : QVariant(value); }

QString dumpJson(const Json& json) { return fromStd(json.dump(-1, ' ', false, Json::error_handler_t::replace)); }

QString where(const SqlCondition& condition, const QString& keyword = QStringLiteral(" WHERE "))
{
    return condition.isEmpty() ? QString() : keyword + condition.sql;
}

} // namespace

CatalogRepository::CatalogRepository(QSqlDatabase db) : db_(std::move(db)) {}

ODataFilter CatalogRepository::machineFilter()
{
    QList<ODataProperty> properties;
    const std::pair<const char*, const char*> texts[] = {
        {"id", "m.id"}, {"version", "m.version"}, {"deviceValue", "m.device_value"}, {"aadDeviceId", "m.aad_device_id"},
        {"exposureLevel", "m.exposure_level"}, {"onboardingStatus", "m.onboarding_status"},
        {"lastIpAddress", "m.last_ip_address"}, {"healthStatus", "m.health_status"}, {"osPlatform", "m.os_platform"},
        {"riskScore", "m.risk_score"}, {"rbacGroupId", "m.rbac_group_id"}};
    for (const auto& [name, column] : texts)
        properties.append({QLatin1String(name), QLatin1String(column), ODataKind::Text, false, {}});
    properties.append({QStringLiteral("computerDnsName"), QStringLiteral("m.computer_dns_name"), ODataKind::Text, true, {}});
    properties.append({QStringLiteral("lastSeen"), QStringLiteral("m.last_seen"), ODataKind::DateTimeSeconds, false, {}});
    properties.append({QStringLiteral("machineTags"),
                       QStringLiteral("SELECT 1 FROM json_each(m.entity, '$.machineTags') WHERE json_each.value = ?"),
                       ODataKind::TextCollection, false, {}});
    return ODataFilter(QStringLiteral("Machine"), properties);
}

const ODataCollection& CatalogRepository::machineCollection()
{
    static const ODataCollection machines = [] {
        ODataCollection c;
        c.entityName = QStringLiteral("Machine");
        const std::pair<const char*, const char*> sortable[] = {
            {"id", "m.id"}, {"computerDnsName", "m.computer_dns_name"}, {"lastSeen", "m.last_seen"},
            {"osPlatform", "m.os_platform"}, {"healthStatus", "m.health_status"}, {"onboardingStatus", "m.onboarding_status"},
            {"riskScore", "m.risk_score"}, {"exposureLevel", "m.exposure_level"}, {"lastIpAddress", "m.last_ip_address"},
            {"rbacGroupId", "m.rbac_group_id"}, {"rbacGroupName", "m.rbac_group_name"}, {"deviceValue", "m.device_value"},
            {"aadDeviceId", "m.aad_device_id"}, {"version", "m.version"}};
        for (const auto& [name, column] : sortable)
            c.sortColumns.insert(QLatin1String(name), QLatin1String(column));
        c.tieBreak = QStringLiteral("m.id ASC");
        // The machine entity of api/machine.md (indicators-api.md 8.1).
        c.properties = QStringList{
            QStringLiteral("id"), QStringLiteral("computerDnsName"), QStringLiteral("firstSeen"), QStringLiteral("lastSeen"),
            QStringLiteral("osPlatform"), QStringLiteral("osVersion"), QStringLiteral("osProcessor"), QStringLiteral("version"),
            QStringLiteral("lastIpAddress"), QStringLiteral("lastExternalIpAddress"), QStringLiteral("agentVersion"),
            QStringLiteral("osBuild"), QStringLiteral("healthStatus"), QStringLiteral("deviceValue"),
            QStringLiteral("rbacGroupId"), QStringLiteral("rbacGroupName"), QStringLiteral("riskScore"),
            QStringLiteral("exposureLevel"), QStringLiteral("isAadJoined"), QStringLiteral("aadDeviceId"),
            QStringLiteral("machineTags"), QStringLiteral("defenderAvStatus"), QStringLiteral("onboardingStatus"),
            QStringLiteral("osArchitecture"), QStringLiteral("managedBy"), QStringLiteral("managedByStatus"),
            QStringLiteral("ipAddresses"), QStringLiteral("vmMetadata")};
        return c;
    }();
    return machines;
}

QString CatalogRepository::seedFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the seed file %1: %2").arg(path, file.errorString());
    const Json document = Json::parse(file.readAll().toStdString(), nullptr, false);
    if (document.is_discarded())
        return tr("The seed file %1 is not valid JSON.").arg(path);
    return seed(document);
}

QString CatalogRepository::seed(const Json& document, SeedCounts* counts)
{
    if (!document.is_object())
        return tr("A seed document is a JSON object with machineGroups, machines and files arrays.");
    Transaction transaction(db_);
    const Json empty = Json::array();
    const Json& groups = document.contains("machineGroups") ? document["machineGroups"] : empty;
    const Json& machines = document.contains("machines") ? document["machines"] : empty;
    const Json& files = document.contains("files") ? document["files"] : empty;
    for (const QString& error : {seedGroups(groups), seedMachines(machines), seedFiles(files)})
        if (!error.isEmpty())
            return error; // the transaction rolls back
    transaction.commit();
    if (counts)
        *counts = {int(groups.size()), int(machines.size()), int(files.size())};
    return {};
}

QString CatalogRepository::seedGroups(const Json& groups)
{
    if (!groups.is_array())
        return tr("machineGroups must be an array.");
    for (const Json& group : groups) {
        if (!group.is_object() || text(group, "id").isEmpty() || text(group, "name").isEmpty())
            return tr("Each machine group needs an id and a name: %1").arg(fromStd(group.dump()));
        execBound(db_, QStringLiteral("DELETE FROM machine_groups WHERE name = ? AND id <> ?"), {text(group, "name"), text(group, "id")});
        execBound(db_, QStringLiteral("INSERT OR REPLACE INTO machine_groups (id, name, entity) VALUES (?, ?, ?)"),
                  {text(group, "id"), text(group, "name"), dumpJson(group)});
    }
    return {};
}

QString CatalogRepository::seedMachines(const Json& machines)
{
    if (!machines.is_array())
        return tr("machines must be an array.");
    const QHash<QString, QString> groupIds = groupIdsByName();
    for (Json machine : machines) {
        if (!machine.is_object() || text(machine, "id").isEmpty())
            return tr("Each machine needs an id: %1").arg(fromStd(machine.dump()));
        // Every machine carries both group fields (8.1); the one missing is filled from the
        // catalog. The id is a number when it is numeric, as in the machine entity's example.
        if (text(machine, "rbacGroupName").isEmpty() && !text(machine, "rbacGroupId").isEmpty()) {
            const QString name = groupIds.key(text(machine, "rbacGroupId"));
            if (!name.isEmpty())
                machine["rbacGroupName"] = toStd(name);
        }
        const QString groupName = text(machine, "rbacGroupName");
        if (text(machine, "rbacGroupId").isEmpty() && groupIds.contains(groupName)) {
            bool numeric = false;
            const qint64 id = groupIds.value(groupName).toLongLong(&numeric);
            machine["rbacGroupId"] = numeric ? Json(id) : Json(toStd(groupIds.value(groupName)));
        }
        const auto lastSeen = parseIsoTimestamp(toStd(text(machine, "lastSeen")));
        execBound(db_,
                  QStringLiteral("INSERT OR REPLACE INTO machines (id, computer_dns_name, os_platform, health_status,"
                                 " onboarding_status, risk_score, exposure_level, last_seen, last_ip_address, rbac_group_id,"
                                 " rbac_group_name, device_value, aad_device_id, version, entity)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                  {text(machine, "id"), orNull(text(machine, "computerDnsName")), orNull(text(machine, "osPlatform")),
                   orNull(text(machine, "healthStatus")), orNull(text(machine, "onboardingStatus")),
                   orNull(text(machine, "riskScore")), orNull(text(machine, "exposureLevel")),
                   lastSeen ? QVariant(qint64(lastSeen->time_since_epoch().count())) : QVariant(),
                   orNull(text(machine, "lastIpAddress")), orNull(text(machine, "rbacGroupId")), orNull(groupName),
                   orNull(text(machine, "deviceValue")), orNull(text(machine, "aadDeviceId")),
                   orNull(text(machine, "version")), dumpJson(machine)});
    }
    return {};
}

QString CatalogRepository::seedFiles(const Json& files)
{
    if (!files.is_array())
        return tr("files must be an array.");
    for (Json file : files) {
        const QString sha1 = text(file, "sha1").toLower();
        if (!file.is_object() || sha1.size() != 40)
            return tr("Each file needs a 40-digit sha1: %1").arg(fromStd(file.dump()));
        Json machineIds = file.contains("machineIds") ? file["machineIds"] : Json::array();
        file.erase("machineIds"); // ours, not part of the file entity
        execBound(db_, QStringLiteral("INSERT OR REPLACE INTO files (sha1, sha256, entity) VALUES (?, ?, ?)"),
                  {sha1, orNull(text(file, "sha256").toLower()), dumpJson(file)});
        for (const Json& id : machineIds)
            if (id.is_string())
                execBound(db_, QStringLiteral("INSERT OR IGNORE INTO file_machines (sha1, machine_id) VALUES (?, ?)"),
                          {sha1, fromStd(id.get<std::string>())});
    }
    return {};
}

QList<Json> CatalogRepository::entities(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q = execBound(db_, sql, values);
    QList<Json> out;
    while (q.next()) {
        const Json entity = Json::parse(q.value(0).toString().toStdString(), nullptr, false);
        out << (entity.is_object() ? entity : Json::object());
    }
    return out;
}

QList<Json> CatalogRepository::machines(const SqlCondition& condition, const QString& orderBy, int limit, int skip) const
{
    return entities(QStringLiteral("SELECT m.entity FROM machines m") + where(condition) + orderBy
                        + QStringLiteral(" LIMIT ? OFFSET ?"),
                    condition.values + QVariantList{limit, skip});
}

qint64 CatalogRepository::machineCount(const SqlCondition& condition) const
{
    QSqlQuery q = execBound(db_, QStringLiteral("SELECT COUNT(*) FROM machines m") + where(condition), condition.values);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Json> CatalogRepository::exposureByGroups(const SqlCondition& visibility, const QString& time) const
{
    QSqlQuery q = execBound(db_, QStringLiteral("SELECT g.entity, g.id, g.name FROM machine_groups g") + where(visibility)
                                     + QStringLiteral(" ORDER BY g.name"),
                            visibility.values);
    QList<Json> out;
    while (q.next()) {
        const Json entity = Json::parse(q.value(0).toString().toStdString(), nullptr, false);
        // A seeded "exposureScore" is served as the group's score; otherwise 0 (none measured).
        double score = 0.0;
        if (entity.is_object() && entity.contains("exposureScore") && entity["exposureScore"].is_number())
            score = entity["exposureScore"].get<double>();
        bool numeric = false;
        const qint64 id = q.value(1).toString().toLongLong(&numeric);
        out << Json{{"time", toStd(time)},
                    {"score", score},
                    {"rbacGroupName", toStd(q.value(2).toString())},
                    {"rbacGroupId", numeric ? Json(id) : Json(toStd(q.value(1).toString()))}};
    }
    return out;
}

bool CatalogRepository::hasMachines() const
{
    QSqlQuery q = execBound(db_, QStringLiteral("SELECT EXISTS (SELECT 1 FROM machines)"));
    return q.next() && q.value(0).toBool();
}

std::optional<Json> CatalogRepository::machine(const QString& id, const SqlCondition& visibility) const
{
    const SqlCondition condition = conjunction({{QStringLiteral("m.id = ?"), {id}}, visibility});
    const QList<Json> found = entities(QStringLiteral("SELECT m.entity FROM machines m") + where(condition), condition.values);
    return found.isEmpty() ? std::nullopt : std::optional<Json>(found.constFirst());
}

QList<Json> CatalogRepository::machineGroups(const SqlCondition& visibility) const
{
    QSqlQuery q = execBound(db_,
                            QStringLiteral("SELECT g.entity, g.id, g.name, (SELECT COUNT(*) FROM machines m WHERE"
                                           " m.rbac_group_name = g.name) FROM machine_groups g")
                                + where(visibility) + QStringLiteral(" ORDER BY g.name"),
                            visibility.values);
    QList<Json> out;
    while (q.next()) {
        Json entity = Json::parse(q.value(0).toString().toStdString(), nullptr, false);
        if (!entity.is_object())
            entity = Json::object();
        Json group{{"id", toStd(q.value(1).toString())}, {"name", toStd(q.value(2).toString())}};
        group.update(entity); // seeded fields (description, rank, ...) as given
        if (!group.contains("machineCount"))
            group["machineCount"] = q.value(3).toInt();
        out << group;
    }
    return out;
}

std::optional<Json> CatalogRepository::file(const QString& column, const QString& hash) const
{
    // `column` is chosen by the caller from two constants, never from the request.
    const QString sql = column == QStringLiteral("sha256") ? QStringLiteral("SELECT entity FROM files WHERE sha256 = ?")
                                                           : QStringLiteral("SELECT entity FROM files WHERE sha1 = ?");
    const QList<Json> found = entities(sql, {hash.toLower()});
    return found.isEmpty() ? std::nullopt : std::optional<Json>(found.constFirst());
}

QList<Json> CatalogRepository::fileMachines(const QString& sha1, const SqlCondition& visibility) const
{
    const SqlCondition condition = conjunction({{QStringLiteral("fm.sha1 = ?"), {sha1.toLower()}}, visibility});
    return entities(QStringLiteral("SELECT m.entity FROM machines m JOIN file_machines fm ON fm.machine_id = m.id")
                        + where(condition) + QStringLiteral(" ORDER BY m.id"),
                    condition.values);
}

QHash<QString, QString> CatalogRepository::groupIdsByName() const
{
    QSqlQuery q = execBound(db_, QStringLiteral("SELECT name, id FROM machine_groups"));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

} // namespace indicia::service
