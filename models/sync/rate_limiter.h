#pragma once
// The client's side of the service's rate limits (indicators-api.md 1.3): 100/min and
// 1,500/h for ordinary calls, 30/min for import, 30/min and 1,500/h for BatchDelete. The
// client waits for a free slot instead of finding out through 429s. Each window is kept a
// little longer than documented because the service counts a request when it arrives, a
// moment after the client sent it.

#include <QElapsedTimer>

#include <deque>
#include <vector>

namespace indicia {

enum class ApiBucket { Standard, Import, BatchDelete };

class ClientRateLimiter {
public:
    // `scale` divides every window (tests against `indicia-tenant --time-scale`); 1 is the
    // documented behaviour.
    explicit ClientRateLimiter(double scale = 1.0);

    // Milliseconds to wait before a request of `bucket` may go (0: now).
    qint64 delayFor(ApiBucket bucket);
    // Records a request that is being sent now.
    void record(ApiBucket bucket);
    // A 429 came anyway: nothing of `bucket` goes before `ms` from now.
    void holdOff(ApiBucket bucket, qint64 ms);

private:
    struct Window {
        int max;
        qint64 lengthMs;
        std::deque<qint64> sent;
    };
    std::vector<Window>& windows(ApiBucket bucket);
    void expire(Window& window, qint64 now);

    QElapsedTimer clock_;
    std::vector<Window> standard_;
    std::vector<Window> import_;
    std::vector<Window> batchDelete_;
    qint64 heldUntil_[3] = {0, 0, 0};
};

} // namespace indicia
