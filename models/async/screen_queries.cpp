#include "models/async/screen_queries.h"

#include "models/preview/hunting_text.h"

namespace indicia::screen_queries {

void statusFigures(WorkspaceReader& reader, WorkspaceReader::Channel& channel, qint64 now, QObject* context,
                   std::function<void(const StatusFigures&)> done)
{
    reader.post(
        channel, [now](QSqlDatabase& db) { return QVariant::fromValue(readStatusFigures(db, now)); }, context,
        [done = std::move(done)](const QVariant& figures) { done(figures.value<StatusFigures>()); });
}

void syncCounts(WorkspaceReader& reader, WorkspaceReader::Channel& channel, qint64 now, QObject* context,
                std::function<void(const SyncCounts&)> done)
{
    reader.post(
        channel, [now](QSqlDatabase& db) { return QVariant::fromValue(SyncLedger::counts(db, now)); }, context,
        [done = std::move(done)](const QVariant& counts) { done(counts.value<SyncCounts>()); });
}

void huntingText(WorkspaceReader& reader, WorkspaceReader::Channel& channel, int days, QObject* context,
                 std::function<void(const QString&)> done)
{
    reader.post(
        channel,
        [days](QSqlDatabase& db) {
            QString error;
            const auto queries = preview::huntingQueriesOf(db, days, error);
            return QVariant(error.isEmpty() ? preview::huntingText(queries) : error);
        },
        context, [done = std::move(done)](const QVariant& text) { done(text.toString()); });
}

} // namespace indicia::screen_queries
