#include "models/preview/preview_list.h"

#include "models/preview/synced_versions.h"
#include "models/store/indicator_sql.h"
#include "models/store/workspace_store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace indicia::preview {

match::ListedIndicator toListed(const IndicatorRecord& record)
{
    match::ListedIndicator listed;
    listed.id = std::uint64_t(record.id);
    listed.indicator = record.indicator;
    listed.updated = fromUnixSeconds(record.updatedAt);
    return listed;
}

std::vector<match::ListedIndicator> loadListed(const WorkspaceStore& store, ListChoice choice, TimePoint asOf,
                                              QString& error)
{
    return loadListed(store.database(), choice, asOf, error);
}

std::vector<match::ListedIndicator> loadListed(const QSqlDatabase& db, ListChoice choice, TimePoint asOf,
                                              QString& error)
{
    // Not WorkspaceStore::forEachActive: that filters by the store's "now", and a preview
    // as of last month must still see an indicator that expired last week. Expiry is
    // checked here at the as-of time (Snapshot::build checks it again, harmlessly).
    std::vector<match::ListedIndicator> list;
    if (choice == ListChoice::Synced) {
        for (const IndicatorRecord& record : lastSyncedVersions(db, error))
            if (!record.indicator.expiration || *record.indicator.expiration > asOf)
                list.push_back(toListed(record));
        return list;
    }
    const QString sql = fullIndicatorSelect() + QStringLiteral(" WHERE (expiration IS NULL OR expiration > ?)");
    QSqlQuery query(db);
    query.setForwardOnly(true); // streams: a million rows never sit in the query's cache
    query.prepare(sql + QStringLiteral(" ORDER BY id"));
    query.addBindValue(qlonglong(asOf.time_since_epoch().count()));
    if (!query.exec()) {
        error = QCoreApplication::translate("preview", "Cannot read the indicators of %1: %2")
                    .arg(db.databaseName(), query.lastError().text());
        return list;
    }
    while (query.next())
        list.push_back(toListed(recordFromQuery(query)));
    return list;
}

std::optional<match::ScopeModel> workspaceScopeModel(const WorkspaceStore& store, QString& error)
{
    const QString text = store.setting(QLatin1String(kScopeModelSetting), QStringLiteral("seed"));
    const auto model = match::parseScopeModel(text.trimmed().toStdString());
    if (!model)
        error = QCoreApplication::translate("preview", "The workspace setting %1 is \"%2\"; expected seed or current.")
                    .arg(QLatin1String(kScopeModelSetting), text);
    return model;
}

} // namespace indicia::preview
