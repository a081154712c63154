#include "models/demo/demo_data.h"

#include "engine/timeutil.h"
#include "models/sync/remote_indicator.h"

#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace indicia::demo {

using nlohmann::json;

namespace {

QString text(const json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList texts(const json& object, const char* key)
{
    QStringList out;
    if (!object.is_object() || !object.contains(key) || !object[key].is_array())
        return out;
    for (const json& item : object[key])
        if (item.is_string())
            out << QString::fromStdString(item.get<std::string>());
    return out;
}

TypedValue typedValue(const json& object, const char* typeKey, const char* valueKey)
{
    TypedValue out;
    out.type = parseIndicatorType(text(object, typeKey).toStdString()).value_or(IndicatorType::FileSha256);
    out.value = text(object, valueKey);
    return out;
}

// Reads a whole JSON file; an error text names the file.
std::optional<json> readJson(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = DemoData::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    json document = json::parse(file.readAll().toStdString(), nullptr, false);
    if (document.is_discarded()) {
        error = DemoData::tr("%1 is not valid JSON.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return document;
}

} // namespace

StoreSession DemoPersona::session() const
{
    StoreSession out;
    out.user = id;
    out.displayName = displayName;
    if (role == QLatin1String("admin")) {
        out.role = StoreRole::GlobalAdmin;
    } else if (role == QLatin1String("analyst")) {
        out.role = StoreRole::SecOps;
        for (const QString& group : groups)
            out.deviceGroups.insert(group);
    } else {
        out.role = StoreRole::ReadOnly;
    }
    return out;
}

std::optional<DemoData> DemoData::load(const QString& dir, QString& error)
{
    DemoData data;
    data.dir_ = QDir(dir).absolutePath();
    const QDir base(data.dir_);
    if (!QFile::exists(base.filePath(QStringLiteral("manifest.json")))) {
        error = tr("%1 holds no finished demo organisation (manifest.json is missing).")
                    .arg(QDir::toNativeSeparators(data.dir_));
        return std::nullopt;
    }
    for (QString message : {data.loadPersonas(base.filePath(QStringLiteral("clients.json"))),
                            data.loadScenario(base.filePath(QStringLiteral("scenario.json"))),
                            data.loadSeed(base.filePath(QStringLiteral("seed.json"))),
                            data.loadExpired(base.filePath(QStringLiteral("indicators.json")))}) {
        if (!message.isEmpty()) {
            error = message;
            return std::nullopt;
        }
    }
    return data;
}

const DemoPersona* DemoData::persona(const QString& personaOrId) const
{
    for (const DemoPersona& p : personas_)
        if (p.persona == personaOrId || p.id == personaOrId)
            return &p;
    return nullptr;
}

QStringList DemoData::telemetryFiles() const
{
    QDir telemetry(QDir(dir_).filePath(QStringLiteral("telemetry")));
    QStringList out;
    for (const QString& name : telemetry.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        out << telemetry.filePath(name);
    return out;
}

QString DemoData::loadPersonas(const QString& path)
{
    QString error;
    const std::optional<json> document = readJson(path, error);
    if (!document)
        return error;
    if (!document->is_array())
        return tr("%1: expected a list of personas.").arg(QDir::toNativeSeparators(path));
    for (const json& entry : *document) {
        DemoPersona persona{text(entry, "id"),   text(entry, "secret"),      text(entry, "persona"),
                            text(entry, "role"), text(entry, "displayName"), texts(entry, "groups")};
        if (persona.id.isEmpty() || persona.secret.isEmpty())
            return tr("%1: a persona without id or secret.").arg(QDir::toNativeSeparators(path));
        personas_.push_back(persona);
    }
    if (personas_.empty())
        return tr("%1 names no persona.").arg(QDir::toNativeSeparators(path));
    return {};
}

QString DemoData::loadScenario(const QString& path)
{
    QString error;
    const std::optional<json> document = readJson(path, error);
    if (!document)
        return error;
    const json& doc = *document;
    const json dropper = doc.value("dropper", json::object());
    scenario_.dropper = {text(dropper, "sha256"), text(dropper, "sha1"), text(dropper, "md5"),
                         text(dropper, "fileName"), texts(dropper, "financeMachines"),
                         texts(dropper, "buildMachines")};
    const json fp = doc.value("falsePositive", json::object());
    scenario_.falsePositive = {text(fp, "sha256"), text(fp, "fileName"), text(fp, "detectingIndicatorValue"),
                               texts(fp, "groups")};
    const json report = doc.value("report", json::object());
    scenario_.report.file = QDir(dir_).filePath(text(report, "file"));
    for (const json& item : report.value("valid", json::array()))
        scenario_.report.valid.push_back(typedValue(item, "type", "value"));
    scenario_.report.invalidCount = int(report.value("invalid", json::array()).size());
    const json shadowed = doc.value("shadowedBlock", json::object());
    scenario_.shadowedBlock = {typedValue(shadowed, "blockType", "blockValue"),
                               typedValue(shadowed, "allowType", "allowValue"), text(shadowed, "machine")};
    scenario_.conflict = typedValue(doc.value("conflict", json::object()), "type", "value");
    if (scenario_.dropper.sha256.isEmpty() || scenario_.conflict.value.isEmpty())
        return tr("%1 lacks the planted values the exercises need.").arg(QDir::toNativeSeparators(path));
    return {};
}

QString DemoData::loadSeed(const QString& path)
{
    QString error;
    const std::optional<json> document = readJson(path, error);
    if (!document)
        return error;
    for (const json& group : document->value("machineGroups", json::array()))
        groups_.push_back({text(group, "id"), text(group, "name"), group.value("rank", 0)});
    std::sort(groups_.begin(), groups_.end(), [](const DemoGroup& a, const DemoGroup& b) { return a.rank < b.rank; });
    for (const json& machine : document->value("machines", json::array())) {
        DemoMachine m{text(machine, "id"), text(machine, "computerDnsName"), text(machine, "rbacGroupName"),
                      text(machine, "osPlatform"), parseIsoTimestamp(text(machine, "lastSeen").toStdString())};
        machines_.push_back(m);
    }
    return {};
}

QString DemoData::loadExpired(const QString& path)
{
    QString error;
    const std::optional<json> document = readJson(path, error);
    if (!document)
        return error;
    const TimePoint now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    for (const json& entry : document->value("indicators", json::array())) {
        const std::optional<RemoteIndicator> remote = remoteFromWire(entry);
        if (remote && remote->indicator.isExpiredAt(now))
            expired_.push_back(remote->indicator);
    }
    return {};
}

} // namespace indicia::demo
