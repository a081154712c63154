#include "models/sync/organisation_pull.h"

#include <map>

namespace indicia {

OrganisationPull::OrganisationPull(ApiClient& client, int pageSize) : client_(client), pageSize_(pageSize) {}

void OrganisationPull::start(Done done)
{
    done_ = std::move(done);
    machines_.clear();
    seenLinks_.clear();
    notices_.clear();
    fetchMachines(0, {});
}

void OrganisationPull::fail(const QString& error)
{
    OrganisationResult result;
    result.error = error;
    result.notices = notices_;
    done_(result);
}

void OrganisationPull::fetchMachines(int skip, const QString& link)
{
    ApiRequest request;
    request.path = QStringLiteral("/machines");
    if (link.isEmpty()) {
        request.query.addQueryItem(QStringLiteral("$top"), QString::number(pageSize_));
        request.query.addQueryItem(QStringLiteral("$skip"), QString::number(skip));
    } else {
        request.link = link;
    }
    client_.send(std::move(request), [this, skip](const ApiResult& result) {
        if (!result.ok && result.status == 404 && skip == 0 && machines_.empty()) {
            fetchGroups(); // documented: 404 when the tenant has no (recent) machines
            return;
        }
        if (!result.ok && result.status == 403) {
            OrganisationResult kept;
            kept.ok = kept.keep = true;
            kept.notices = notices_;
            kept.notices << tr("The service refused the machine list (%1); the workspace keeps its device groups and machines.")
                                .arg(result.error);
            done_(kept);
            return;
        }
        if (!result.ok) {
            fail(result.error);
            return;
        }
        QString problem;
        std::optional<reply::MachinePage> page = reply::readMachinePage(result.body, &problem);
        if (!page) {
            fail(tr("The service's machine list cannot be used: %1.").arg(problem));
            return;
        }
        for (reply::RemoteMachine& machine : page->machines)
            machines_.push_back(std::move(machine));
        if (!page->nextLink.empty()) {
            if (!seenLinks_.insert(page->nextLink).second) {
                fail(tr("The service's machine list links back to a page already read."));
                return;
            }
            fetchMachines(skip + int(page->entities), QString::fromStdString(page->nextLink));
        } else if (page->entities >= std::size_t(pageSize_)) {
            fetchMachines(skip + int(page->entities), {}); // a full page and no link: $skip on
        } else {
            fetchGroups();
        }
    });
}

void OrganisationPull::fetchGroups()
{
    ApiRequest request;
    request.path = QStringLiteral("/exposureScore/ByMachineGroups");
    client_.send(std::move(request), [this](const ApiResult& result) {
        std::vector<reply::RemoteGroup> groups;
        if (result.ok) {
            QString problem;
            std::optional<std::vector<reply::RemoteGroup>> read = reply::readGroupScores(result.body, &problem);
            if (!read) {
                fail(tr("The service's device-group list cannot be used: %1.").arg(problem));
                return;
            }
            groups = std::move(*read);
        } else if (result.status == 403 || result.status == 404) {
            // No Score.Read permission, or a service without the call: the groups are the
            // machines' ones (indicators-api.md 8.3's fallback).
            notices_ << tr("No device-group list from the service (%1); device groups are taken from the machines.")
                            .arg(result.error);
        } else {
            fail(result.error);
            return;
        }
        OrganisationResult assembled = assemble(machines_, groups);
        assembled.notices = notices_ + assembled.notices;
        done_(assembled);
    });
}

OrganisationResult OrganisationPull::assemble(const std::vector<reply::RemoteMachine>& machines,
                                              const std::vector<reply::RemoteGroup>& groups)
{
    OrganisationResult out;
    out.ok = true;
    std::map<std::string, std::string> nameById;
    std::set<std::string> names;
    const auto addGroup = [&](const std::string& name) {
        if (!name.empty() && names.insert(name).second)
            out.groups.push_back({QString::fromStdString(name), std::nullopt, std::nullopt});
    };
    for (const reply::RemoteGroup& group : groups) {
        if (!group.id.empty())
            nameById.emplace(group.id, group.name);
        addGroup(group.name);
    }
    std::set<std::string> ids;
    for (const reply::RemoteMachine& machine : machines) {
        if (!ids.insert(machine.id).second)
            continue; // listed twice (pages shifted while read): once is enough
        std::string group = machine.groupName;
        if (group.empty() && !machine.groupId.empty())
            if (const auto named = nameById.find(machine.groupId); named != nameById.end())
                group = named->second;
        addGroup(group);
        MachineRow row;
        row.id = QString::fromStdString(machine.id);
        row.name = QString::fromStdString(machine.name.empty() ? machine.id : machine.name);
        row.group = QString::fromStdString(group);
        row.os = QString::fromStdString(machine.os);
        row.lastSeen = machine.lastSeen;
        out.machines.push_back(std::move(row));
    }
    return out;
}

} // namespace indicia
