#include "service/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace indicia::service {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

QString keyOf(const QString& clientId, RateBucket bucket)
{
    return QString::number(static_cast<int>(bucket)) + QLatin1Char('/') + clientId;
}

} // namespace

RateLimiter::RateLimiter(double timeScale, int importLimit) : timeScale_(timeScale), importLimit_(importLimit)
{
    clock_.start();
}

std::vector<RateLimit> RateLimiter::limitsOf(RateBucket bucket)
{
    switch (bucket) {
    case RateBucket::Import: return {{30, kMinute}}; // the import page gives no hourly figure
    case RateBucket::BatchDelete: return {{30, kMinute}, {1500, kHour}};
    default: return {{100, kMinute}, {1500, kHour}}; // every other documented API
    }
}

std::vector<RateLimiter::Window>& RateLimiter::windowsFor(const QString& clientId, RateBucket bucket)
{
    const QString key = keyOf(clientId, bucket);
    auto it = windows_.find(key);
    if (it == windows_.end()) {
        std::vector<Window> fresh;
        for (RateLimit limit : limitsOf(bucket)) {
            if (bucket == RateBucket::Import && importLimit_ > 0)
                limit.maxRequests = importLimit_;
            const auto scaled = static_cast<qint64>(std::ceil(double(limit.windowMs) / timeScale_));
            fresh.push_back({{limit.maxRequests, std::max<qint64>(1, scaled)}, {}});
        }
        it = windows_.insert(key, std::move(fresh));
    }
    return it.value();
}

RateDecision RateLimiter::admit(const QString& clientId, RateBucket bucket)
{
    const qint64 now = clock_.elapsed();
    std::vector<Window>& windows = windowsFor(clientId, bucket);
    qint64 waitMs = 0;
    for (Window& window : windows) {
        while (!window.stamps.empty() && window.stamps.front() <= now - window.limit.windowMs)
            window.stamps.pop_front();
        if (static_cast<int>(window.stamps.size()) >= window.limit.maxRequests)
            waitMs = std::max(waitMs, window.stamps.front() + window.limit.windowMs - now);
    }
    if (waitMs > 0)
        return {false, static_cast<int>(std::max<qint64>(1, (waitMs + 999) / 1000))};
    for (Window& window : windows)
        window.stamps.push_back(now);
    return {};
}

} // namespace indicia::service
