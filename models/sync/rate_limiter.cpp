#include "models/sync/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace indicia {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

// Documented length, divided by the scale, plus 5% and 250 ms for the trip to the service.
qint64 guarded(qint64 documentedMs, double scale)
{
    return static_cast<qint64>(std::ceil(double(documentedMs) / scale * 1.05)) + 250;
}

} // namespace

ClientRateLimiter::ClientRateLimiter(double scale)
{
    const double s = scale > 0 ? scale : 1.0;
    standard_ = {{100, guarded(kMinute, s), {}}, {1500, guarded(kHour, s), {}}};
    import_ = {{30, guarded(kMinute, s), {}}};
    batchDelete_ = {{30, guarded(kMinute, s), {}}, {1500, guarded(kHour, s), {}}};
    clock_.start();
}

std::vector<ClientRateLimiter::Window>& ClientRateLimiter::windows(ApiBucket bucket)
{
    switch (bucket) {
    case ApiBucket::Import: return import_;
    case ApiBucket::BatchDelete: return batchDelete_;
    case ApiBucket::Standard: break;
    }
    return standard_;
}

void ClientRateLimiter::expire(Window& window, qint64 now)
{
    while (!window.sent.empty() && window.sent.front() <= now - window.lengthMs)
        window.sent.pop_front();
}

qint64 ClientRateLimiter::delayFor(ApiBucket bucket)
{
    const qint64 now = clock_.elapsed();
    qint64 wait = std::max<qint64>(0, heldUntil_[static_cast<int>(bucket)] - now);
    for (Window& window : windows(bucket)) {
        expire(window, now);
        if (static_cast<int>(window.sent.size()) >= window.max)
            wait = std::max(wait, window.sent.front() + window.lengthMs - now + 1);
    }
    return wait;
}

void ClientRateLimiter::record(ApiBucket bucket)
{
    const qint64 now = clock_.elapsed();
    for (Window& window : windows(bucket))
        window.sent.push_back(now);
}

void ClientRateLimiter::holdOff(ApiBucket bucket, qint64 ms)
{
    qint64& until = heldUntil_[static_cast<int>(bucket)];
    until = std::max(until, clock_.elapsed() + ms);
}

} // namespace indicia
