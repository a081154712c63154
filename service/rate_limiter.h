#pragma once
// Per-client request limits (indicators-api.md 1.3): a sliding window log per client and
// endpoint family. Refused requests are not counted, so a client that waits Retry-After
// seconds gets through, and one that retries early keeps getting 429 (1.7).
// `timeScale` divides every window so tests need not wait a minute.

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <deque>
#include <vector>

namespace indicia::service {

// Each API has its own budget (indicators-api.md 1.3, 8.1, 8.2): 100 list calls do not
// throttle submit or /api/machines.
enum class RateBucket {
    IndicatorsList, // GET /api/indicators and /api/indicators/{id}
    IndicatorsSubmit,
    IndicatorsDelete,
    Import,
    BatchDelete,
    Machines,       // /api/machines and /api/machines/{id}
    MachineGroups,
    Files,          // /api/files/{hash} and .../machines
    ExposureScore,
    Seed,           // ours
};

struct RateLimit {
    int maxRequests;
    qint64 windowMs; // before scaling
};

struct RateDecision {
    bool allowed = true;
    int retryAfterSeconds = 0; // when refused: whole seconds, at least 1
};

class RateLimiter {
public:
    // importLimit > 0 replaces the import budget per window (tests make a 429 certain with it).
    explicit RateLimiter(double timeScale = 1.0, int importLimit = 0);

    RateDecision admit(const QString& clientId, RateBucket bucket);
    static std::vector<RateLimit> limitsOf(RateBucket bucket);

private:
    struct Window {
        RateLimit limit;
        std::deque<qint64> stamps; // ms since start, oldest first
    };
    std::vector<Window>& windowsFor(const QString& clientId, RateBucket bucket);

    double timeScale_;
    int importLimit_;
    QElapsedTimer clock_; // monotonic: a wall-clock change must not reset budgets
    QHash<QString, std::vector<Window>> windows_;
};

} // namespace indicia::service
