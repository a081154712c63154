#pragma once
// What a client may see and change (indicators-api.md 6): admins everything; analysts and
// readers with device groups only indicators whose groups are all within their own (an
// all-devices indicator is visible to them but only an unrestricted writer may change it);
// readers never write. A client without groups is unrestricted. Enforced here, on the
// server, whatever the console's UI allows.

#include "service/client_registry.h"
#include "service/odata_filter.h"

#include <string>
#include <vector>

namespace indicia::service {

class AccessPolicy {
public:
    explicit AccessPolicy(const ClientAccount& client);

    bool unrestricted() const;
    bool canWriteAtAll() const;
    bool canSee(const std::vector<std::string>& groups) const;
    bool canWrite(const std::vector<std::string>& groups) const;
    bool canSeeGroup(const QString& group) const;

    // WHERE fragments for list queries: indicators aliased `i`, and a machine group column.
    SqlCondition indicatorVisibility() const;
    SqlCondition groupVisibility(const QString& groupColumn) const;

private:
    bool allWithin(const std::vector<std::string>& groups) const;
    QString placeholders() const;
    const ClientAccount& client_;
};

} // namespace indicia::service
