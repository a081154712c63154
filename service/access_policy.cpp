#include "service/access_policy.h"

namespace indicia::service {

AccessPolicy::AccessPolicy(const ClientAccount& client) : client_(client) {}

bool AccessPolicy::unrestricted() const { return client_.role == Role::Admin || client_.groups.isEmpty(); }

bool AccessPolicy::canWriteAtAll() const { return client_.role != Role::Reader; }

bool AccessPolicy::canSeeGroup(const QString& group) const { return unrestricted() || client_.groups.contains(group); }

bool AccessPolicy::allWithin(const std::vector<std::string>& groups) const
{
    for (const std::string& group : groups)
        if (!canSeeGroup(QString::fromStdString(group)))
            return false;
    return true;
}

bool AccessPolicy::canSee(const std::vector<std::string>& groups) const { return allWithin(groups); }

bool AccessPolicy::canWrite(const std::vector<std::string>& groups) const
{
    if (!canWriteAtAll())
        return false;
    if (unrestricted())
        return true;
    // An all-devices indicator reaches machines outside the client's groups.
    return !groups.empty() && allWithin(groups);
}

QString AccessPolicy::placeholders() const
{
    QStringList marks;
    for (qsizetype i = 0; i < client_.groups.size(); ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

SqlCondition AccessPolicy::indicatorVisibility() const
{
    if (unrestricted())
        return {};
    SqlCondition condition{QStringLiteral("NOT EXISTS (SELECT 1 FROM indicator_groups vg WHERE vg.indicator_id = i.id"
                                          " AND vg.group_name NOT IN (")
                               + placeholders() + QStringLiteral("))"),
                           {}};
    for (const QString& group : client_.groups)
        condition.values << group;
    return condition;
}

SqlCondition AccessPolicy::groupVisibility(const QString& groupColumn) const
{
    if (unrestricted())
        return {};
    SqlCondition condition{groupColumn + QStringLiteral(" IN (") + placeholders() + QLatin1Char(')'), {}};
    for (const QString& group : client_.groups)
        condition.values << group;
    return condition;
}

} // namespace indicia::service
