#include "service/service_config.h"

#include <QCommandLineParser>

namespace indicia::service {

namespace {

struct Options {
    QCommandLineOption listen{QStringLiteral("listen"), ServiceConfigParser::tr("HOST:PORT to listen on (port 0 picks one)."), QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0")};
    QCommandLineOption allowRemote{QStringLiteral("allow-remote"), ServiceConfigParser::tr("Allow a non-loopback listen address (plain HTTP!).")};
    QCommandLineOption data{QStringLiteral("data"), ServiceConfigParser::tr("Directory of the tenant's SQLite state."), QStringLiteral("dir")};
    QCommandLineOption client{QStringLiteral("client"), ServiceConfigParser::tr("A client ID:SECRET:ROLE[:GROUP,GROUP...] (repeatable)."), QStringLiteral("spec")};
    QCommandLineOption clients{QStringLiteral("clients"), ServiceConfigParser::tr("JSON file: [{\"id\",\"secret\",\"role\",\"groups\":[...]}]."), QStringLiteral("file")};
    QCommandLineOption tenant{QStringLiteral("tenant"), ServiceConfigParser::tr("Only accept this tenant in the token path."), QStringLiteral("name")};
    QCommandLineOption tokenLifetime{QStringLiteral("token-lifetime"), ServiceConfigParser::tr("Access token lifetime in seconds (default 3599)."), QStringLiteral("seconds")};
    QCommandLineOption quota{QStringLiteral("quota"), ServiceConfigParser::tr("Active indicators per tenant (default 15000)."), QStringLiteral("n")};
    QCommandLineOption quotaError{QStringLiteral("quota-error"), ServiceConfigParser::tr("STATUS:CODE answered over quota (default 400:QuotaExceeded)."), QStringLiteral("status:code")};
    QCommandLineOption upsertKey{QStringLiteral("upsert-key"), ServiceConfigParser::tr("Fields besides type and value that identify an indicator on submit: any of action,scope,creator, or none (default action,scope)."), QStringLiteral("fields")};
    QCommandLineOption timeScale{QStringLiteral("time-scale"), ServiceConfigParser::tr("Divide every rate-limit window and Retry-After by F."), QStringLiteral("f")};
    QCommandLineOption importLimit{QStringLiteral("import-limit"), ServiceConfigParser::tr("Tests: allow N import calls per rate window instead of the documented 30, so a 429 is certain."), QStringLiteral("n")};
    QCommandLineOption noRateLimit{QStringLiteral("no-rate-limit"), ServiceConfigParser::tr("Do not enforce rate limits (demo).")};
    QCommandLineOption requestLog{QStringLiteral("request-log"), ServiceConfigParser::tr("Append one JSON line per request to FILE."), QStringLiteral("file")};
    QCommandLineOption maxBody{QStringLiteral("max-body"), ServiceConfigParser::tr("Largest request body in bytes (default 5242880); larger gets 413."), QStringLiteral("bytes")};
    QCommandLineOption failEvery{QStringLiteral("fail-every"), ServiceConfigParser::tr("Fault injection: answer 500 to every Nth API request."), QStringLiteral("n")};
    QCommandLineOption delayMs{QStringLiteral("delay-ms"), ServiceConfigParser::tr("Fault injection: wait N ms before each API request."), QStringLiteral("ms")};
    QCommandLineOption malformedEvery{QStringLiteral("malformed-every"), ServiceConfigParser::tr("Fault injection: cut the body of every Nth API reply short."), QStringLiteral("n")};
    QCommandLineOption pageSize{QStringLiteral("page-size"), ServiceConfigParser::tr("Largest page a list returns (default 10000); more rows get @odata.nextLink."), QStringLiteral("n")};
    QCommandLineOption seed{QStringLiteral("seed"), ServiceConfigParser::tr("JSON file of machine groups, machines and files to load."), QStringLiteral("file")};
    QCommandLineOption demoSeed{QStringLiteral("demo-seed"), ServiceConfigParser::tr("Demo mode: generate (or reuse) the demo organisation of seed N under DIR/demo and load it."), QStringLiteral("n")};
    QCommandLineOption demoEvents{QStringLiteral("demo-events"), ServiceConfigParser::tr("Demo mode: telemetry events to generate (default 1000000)."), QStringLiteral("n")};
    QCommandLineOption demoMachines{QStringLiteral("demo-machines"), ServiceConfigParser::tr("Demo mode: machines to generate (default 520)."), QStringLiteral("n")};
    QCommandLineOption vary{QStringLiteral("vary"), ServiceConfigParser::tr("Tests: write GET replies with variations the real service shows: casing, unknown-fields, legacy-actions, offsets."), QStringLiteral("list")};

    QList<QCommandLineOption> all() const
    {
        return {listen, allowRemote, data, client, clients, tenant, tokenLifetime, quota, quotaError, upsertKey,
                timeScale, importLimit, noRateLimit, requestLog, maxBody, failEvery, delayMs, malformedEvery, pageSize, seed,
                demoSeed, demoEvents, demoMachines, vary};
    }
};

void addOptions(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(ServiceConfigParser::tr("indicia-tenant: a local Indicators API service."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options.all());
}

// Fills `out` when `text` is an integer within [min, max].
bool readInt(const QString& text, qint64 min, qint64 max, qint64& out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return false;
    out = value;
    return true;
}

bool parseListen(const QString& text, ServiceConfig& config)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    qint64 port = 0;
    if (!readInt(text.mid(colon + 1), 0, 65535, port))
        return false;
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    config.address = address;
    config.port = static_cast<quint16>(port);
    return true;
}

bool parseUpsertKey(const QString& text, UpsertKey& key)
{
    key = UpsertKey{false, false, false};
    if (text == QStringLiteral("none"))
        return true;
    for (const QString& field : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString f = field.trimmed();
        if (f == QStringLiteral("action")) key.action = true;
        else if (f == QStringLiteral("scope")) key.scope = true;
        else if (f == QStringLiteral("creator")) key.creator = true;
        else return false;
    }
    return true;
}

bool parseQuotaError(const QString& text, ApiError& error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    qint64 status = 0;
    if (colon <= 0 || !readInt(text.left(colon), 400, 599, status) || colon + 1 >= text.size())
        return false;
    error.status = static_cast<Status>(status);
    error.code = text.mid(colon + 1);
    return true;
}

// The options that are plain numbers, each with its range.
QString readNumbers(const QCommandLineParser& parser, const Options& o, ServiceConfig& config)
{
    struct IntOption { const QCommandLineOption* option; qint64 min; qint64 max; std::function<void(qint64)> set; };
    const IntOption ints[] = {
        {&o.tokenLifetime, 1, 365LL * 24 * 3600, [&](qint64 v) { config.tokenLifetimeSeconds = int(v); }},
        {&o.quota, 0, 100000000, [&](qint64 v) { config.quota = int(v); }},
        {&o.maxBody, 1, 1LL << 31, [&](qint64 v) { config.maxBodyBytes = v; }},
        {&o.importLimit, 1, 30, [&](qint64 v) { config.importLimit = int(v); }},
        {&o.pageSize, 1, 10000, [&](qint64 v) { config.pageSize = int(v); }},
        {&o.failEvery, 0, 1000000, [&](qint64 v) { config.faults.failEvery = int(v); }},
        {&o.delayMs, 0, 600000, [&](qint64 v) { config.faults.delayMs = int(v); }},
        {&o.malformedEvery, 0, 1000000, [&](qint64 v) { config.faults.malformedEvery = int(v); }},
        {&o.demoSeed, 0, 0xFFFFFFFFLL, [&](qint64 v) { config.demoSeed = quint32(v); }},
        {&o.demoEvents, 1000, 100000000, [&](qint64 v) { config.demoEvents = v; }},
        {&o.demoMachines, 30, 100000, [&](qint64 v) { config.demoMachines = int(v); }},
    };
    for (const IntOption& item : ints) {
        if (!parser.isSet(*item.option))
            continue;
        qint64 value = 0;
        if (!readInt(parser.value(*item.option), item.min, item.max, value))
            return ServiceConfigParser::tr("--%1: expected a whole number from %2 to %3.")
                .arg(item.option->names().constFirst()).arg(item.min).arg(item.max);
        item.set(value);
    }
    if (parser.isSet(o.timeScale)) {
        bool ok = false;
        config.timeScale = parser.value(o.timeScale).toDouble(&ok);
        if (!ok || config.timeScale < 0.001 || config.timeScale > 1e6)
            return ServiceConfigParser::tr("--time-scale: expected a positive number.");
    }
    return {};
}

QString readClients(const QCommandLineParser& parser, const Options& o, ServiceConfig& config)
{
    for (const QString& spec : parser.values(o.client)) {
        const ClientParse parsed = ClientRegistry::parseSpec(spec);
        if (!parsed.account)
            return parsed.error;
        config.clients << *parsed.account;
    }
    if (parser.isSet(o.clients)) {
        const QString error = ClientRegistry::loadFile(parser.value(o.clients), config.clients);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString readStructured(const QCommandLineParser& parser, const Options& o, ServiceConfig& config)
{
    if (!parseListen(parser.value(o.listen), config))
        return ServiceConfigParser::tr("--listen: expected HOST:PORT, e.g. 127.0.0.1:0.");
    if (parser.isSet(o.upsertKey) && !parseUpsertKey(parser.value(o.upsertKey), config.upsertKey))
        return ServiceConfigParser::tr("--upsert-key: expected none or a list of action, scope, creator.");
    if (parser.isSet(o.quotaError) && !parseQuotaError(parser.value(o.quotaError), config.quotaError))
        return ServiceConfigParser::tr("--quota-error: expected STATUS:CODE, e.g. 400:QuotaExceeded.");
    if (!parser.isSet(o.data))
        return ServiceConfigParser::tr("--data DIR is required: the tenant keeps its state there.");
    if (parser.isSet(o.vary)) {
        QString error;
        const std::optional<ReplyVariations> variations = ReplyVariationsParser::parse(parser.value(o.vary), error);
        if (!variations)
            return error;
        config.variations = *variations;
    }
    return {};
}

} // namespace

ConfigParse ServiceConfigParser::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    const Options o;
    addOptions(parser, o);
    if (!parser.parse(arguments))
        return {std::nullopt, parser.errorText(), {}};
    if (parser.isSet(QStringLiteral("help")))
        return {std::nullopt, {}, parser.helpText()};
    if (parser.isSet(QStringLiteral("version")))
        return {std::nullopt, {}, QStringLiteral("indicia-tenant " INDICIA_VERSION "\n")};
    if (!parser.positionalArguments().isEmpty())
        return {std::nullopt, tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()), {}};

    ServiceConfig config;
    for (const QString& error : {readStructured(parser, o, config), readNumbers(parser, o, config),
                                 readClients(parser, o, config)})
        if (!error.isEmpty())
            return {std::nullopt, error, {}};
    config.allowRemote = parser.isSet(o.allowRemote);
    config.dataDir = parser.value(o.data);
    config.tenant = parser.value(o.tenant);
    config.rateLimit = !parser.isSet(o.noRateLimit);
    config.requestLog = parser.value(o.requestLog);
    config.seedFile = parser.value(o.seed);
    return {config, {}, {}};
}

QString ServiceConfigParser::usage()
{
    QCommandLineParser parser;
    const Options o;
    addOptions(parser, o);
    return parser.helpText();
}

} // namespace indicia::service
