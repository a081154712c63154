#pragma once
// Reads a full indicator row (kIndicatorColumns order) into an IndicatorRecord. One reader
// for both paths: the Qt SQL path (QSqlQuery) and the bulk importer's SQLite C API path
// (SqliteStatement) each pass a small accessor with text(), integer() and isNull().

#include "models/store/indicator_record.h"

namespace indicia {

template <class Row>
IndicatorRecord recordFromRow(const Row& row)
{
    using C = IndicatorColumn;
    IndicatorRecord r;
    Indicator& i = r.indicator;
    r.id = row.integer(C::Id);
    i.type = parseIndicatorType(row.text(C::Type)).value_or(IndicatorType::FileSha256);
    i.value = row.text(C::Value);
    i.rbacGroups = groupsOfScopeKey(row.text(C::ScopeKey));
    i.action = actionFromCode(int(row.integer(C::Action))).value_or(Action::Audit);
    i.severity = severityFromCode(int(row.integer(C::Severity))).value_or(Severity::Informational);
    i.generateAlert = row.integer(C::GenerateAlert) != 0;
    i.title = row.text(C::Title);
    i.description = row.text(C::Description);
    i.recommendedActions = row.text(C::RecommendedActions);
    i.category = row.text(C::Category);
    i.mitreTechniques = splitTechniques(row.text(C::MitreTechniques));
    if (!row.isNull(C::Expiration))
        i.expiration = fromUnixSeconds(row.integer(C::Expiration));
    i.educateUrl = row.text(C::EducateUrl);
    i.externalId = row.text(C::ExternalId);
    r.createdBy = row.text(C::CreatedBy);
    r.createdAt = row.integer(C::CreatedAt);
    r.updatedBy = row.text(C::UpdatedBy);
    r.updatedAt = row.integer(C::UpdatedAt);
    r.serverId = row.text(C::ServerId);
    r.syncState = parseSyncState(row.text(C::SyncState)).value_or(SyncState::Pending);
    r.syncError = row.text(C::SyncError);
    r.createdOp = row.integer(C::CreatedOp);
    return r;
}

} // namespace indicia
