#include "app/cli/file_command.h"

#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "app/cli/existing_workspace.h"
#include "app/cli/preview_options.h"
#include "models/entities/file_profile.h"
#include "models/preview/preview_list.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace indicia;
using namespace indicia::cli;

namespace {

using Json = nlohmann::ordered_json;

std::string str(const QString& text) { return text.toStdString(); }

Json timeOrNull(const QDateTime& time)
{
    return time.isValid() ? Json(str(time.toString(Qt::ISODateWithMs))) : Json(nullptr);
}

Json verdictJson(const GroupVerdict& v)
{
    if (!v.winnerId)
        return nullptr;
    return {{"device_group", str(v.deviceGroup)}, {"id", v.winnerId}, {"type", std::string(toString(v.winnerType))},
            {"value", str(v.winnerValue)}, {"action", std::string(toString(v.action))}, {"rule", str(v.rule)},
            {"outcome", str(v.outcome)}, {"explanation", str(v.explanation)}};
}

// The verdict on the group the file was seen most in; machines in no group otherwise.
const GroupVerdict* mainVerdict(const FileProfile& p)
{
    const QString group = p.machines.isEmpty() ? QString() : p.machines.first().deviceGroup;
    for (const GroupVerdict& v : p.verdicts)
        if (v.deviceGroup == group)
            return &v;
    return p.verdicts.isEmpty() ? nullptr : &p.verdicts.first();
}

Json profileJson(const FileProfile& p)
{
    Json names = Json::array(), paths = Json::array(), machines = Json::array(), indicators = Json::array(),
         verdicts = Json::array();
    for (const QString& n : p.names)
        names.push_back(str(n));
    for (const QString& n : p.paths)
        paths.push_back(str(n));
    for (const FileMachine& m : p.machines)
        machines.push_back({{"name", str(m.name)}, {"device_group", str(m.deviceGroup)}, {"events", m.events}});
    for (const CoveringIndicator& i : p.indicators) {
        Json scope = Json::array();
        for (const QString& g : i.scope)
            scope.push_back(str(g));
        indicators.push_back({{"id", i.id}, {"type", std::string(toString(i.type))}, {"value", str(i.value)},
                              {"action", std::string(toString(i.action))}, {"title", str(i.title)}, {"scope", scope}});
    }
    for (const GroupVerdict& v : p.verdicts)
        verdicts.push_back({{"device_group", str(v.deviceGroup)}, {"winner", verdictJson(v)}, {"rule", str(v.rule)}});
    const GroupVerdict* winner = mainVerdict(p);
    const auto orNull = [](const QString& s) { return s.isEmpty() ? Json(nullptr) : Json(str(s)); };
    return {{"sha256", orNull(p.sha256)}, {"sha1", orNull(p.sha1)}, {"md5", orNull(p.md5)}, {"names", names},
            {"paths", paths}, {"size", p.size >= 0 ? Json(p.size) : Json(nullptr)}, {"signer", orNull(p.signer)},
            {"machines", machines}, {"events", p.events.size()}, {"first_seen", timeOrNull(p.firstSeen)},
            {"last_seen", timeOrNull(p.lastSeen)}, {"indicators", indicators},
            {"winner", winner ? verdictJson(*winner) : Json(nullptr)}, {"verdicts", verdicts}};
}

void printText(QTextStream& out, const FileProfile& p)
{
    out << "SHA256 " << p.sha256 << "\nSHA1   " << p.sha1 << "\nMD5    " << p.md5 << '\n'
        << CliText::tr("Names: %1").arg(p.names.join(QStringLiteral(", "))) << '\n'
        << CliText::tr("Events: %1 on %2 machine(s)").arg(p.events.size()).arg(p.machines.size()) << '\n';
    for (const GroupVerdict& v : p.verdicts)
        out << CliText::tr("Group '%1': %2 (%3)").arg(v.deviceGroup, v.winnerId ? v.winnerValue : CliText::tr("no indicator"), v.rule)
            << '\n';
}

bool loadIndicators(const CommandOptions& o, EntityContext& context, QTextStream& err)
{
    std::vector<match::ListedIndicator> list;
    if (!o.indicators.isEmpty()) {
        if (!readIndicatorFile(o.indicators, o.asOf, list, err))
            return false;
        context.setIndicators(std::move(list), o.scopeModel.value_or(match::ScopeModel::Seed), o.asOf);
        return true;
    }
    WorkspaceStore store;
    if (!openExistingWorkspace(store, o.workspace, err))
        return false;
    QString error;
    list = preview::loadListed(store, preview::ListChoice::Draft, o.asOf, error);
    const auto model = resolveScopeModel(o, &store, err);
    if (!error.isEmpty() || !model) {
        err << error << '\n';
        return false;
    }
    context.setIndicators(std::move(list), *model, o.asOf);
    return true;
}

} // namespace

int runFileCommand(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList rest = args;
    const QString hash = !rest.isEmpty() && !rest.first().startsWith(u'-') ? rest.takeFirst() : QString();
    const CommandOptions o =
        parsePreviewOptions(rest, kWorkspace | kIndicators | kTelemetry | kAsOf | kScopeModel | kJson);
    const bool oneList = o.workspace.isEmpty() != o.indicators.isEmpty();
    if (!o.error.isEmpty() || !oneList || o.telemetry.isEmpty() || !looksLikeFileHash(hash)) {
        err << (!o.error.isEmpty() ? o.error
                : !looksLikeFileHash(hash) ? CliText::tr("HASH must be an MD5, SHA-1 or SHA-256 in hex.")
                : !oneList ? CliText::tr("Give one of --workspace or --indicators.")
                           : CliText::tr("--telemetry is required."))
            << '\n'
            << commandUsage("file") << '\n';
        return 2;
    }
    EntityContext context;
    if (!loadIndicators(o, context, err))
        return 2;
    context.setTelemetry(o.telemetry);
    const FileProfile profile = FileProfileBuilder(context).build(hash);
    for (const QString& error : profile.errors)
        err << error << '\n';
    if (o.json)
        out << QString::fromStdString(profileJson(profile).dump()) << '\n';
    else
        printText(out, profile);
    return profile.events.isEmpty() ? 1 : 0;
}
