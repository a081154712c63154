#include "service/demo/demo_generator.h"

#include "service/demo/demo_indicators.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace indicia::service::demo {

namespace {

// The translation context for this file's free functions and helper classes: lupdate reads
// it from the macro, so every string lands in the .ts under "DemoGenerator".
struct DemoGeneratorText {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

QString writeText(const QString& path, const std::string& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !file.commit())
        return DemoGeneratorText::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString writeJson(const QString& path, const OrderedJson& json, int indent = 1)
{
    return writeText(path, json.dump(indent) + "\n");
}

// The three personas of issue #9, with secrets drawn from the seed: loopback demo
// credentials, the same for everyone who runs the same seed.
OrderedJson personas(quint32 seed)
{
    DemoRandom random(seed, 5);
    struct Persona { const char* id; const char* persona; const char* role; std::vector<std::string> groups; const char* name; };
    const Persona list[] = {
        {DemoIndicators::kAdmin, "global-admin", "admin", {}, "Avery Lindqvist (global administrator)"},
        {DemoIndicators::kAnalyst, "soc-analyst", "analyst", {"Finance", "HR"}, "Sam Okafor (SOC analyst, Finance and HR)"},
        {"demo-auditor", "auditor", "reader", {}, "Robin Castellanos (read-only auditor)"},
    };
    OrderedJson out = OrderedJson::array();
    for (const Persona& p : list)
        out.push_back({{"id", p.id}, {"secret", "demo-" + random.hex(16)}, {"role", p.role}, {"groups", p.groups},
                       {"displayName", p.name}, {"persona", p.persona}});
    return out;
}

OrderedJson manifest(const DemoSpec& spec, const DemoCounts& counts)
{
    return {{"generator", kGeneratorVersion}, {"seed", spec.seed}, {"events", spec.events},
            {"machines", spec.machines}, {"days", spec.days}, {"end", isoTime(spec.end.toSecsSinceEpoch())},
            {"counts", {{"groups", counts.groups}, {"machines", counts.machines}, {"files", counts.files},
                        {"indicators", counts.indicators}, {"events", counts.events}}}};
}

QString checkSpec(const DemoSpec& spec)
{
    if (spec.machines < 30 || spec.machines > 100000)
        return DemoGeneratorText::tr("The demo needs between 30 and 100,000 machines.");
    if (spec.events < 1000 || spec.events > 100'000'000)
        return DemoGeneratorText::tr("The demo needs between 1,000 and 100,000,000 events.");
    if (spec.days < 1 || spec.days > 365)
        return DemoGeneratorText::tr("The demo covers 1 to 365 days.");
    if (!spec.end.isValid())
        return DemoGeneratorText::tr("The demo needs a valid end time.");
    return {};
}

} // namespace

QString generateDemo(const DemoSpec& spec, const QString& dir, DemoCounts* counts,
                     std::function<void(qint64, qint64)> progress, std::function<bool()> cancel)
{
    if (const QString error = checkSpec(spec); !error.isEmpty())
        return error;
    const QDir out(dir);
    if (!QDir().mkpath(dir))
        return DemoGeneratorText::tr("Cannot create %1.").arg(dir);
    // Gone first: from here until the end the directory is not a complete data set.
    QFile::remove(out.filePath(QStringLiteral("manifest.json")));
    const std::int64_t end = spec.end.toSecsSinceEpoch();
    const std::int64_t start = end - std::int64_t(spec.days) * 86400;

    // Each part draws from its own stream, so changing one never shifts another's values.
    const DemoOrganisation organisation(spec.machines, start, end, DemoRandom(spec.seed, 1));
    DemoFiles files(organisation, DemoRandom(spec.seed, 2));
    DemoScenario scenario(organisation, files, DemoRandom(spec.seed, 3), start, end);
    DemoIndicators indicators(organisation, files, scenario, DemoRandom(spec.seed, 4), start, end);
    PlantedEvents planted;
    scenario.plant(planted);
    indicators.plantSightings(planted);

    const OrderedJson filesJson = files.filesJson();
    DemoCounts made{int(organisation.groups().size()), int(organisation.machines().size()), int(filesJson.size()),
                    int(indicators.all().size()), std::max<qint64>(spec.events, qint64(planted.rows().size()))};
    const OrderedJson seed = {{"machineGroups", organisation.groupsJson()},
                              {"machines", organisation.machinesJson()},
                              {"files", filesJson}};
    for (const QString& error : {writeJson(out.filePath(QStringLiteral("seed.json")), seed, -1),
                                 writeJson(out.filePath(QStringLiteral("clients.json")), personas(spec.seed)),
                                 writeJson(out.filePath(QStringLiteral("indicators.json")), indicators.json()),
                                 writeJson(out.filePath(QStringLiteral("scenario.json")), scenario.json(spec.seed)),
                                 writeText(out.filePath(QStringLiteral("report.txt")), scenario.reportText())})
        if (!error.isEmpty())
            return error;
    TelemetryWriter telemetry(organisation, files, spec.seed, start, end);
    if (const QString error = telemetry.write(out.filePath(QStringLiteral("telemetry")), planted, spec.events,
                                              progress, cancel);
        !error.isEmpty())
        return error;
    if (const QString error = writeJson(out.filePath(QStringLiteral("manifest.json")), manifest(spec, made));
        !error.isEmpty())
        return error;
    if (counts)
        *counts = made;
    return {};
}

bool demoIsCurrent(const DemoSpec& spec, const QString& dir)
{
    QFile file(QDir(dir).filePath(QStringLiteral("manifest.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const OrderedJson found = OrderedJson::parse(file.readAll().toStdString(), nullptr, false);
    if (!found.is_object())
        return false;
    const OrderedJson expected = manifest(spec, {});
    for (const char* key : {"generator", "seed", "events", "machines", "days", "end"})
        if (!found.contains(key) || found[key] != expected[key])
            return false;
    return true;
}

} // namespace indicia::service::demo
