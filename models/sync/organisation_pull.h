#pragma once
// The organisation as the service shows it to this client: every machine (GET /api/machines,
// following @odata.nextLink, else $skip while pages come full) with its device group
// (rbacGroupId, rbacGroupName), and the device groups by id and name from GET
// /api/exposureScore/ByMachineGroups (the documented list of groups; no device-group API
// is documented, indicators-api.md 8.3). Nothing is written here: the caller replaces the
// workspace's organisation in one transaction once every page arrived.
//
// What the real service may answer: 404 on /api/machines means no machines (documented);
// 403 on either call means the app lacks Machine.Read / Score.Read, which must not stop
// an indicator sync: the workspace keeps the organisation it had, and a notice says why.

#include "models/store/workspace_store.h"
#include "models/sync/api_client.h"
#include "models/sync/reply_reading.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <set>

namespace indicia {

struct OrganisationResult {
    bool ok = false;
    bool keep = false; // no permission: leave the workspace's organisation as it is
    QString error;     // when !ok
    QStringList notices;
    std::vector<DeviceGroupRow> groups;
    std::vector<MachineRow> machines;
};

class OrganisationPull {
    Q_DECLARE_TR_FUNCTIONS(OrganisationPull)
public:
    using Done = std::function<void(const OrganisationResult&)>;

    OrganisationPull(ApiClient& client, int pageSize);
    // Runs on the client's queue; `done` gets the result (or the first failure).
    void start(Done done);

    // Groups from the score list and from the machines, machines with a group name resolved
    // from its id where the machine gave only the id. Pure; public for tests.
    static OrganisationResult assemble(const std::vector<reply::RemoteMachine>& machines,
                                       const std::vector<reply::RemoteGroup>& groups);

private:
    void fetchMachines(int skip, const QString& link);
    void fetchGroups();
    void fail(const QString& error);

    ApiClient& client_;
    int pageSize_;
    Done done_;
    std::vector<reply::RemoteMachine> machines_;
    std::set<std::string> seenLinks_; // a link seen twice would page forever
    QStringList notices_;
};

} // namespace indicia
