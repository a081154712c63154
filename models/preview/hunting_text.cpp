#include "models/preview/hunting_text.h"

#include "engine/timeutil.h"
#include "models/preview/preview_list.h"
#include "models/store/workspace_store.h"

namespace indicia::preview {

std::vector<match::HuntingQuery> huntingQueriesOf(const WorkspaceStore& store, int days, QString& error)
{
    return huntingQueriesOf(store.database(), days, error);
}

std::vector<match::HuntingQuery> huntingQueriesOf(const QSqlDatabase& db, int days, QString& error)
{
    const auto listed = loadListed(db, ListChoice::Draft, nowUtc(), error);
    if (!error.isEmpty())
        return {};
    std::vector<Indicator> indicators;
    indicators.reserve(listed.size());
    for (const match::ListedIndicator& l : listed)
        indicators.push_back(l.indicator);
    match::HuntingOptions options;
    options.days = days;
    return match::huntingQueries(indicators, options);
}

QString huntingText(const std::vector<match::HuntingQuery>& queries)
{
    QString text;
    for (const match::HuntingQuery& q : queries)
        text += QStringLiteral("// ") + QString::fromStdString(q.title) + u'\n' + QString::fromStdString(q.kql)
                + QStringLiteral("\n\n");
    return text;
}

} // namespace indicia::preview
