#include "app/cli/hunt_command.h"

#include "app/cli/cli_text.h"
#include "app/cli/command_table.h"
#include "app/cli/existing_workspace.h"
#include "app/cli/preview_options.h"
#include "engine/match/hunting.h"
#include "engine/timeutil.h"
#include "models/preview/preview_list.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace indicia;
using namespace indicia::cli;

namespace {

} // namespace

int runHuntCommand(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandOptions o = parsePreviewOptions(args, kWorkspace | kDays | kJson);
    if (!o.error.isEmpty() || o.workspace.isEmpty()) {
        err << (o.error.isEmpty() ? CliText::tr("--workspace is required.") : o.error) << '\n'
            << commandUsage("hunt") << '\n';
        return 2;
    }
    WorkspaceStore store;
    if (!openExistingWorkspace(store, o.workspace, err))
        return 2;
    QString error;
    const auto listed = preview::loadListed(store, preview::ListChoice::Draft, nowUtc(), error);
    if (!error.isEmpty()) {
        err << error << '\n';
        return 2;
    }
    std::vector<Indicator> indicators;
    indicators.reserve(listed.size());
    for (const match::ListedIndicator& l : listed)
        indicators.push_back(l.indicator);
    match::HuntingOptions options;
    options.days = o.days;
    const std::vector<match::HuntingQuery> queries = match::huntingQueries(indicators, options);

    if (o.json) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const match::HuntingQuery& q : queries)
            array.push_back({{"title", q.title}, {"kql", q.kql}});
        out << fromStd(array.dump()) << '\n';
        return 0;
    }
    if (queries.empty())
        err << CliText::tr("No active indicators to hunt for.") << '\n';
    for (const match::HuntingQuery& q : queries)
        out << "// " << fromStd(q.title) << '\n' << fromStd(q.kql) << "\n\n";
    return 0;
}
