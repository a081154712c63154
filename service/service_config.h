#pragma once
// Everything indicia-tenant can be told on its command line, parsed in one place. The
// contract's [U] points (quota error, upsert key) are options here rather than guesses
// baked into the handlers.

#include "service/api_reply.h"
#include "service/client_registry.h"
#include "service/reply_variations.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace indicia::service {

// Off by default; for the sync client's tests against a misbehaving server. Counters run
// over authenticated /api requests only.
struct FaultInjection {
    int failEvery = 0;      // every Nth request answers 500 before doing anything
    int delayMs = 0;        // every request waits this long before being handled
    int malformedEvery = 0; // every Nth request is handled, then its body is cut short
};

// Which fields identify the indicator a submit updates ([U], indicators-api.md 1.5).
struct UpsertKey {
    bool action = true;
    bool scope = true;
    bool creator = false;
};

struct ServiceConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    bool allowRemote = false;
    QString dataDir;
    QList<ClientAccount> clients;
    QString tenant;                  // empty: any tenant name in the token path is accepted
    int tokenLifetimeSeconds = 3599; // indicators-api.md 1.2
    int quota = 15000;               // active indicators per tenant (section 4)
    ApiError quotaError{Status::BadRequest, QStringLiteral("QuotaExceeded"), {}};
    UpsertKey upsertKey;
    double timeScale = 1.0;
    int importLimit = 0; // --import-limit: import calls per window instead of the documented 30 (tests)
    bool rateLimit = true;
    QString requestLog;
    qint64 maxBodyBytes = 5 * 1024 * 1024;
    int pageSize = 10000; // the largest page of a list (indicators-api.md 1.4, 8.1); --page-size
    FaultInjection faults;
    ReplyVariations variations; // --vary (tests): GET replies spelled as the real service varies
    QString seedFile;
    // Demo mode (--demo-seed): the generated organisation in <dataDir>/demo is loaded.
    std::optional<quint32> demoSeed;
    qint64 demoEvents = 1'000'000;
    int demoMachines = 520;
};

struct ConfigParse {
    std::optional<ServiceConfig> config;
    QString error;  // set when the command line is wrong
    QString output; // --help / --version text; nothing to run
};

class ServiceConfigParser {
    Q_DECLARE_TR_FUNCTIONS(ServiceConfigParser)
public:
    static ConfigParse parse(const QStringList& arguments);
    static QString usage();
};

} // namespace indicia::service
